package io.rosterd.oneroster.internal;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link RawRow}s straight from FastCSV's buffer into the current {@link RowBatch}, making
 * strings only for the columns rosterd knows — the other columns of a wide export cost nothing. The
 * first record is the header, kept as strings in {@link #header()}.
 */
final class RowHandler extends AbstractBaseCsvCallbackHandler<RawRow> {
  /** Stands for the header record in the stream of records. */
  static final RawRow HEADER = new RawRow(0);

  private final List<String> header = new ArrayList<>();
  private RowBatch batch;
  private RawRow row;
  private int[] fieldToColumn;

  /** Called once the header is checked: which field of a record holds which known column. */
  void mapFields(int[] fieldToColumn) {
    this.fieldToColumn = fieldToColumn;
  }

  /** Rows from now on go into {@code next}, from its start. */
  void fill(RowBatch next) {
    batch = next;
    batch.size = 0;
  }

  List<String> header() {
    return header;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    if (fieldToColumn != null) {
      row = batch.rows[batch.size];
      row.clear(startingLineNumber);
    }
  }

  @Override
  protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
    if (fieldToColumn == null) {
      header.add(new String(buf, offset, length));
      return;
    }
    if (!row.hasContent) {
      row.hasContent = !blank(buf, offset, length);
    }
    int column = index < fieldToColumn.length ? fieldToColumn[index] : -1;
    if (column >= 0) {
      if (column == 0) {
        row.sourcedIdField = index;
      }
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
    if (control || (quote && !quoted)) {
      row.controlCharacter[column] = control;
      row.unquotedQuote[column] = quote && !quoted;
      row.flagged = true;
      row.multiLineQuoted |= quoted && hasLineBreak(buf, start, end - start);
    }
  }

  /** Only spaces and tabs: a control character is content, to be reported, not skipped. */
  private static boolean blank(char[] buf, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (buf[i] != ' ' && buf[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLineBreak(char[] buf, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (buf[i] == '\n' || buf[i] == '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * A blank line, or a row of nothing but commas (spreadsheets end an export with them), is no
   * record.
   */
  @Override
  protected RawRow buildRecord() {
    if (getRecordType() == RecordType.EMPTY || (fieldToColumn != null && !row.hasContent)) {
      return null;
    }
    if (fieldToColumn == null) {
      return HEADER;
    }
    row.fieldCount = getFieldCount();
    batch.size++;
    return row;
  }
}
