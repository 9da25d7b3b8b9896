package io.rosterd.oneroster.internal;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link RawRow}s straight from FastCSV's buffer, making strings only for the columns
 * rosterd knows — the other columns of a wide export cost nothing. The first record is the header.
 */
final class RowHandler extends AbstractBaseCsvCallbackHandler<RawRow> {
  private final RawRow row;
  private final List<String> header = new ArrayList<>();
  private int[] fieldToColumn;

  RowHandler(int columns) {
    this.row = new RawRow(columns);
  }

  /** Called once the header is checked: which field of a record holds which known column. */
  void mapFields(int[] fieldToColumn) {
    this.fieldToColumn = fieldToColumn;
  }

  List<String> header() {
    return header;
  }

  boolean readingHeader() {
    return fieldToColumn == null;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    if (fieldToColumn != null) {
      row.clear(startingLineNumber);
    }
  }

  @Override
  protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
    if (fieldToColumn == null) {
      header.add(new String(buf, offset, length));
      return;
    }
    row.fieldCount = index + 1;
    int column = index < fieldToColumn.length ? fieldToColumn[index] : -1;
    if (column >= 0) {
      store(column, buf, offset, length, quoted);
    } else if (quoted && hasLineBreak(buf, offset, length)) {
      row.multiLineQuoted = true;
    }
  }

  private void store(int column, char[] buf, int offset, int length, boolean quoted) {
    int start = offset;
    int end = offset + length;
    while (start < end && buf[start] <= ' ') {
      start++;
    }
    while (end > start && buf[end - 1] <= ' ') {
      end--;
    }
    boolean control = false;
    boolean quote = false;
    for (int i = start; i < end; i++) {
      char c = buf[i];
      control |= c < ' ' || c == 0x7F;
      quote |= c == '"';
    }
    row.values[column] = start == end ? "" : new String(buf, start, end - start);
    row.controlCharacter[column] = control;
    row.unquotedQuote[column] = quote && !quoted;
    row.multiLineQuoted |= quoted && control && hasLineBreak(buf, start, end - start);
  }

  private static boolean hasLineBreak(char[] buf, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (buf[i] == '\n' || buf[i] == '\r') {
        return true;
      }
    }
    return false;
  }

  @Override
  protected RawRow buildRecord() {
    row.fieldCount = getFieldCount();
    return row;
  }
}
