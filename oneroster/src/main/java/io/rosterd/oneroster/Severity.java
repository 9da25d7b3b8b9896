package io.rosterd.oneroster;

import java.util.Locale;

/** How bad an issue is: an error skips a row or rejects a file; the others only inform. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case word used in reports, JSON and CSV. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity written as {@link #label()}. */
  public static Severity of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
