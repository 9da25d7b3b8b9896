package io.rosterd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.oneroster.UploadResult.Status;
import io.rosterd.oneroster.fixture.ExpectedIssue;
import io.rosterd.oneroster.fixture.FixtureCase;
import io.rosterd.oneroster.fixture.Fixtures;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the fixtures themselves, without running the validator: every expected code exists with
 * its severity, the expected status follows from the expected issues, and every issue code is
 * exercised by some fixture (or by the hostile-zip and upload-path tests, which build their inputs
 * in code).
 */
final class FixtureSelfCheckTest {

  /** Codes whose inputs are built in code rather than committed as fixtures. */
  private static final Set<IssueCode> COVERED_ELSEWHERE =
      EnumSet.of(
          IssueCode.ZIP_UNSAFE_ENTRY,
          IssueCode.ZIP_TOO_MANY_ENTRIES,
          IssueCode.ZIP_TOO_LARGE,
          IssueCode.ZIP_DUPLICATE_ENTRY,
          IssueCode.ZIP_UNREADABLE,
          IssueCode.UPLOAD_UNREADABLE);

  private static final Map<String, IssueCode> BY_CODE =
      Arrays.stream(IssueCode.values())
          .collect(Collectors.toMap(IssueCode::code, Function.identity()));

  private final List<FixtureCase> fixtures = Fixtures.all();

  @Test
  void thereAreEnoughCases() {
    assertThat(fixtures).hasSizeGreaterThanOrEqualTo(60);
  }

  @Test
  void expectedCodesExistWithTheirSeverity() {
    for (FixtureCase fixture : fixtures) {
      for (ExpectedIssue issue : fixture.expected()) {
        Optional<IssueCode> code = Optional.ofNullable(BY_CODE.get(issue.code()));
        assertThat(code).as(fixture.id() + ": unknown code " + issue.code()).isPresent();
        assertThat(issue.severity())
            .as(fixture.id() + ": severity of " + issue.code())
            .isEqualTo(code.get().severity().label());
      }
    }
  }

  @Test
  void expectedStatusFollowsFromExpectedIssues() {
    for (FixtureCase fixture : fixtures) {
      assertThat(fixture.status()).as(fixture.id()).isEqualTo(statusOf(fixture.expected()));
    }
  }

  @Test
  void everyCodeIsExercised() {
    Set<String> used = new TreeSet<>();
    fixtures.forEach(f -> f.expected().forEach(issue -> used.add(issue.code())));
    COVERED_ELSEWHERE.forEach(code -> used.add(code.code()));
    assertThat(used).containsAll(BY_CODE.keySet());
  }

  @Test
  void bothProfilesAreExercised() {
    Set<Profile> profiles = EnumSet.noneOf(Profile.class);
    fixtures.forEach(f -> profiles.add(f.profile()));
    assertThat(profiles).containsExactlyInAnyOrder(Profile.values());
  }

  private static Status statusOf(List<ExpectedIssue> issues) {
    List<IssueCode> errors =
        issues.stream()
            .map(issue -> BY_CODE.get(issue.code()))
            .filter(code -> code != null && code.severity() == Severity.ERROR)
            .toList();
    if (errors.stream().anyMatch(IssueCode::rejects)) {
      return Status.REJECTED;
    }
    return errors.isEmpty() ? Status.OK : Status.ERRORS;
  }
}
