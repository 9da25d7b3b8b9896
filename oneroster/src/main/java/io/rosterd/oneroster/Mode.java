package io.rosterd.oneroster;

import java.util.Locale;

/** How a file is processed, as {@code manifest.csv} says (or bulk when there is no manifest). */
public enum Mode {
  BULK,
  DELTA,
  ABSENT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
