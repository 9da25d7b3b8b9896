package io.rosterd.oneroster.generate;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one CSV file fast: rows are built in one reused buffer and handed to the writer in large
 * chunks, so a million rows cost no per-row allocation here. Values are written as given (the
 * generator never produces commas, quotes or line breaks), so every record is one physical line.
 */
final class CsvOut implements Closeable {

  private static final int CHUNK = 1 << 16;

  private final Writer writer;
  private final StringBuilder buffer = new StringBuilder(CHUNK * 2);
  private char[] chars = new char[CHUNK * 2];
  private long rows;
  private boolean rowStarted;

  private CsvOut(Writer writer) {
    this.writer = writer;
  }

  static CsvOut open(Path file, String header) throws IOException {
    var stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
    CsvOut out = new CsvOut(new OutputStreamWriter(stream, UTF_8));
    out.buffer.append(header).append('\n');
    return out;
  }

  /** The physical line the row being built starts on (the header is line 1). */
  long line() {
    return rows + 2;
  }

  /** Data rows written so far. */
  long rows() {
    return rows;
  }

  CsvOut cell(String value) {
    if (rowStarted) {
      buffer.append(',');
    }
    rowStarted = true;
    buffer.append(value);
    return this;
  }

  /** Leaves {@code count} empty cells (optional columns the generator does not fill). */
  CsvOut blanks(int count) {
    for (int i = 0; i < count; i++) {
      cell("");
    }
    return this;
  }

  void endRow() throws IOException {
    buffer.append('\n');
    rowStarted = false;
    rows++;
    if (buffer.length() >= CHUNK) {
      drain();
    }
  }

  private void drain() throws IOException {
    int length = buffer.length();
    if (chars.length < length) {
      chars = new char[length * 2];
    }
    buffer.getChars(0, length, chars, 0);
    writer.write(chars, 0, length);
    buffer.setLength(0);
  }

  @Override
  public void close() throws IOException {
    drain();
    writer.close();
  }
}
