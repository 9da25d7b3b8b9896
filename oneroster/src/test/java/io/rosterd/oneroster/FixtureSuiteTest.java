package io.rosterd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.rosterd.oneroster.fixture.FixtureCase;
import io.rosterd.oneroster.fixture.FixtureRun;
import io.rosterd.oneroster.fixture.Fixtures;
import io.rosterd.oneroster.fixture.IssueDiff;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every case under {@code src/test/resources/fixtures}: the reported status and issues must be
 * exactly those the case lists (every error, warning and note, with file, line, sourcedId and
 * column). On a difference the failure shows what is missing, what is extra, and the whole report
 * in the {@code expected-issues.csv} format.
 */
final class FixtureSuiteTest {

  @TempDir static Path scratch;

  @TestFactory
  Stream<DynamicTest> everyFixture() {
    return Fixtures.all().stream()
        .map(fixture -> DynamicTest.dynamicTest(fixture.toString(), () -> check(fixture)));
  }

  private static void check(FixtureCase fixture) {
    UploadResult result = FixtureRun.run(fixture, scratch);
    IssueDiff diff = IssueDiff.between(fixture.expected(), result.issues());
    String context = fixture.id() + ": " + fixture.description() + "\n";
    if (!diff.isEmpty()) {
      fail(context + diff.describe(result));
    }
    assertThat(result.status()).as(context + "status").isEqualTo(fixture.status());
    assertCountsAgree(result, context);
  }

  /** Counts cover every issue: those listed, plus those only counted past the cap. */
  private static void assertCountsAgree(UploadResult result, String context) {
    IssueCounts c = result.counts();
    long counted = c.errors() + c.warnings() + c.infos();
    boolean truncated =
        result.issues().stream().anyMatch(i -> i.code() == IssueCode.ISSUES_TRUNCATED);
    if (truncated) {
      assertThat(counted).as(context + "counts " + c).isGreaterThan(result.issues().size());
    } else {
      assertThat(counted).as(context + "counts " + c).isEqualTo(result.issues().size());
    }
  }
}
