package io.rosterd.server.sync;

import java.util.Locale;

/** Where a run stands. Final unless running or held. */
public enum RunStatus {
  RUNNING,
  APPLIED,
  APPLIED_WITH_ERRORS,
  HELD,
  REJECTED,
  UNCHANGED,
  FAILED,
  DRY_RUN,
  DISCARDED,
  SUPERSEDED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RunStatus of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
