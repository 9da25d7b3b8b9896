package io.rosterd.oneroster.internal;

/** Quotes a found value for a message, cut short so one bad cell cannot flood a report. */
final class Shown {
  private static final int MAX = 60;

  private Shown() {}

  /** The value without its control characters, to name a row whose sourcedId holds some. */
  static String printable(String value) {
    return value.replaceAll("\\p{Cntrl}", "");
  }

  static String value(String value) {
    String printable = value.replaceAll("\\p{Cntrl}", "?");
    return printable.length() <= MAX
        ? "\"" + printable + "\""
        : "\"" + printable.substring(0, MAX) + "…\" (" + value.length() + " characters)";
  }
}
