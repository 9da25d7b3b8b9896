package io.rosterd.server.district;

import java.math.BigDecimal;

/** New values for some of a district's settings; null leaves a setting as it is. */
public record SettingsChange(
    BigDecimal thresholdPercent, Integer thresholdMin, Boolean strict, Boolean paused) {

  /** True when nothing would change. */
  public boolean isEmpty() {
    return thresholdPercent == null && thresholdMin == null && strict == null && paused == null;
  }
}
