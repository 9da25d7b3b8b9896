package io.rosterd.server.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.rosterd.oneroster.Issue;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes issues as CSV, one row each, safe to open in a spreadsheet. */
public final class IssueCsv {

  public static final List<String> HEADER =
      List.of("severity", "code", "file", "line", "sourcedId", "column", "message");

  private IssueCsv() {}

  /** Writes the header and one row per issue; flushes but leaves {@code out} open. */
  public static void write(List<Issue> issues, Writer out) throws IOException {
    CsvWriter csv = CsvWriter.builder().build(out);
    csv.writeRecord(HEADER);
    for (Issue issue : issues) {
      csv.writeRecord(SafeCsv.row(cells(issue)));
    }
    csv.flush();
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
