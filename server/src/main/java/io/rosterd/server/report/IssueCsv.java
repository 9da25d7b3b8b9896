package io.rosterd.server.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.rosterd.oneroster.Issue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Writes issues as CSV, one row each, safe to open in a spreadsheet. */
public final class IssueCsv {

  public static final List<String> HEADER =
      List.of("severity", "code", "file", "line", "sourcedId", "column", "message");

  private IssueCsv() {}

  /** Writes the header and one row per issue; flushes but leaves {@code out} open. */
  public static void write(List<Issue> issues, Writer out) throws IOException {
    Rows rows = start(out);
    issues.forEach(rows::write);
    rows.flush();
  }

  /**
   * Writes the header and returns where the rows go, one at a time: for lists too long to hold,
   * streamed from the database.
   */
  public static Rows start(Writer out) {
    Rows rows = new Rows(CsvWriter.builder().build(out));
    rows.csv.writeRecord(HEADER);
    return rows;
  }

  /** The rows of an issues CSV being written. */
  public static final class Rows {
    private final CsvWriter csv;

    private Rows(CsvWriter csv) {
      this.csv = csv;
    }

    public void write(Issue issue) {
      csv.writeRecord(SafeCsv.row(cells(issue)));
    }

    /** Flushes, leaving the writer open. */
    public void flush() {
      try {
        csv.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String[] cells(Issue issue) {
    return new String[] {
      issue.severity().label(),
      issue.code().code(),
      issue.file(),
      Long.toString(issue.line()),
      issue.sourcedId(),
      issue.column(),
      issue.message()
    };
  }
}
