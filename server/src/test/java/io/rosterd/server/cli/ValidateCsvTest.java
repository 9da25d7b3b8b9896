package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rosterd validate --format csv}: the issue list, safe to open in a spreadsheet. */
final class ValidateCsvTest {

  @TempDir Path dir;

  @Test
  void writesTheHeaderThenOneRowPerIssue() {
    Cli.Run run = Cli.run("validate", Uploads.rowErrors(dir).toString(), "--format", "csv");

    List<CsvRecord> records = parse(run.out());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(records.get(0).getFields())
        .containsExactly("severity", "code", "file", "line", "sourcedId", "column", "message");
    assertThat(records.subList(1, records.size()))
        .anySatisfy(
            row ->
                assertThat(row.getFields().subList(2, 6))
                    .containsExactly("users.csv", "3", "u-2", "email"));
  }

  @Test
  void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
    Cli.Run run = Cli.run("validate", Uploads.formulaIds(dir).toString(), "--format", "csv");

    List<CsvRecord> rows = parse(run.out()).stream().skip(1).toList();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(rows)
        .extracting(row -> row.getField(4))
        .contains("'=HYPERLINK(\"x\")", "'+1", "'-1", "'@SUM(A1)");
    assertThat(rows)
        .allSatisfy(row -> assertThat(row.getFields()).noneMatch(ValidateCsvTest::formulaLike));
  }

  private static boolean formulaLike(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
  }

  private static List<CsvRecord> parse(String csv) {
    return CsvReader.builder().ofCsvRecord(csv).stream().toList();
  }
}
