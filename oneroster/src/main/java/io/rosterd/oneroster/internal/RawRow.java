package io.rosterd.oneroster.internal;

import java.util.Arrays;

/**
 * One data record as read, with only the known columns turned into strings. Rows live in {@link
 * RowBatch}es that are refilled, so a row must be used before its batch is handed back.
 */
final class RawRow {
  final String[] values;
  final boolean[] controlCharacter;
  final boolean[] unquotedQuote;
  long line;
  int fieldCount;
  boolean multiLineQuoted;

  /** The last record of its file, swallowed by a quote never closed: the file is refused. */
  boolean unclosedQuote;

  boolean flagged;

  /** Whether any field, known column or not, holds more than spaces. */
  boolean hasContent;

  /** Which field of this record held column 0, the sourcedId; -1 when none did (a short record). */
  int sourcedIdField;

  RawRow(int columns) {
    sourcedIdField = -1;
    values = new String[columns];
    controlCharacter = new boolean[columns];
    unquotedQuote = new boolean[columns];
  }

  /**
   * Readies the row for the next record. Values are not cleared: the header fixes which columns a
   * record writes, so every column a full-length record has is overwritten, and a short record is
   * skipped for its field count before any value is read.
   */
  void clear(long startLine) {
    if (flagged) {
      Arrays.fill(controlCharacter, false);
      Arrays.fill(unquotedQuote, false);
      flagged = false;
    }
    line = startLine;
    fieldCount = 0;
    multiLineQuoted = false;
    unclosedQuote = false;
    hasContent = false;
    sourcedIdField = -1;
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
