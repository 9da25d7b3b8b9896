package io.rosterd.server.sync;

import java.util.Locale;

/** What a run does to one record. */
public enum Action {
  ADDED,
  UPDATED,
  DISABLED,
  REMOVED,
  RESTORED,
  UNCHANGED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The action written as {@link #label()}, as staged. */
  static Action of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }

  /** Whether the record must be written; unchanged records cost nothing. */
  boolean writes() {
    return this != UNCHANGED;
  }
}
