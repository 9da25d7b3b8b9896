package io.rosterd.server.district;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * New values for some of a district's settings; null leaves a setting as it is.
 *
 * @param runInterval its own run interval; {@link #DEFAULT_INTERVAL} goes back to rosterd's
 */
public record SettingsChange(
    BigDecimal thresholdPercent,
    Integer thresholdMin,
    Boolean strict,
    Boolean paused,
    Duration runInterval) {

  /** The run interval that means "rosterd's interval": the district has none of its own. */
  public static final Duration DEFAULT_INTERVAL = Duration.ZERO;

  public SettingsChange(
      BigDecimal thresholdPercent, Integer thresholdMin, Boolean strict, Boolean paused) {
    this(thresholdPercent, thresholdMin, strict, paused, null);
  }

  /** True when nothing would change. */
  public boolean isEmpty() {
    return thresholdPercent == null
        && thresholdMin == null
        && strict == null
        && paused == null
        && runInterval == null;
  }
}
