package io.rosterd.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class SafeCsvTest {

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"x\")"})
  void prefixesAQuoteToWhatASpreadsheetWouldRun(String value) {
    assertThat(SafeCsv.cell(value)).isEqualTo("'" + value);
  }

  @ParameterizedTest
  @CsvSource(
      value = {"u-17|u-17", "ada@example.org|ada@example.org", "a=b|a=b", " =1| =1", "'x|'x"},
      delimiter = '|',
      quoteCharacter = '"',
      ignoreLeadingAndTrailingWhitespace = false)
  void leavesOrdinaryValuesAlone(String value, String expected) {
    assertThat(SafeCsv.cell(value)).isEqualTo(expected);
  }

  @Test
  void treatsMissingValuesAsEmptyCells() {
    assertThat(SafeCsv.cell(null)).isEmpty();
    assertThat(SafeCsv.row("=x", "", "ok")).containsExactly("'=x", "", "ok");
  }
}
