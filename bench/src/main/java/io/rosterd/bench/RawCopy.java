package io.rosterd.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The floor of an import: PostgreSQL's own {@code COPY} of the three files into plain tables with
 * no index, no key and no check — as fast as the server can take the bytes in.
 */
final class RawCopy {
  private static final List<String> FILES = List.of("orgs", "users", "roles");

  private RawCopy() {}

  /** Copies the files in and drops the tables again; returns the rows copied. */
  static long run(DataSource database, Path district) {
    try (Connection c = database.getConnection()) {
      long rows = 0;
      for (String file : FILES) {
        rows += copy(c, district.resolve(file + ".csv"), "raw_" + file);
      }
      try (Statement s = c.createStatement()) {
        for (String file : FILES) {
          s.execute("drop table raw_" + file);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("raw COPY failed: " + e.getMessage(), e);
    }
  }

  private static long copy(Connection c, Path file, String table) throws SQLException {
    try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.mark(1 << 16);
      String header = in.readLine();
      in.reset();
      try (Statement s = c.createStatement()) {
        s.execute("drop table if exists " + table);
        s.execute("create table " + table + " (" + columns(header) + ")");
      }
      return c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn("COPY " + table + " FROM STDIN (FORMAT csv, HEADER true)", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String columns(String header) {
    StringBuilder columns = new StringBuilder();
    for (String name : header.split(",")) {
      columns.append(columns.length() == 0 ? "" : ", ").append('"').append(name).append("\" text");
    }
    return columns.toString();
  }
}
