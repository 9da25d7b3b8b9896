package io.rosterd.oneroster.internal;

/** The message for a sourcedId used twice in one file. */
final class Duplicates {
  private Duplicates() {}

  static String message(String what, String sourcedId, long firstLine) {
    return String.format(
        "sourcedId %s is already used by the %s on line %d; this row is skipped and the first one"
            + " kept. Give every %s its own sourcedId, or remove the repeated row.",
        Shown.value(sourcedId), what, firstLine, what);
  }
}
