package io.rosterd.server.intake;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * File times as stored: microseconds since the epoch, PostgreSQL's precision, so a time read back
 * compares equal to the file's time truncated the same way.
 */
final class Micros {
  private Micros() {}

  static Long of(Instant time) {
    return time == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, time);
  }

  static Instant toInstant(Long micros) {
    return micros == null ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }

  static Instant truncated(Instant time) {
    return time.truncatedTo(ChronoUnit.MICROS);
  }
}
