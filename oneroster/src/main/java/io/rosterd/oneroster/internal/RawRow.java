package io.rosterd.oneroster.internal;

/**
 * One data record as read, with only the known columns turned into strings. The same instance is
 * refilled for every record of a file, so a row must be used before the next one is read.
 */
final class RawRow {
  final String[] values;
  final boolean[] controlCharacter;
  final boolean[] unquotedQuote;
  long line;
  int fieldCount;
  boolean multiLineQuoted;

  RawRow(int columns) {
    values = new String[columns];
    controlCharacter = new boolean[columns];
    unquotedQuote = new boolean[columns];
  }

  void clear(long startLine) {
    java.util.Arrays.fill(values, null);
    java.util.Arrays.fill(controlCharacter, false);
    java.util.Arrays.fill(unquotedQuote, false);
    line = startLine;
    fieldCount = 0;
    multiLineQuoted = false;
  }

  /** The trimmed value of a column; empty when blank or when the file has no such column. */
  String get(int column) {
    String value = values[column];
    return value == null ? "" : value;
  }

  boolean has(int column) {
    return !get(column).isEmpty();
  }
}
