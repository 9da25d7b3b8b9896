package io.rosterd.server.cli;

import io.rosterd.server.district.SettingsChange;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/** A district's run interval: a duration, or {@code default} for rosterd's own. */
final class IntervalText implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    return "default".equalsIgnoreCase(value.trim())
        ? SettingsChange.DEFAULT_INTERVAL
        : new DurationText().convert(value);
  }
}
