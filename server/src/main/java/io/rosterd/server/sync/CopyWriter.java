package io.rosterd.server.sync;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams rows into PostgreSQL with {@code COPY ... FROM STDIN} in text format: the bulk path, with
 * no round trip per row. Values are escaped as the text format needs.
 */
final class CopyWriter implements AutoCloseable {
  private static final int BUFFER = 1 << 16;

  private final Writer out;
  private boolean firstInRow = true;

  CopyWriter(Connection connection, String table, String columns) throws SQLException {
    PGCopyOutputStream copy =
        new PGCopyOutputStream(
            connection.unwrap(PGConnection.class),
            "COPY " + table + " (" + columns + ") FROM STDIN",
            BUFFER);
    this.out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), BUFFER);
  }

  CopyWriter text(String value) {
    try {
      separate();
      for (int i = 0; i < value.length(); i++) {
        escape(value.charAt(i));
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An empty string is stored as NULL: for optional dates and for a missing email. */
  CopyWriter textOrNull(String value) {
    return value.isEmpty() ? nullValue() : text(value);
  }

  CopyWriter number(long value) {
    return raw(Long.toString(value));
  }

  CopyWriter bool(boolean value) {
    return raw(value ? "t" : "f");
  }

  CopyWriter nullValue() {
    return raw("\\N");
  }

  void endRow() {
    try {
      out.write('\n');
      firstInRow = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CopyWriter raw(String value) {
    try {
      separate();
      out.write(value);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void separate() throws IOException {
    if (!firstInRow) {
      out.write('\t');
    }
    firstInRow = false;
  }

  private void escape(char c) throws IOException {
    switch (c) {
      case '\\' -> out.write("\\\\");
      case '\t' -> out.write("\\t");
      case '\n' -> out.write("\\n");
      case '\r' -> out.write("\\r");
      default -> out.write(c);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
