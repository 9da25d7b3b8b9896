package io.rosterd.oneroster.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.ReadOptions;
import io.rosterd.oneroster.Severity;
import io.rosterd.oneroster.UploadCheck;
import io.rosterd.oneroster.UploadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generator and the validator check each other: every injected defect (and every cascade) is
 * reported at its line, and nothing else; a clean district passes both profiles without a word.
 */
class GeneratorRoundTripTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} users, rate {1}, seed {2}")
  @CsvSource({
    "20000, 0.01, 1",
    "20000, 0.01, 2",
    "20000, 0.01, 3",
    // Orgs are few: a high rate makes sure every org defect kind is met.
    "10000, 0.3, 4",
    "1000, 1.0, 5"
  })
  void validatorReportsExactlyTheInjectedDefects(long users, double rate, long seed)
      throws IOException {
    DistrictGenerator.generate(dir, users, seed, rate);
    UploadResult result = UploadCheck.run(dir, ReadOptions.lenient());
    assertThat(result.rejected()).as("rejected: %s", result.issues()).isFalse();
    assertThat(errorsAndWarnings(result))
        .containsExactlyInAnyOrderElementsOf(GeneratedFiles.expectedIssues(dir));
  }

  @Test
  void cleanDistrictPassesLenientWithoutErrorsOrWarnings() throws IOException {
    DistrictGenerator.generate(dir, 5_000, 21, 0);
    assertNoErrorsOrWarnings(UploadCheck.run(dir, ReadOptions.lenient()));
  }

  @Test
  void cleanDistrictPassesStrictWithoutErrorsOrWarnings() throws IOException {
    DistrictGenerator.generate(dir, 5_000, 22, 0);
    assertNoErrorsOrWarnings(UploadCheck.run(dir, ReadOptions.strict()));
  }

  private static void assertNoErrorsOrWarnings(UploadResult result) {
    assertThat(errorsAndWarnings(result)).isEmpty();
    assertThat(result.counts().errors()).isZero();
    assertThat(result.counts().warnings()).isZero();
    assertThat(result.status()).isEqualTo(UploadResult.Status.OK);
  }

  /** Issues as expected-issues.csv lines: severity,code,file,line,sourcedId,column. */
  private static List<String> errorsAndWarnings(UploadResult result) {
    return result.issues().stream()
        .filter(issue -> issue.severity() != Severity.INFO)
        .map(GeneratorRoundTripTest::line)
        .toList();
  }

  private static String line(Issue issue) {
    return String.join(
        ",",
        issue.severity().label(),
        issue.code().code(),
        issue.file(),
        String.valueOf(issue.line()),
        issue.sourcedId(),
        issue.column());
  }
}
