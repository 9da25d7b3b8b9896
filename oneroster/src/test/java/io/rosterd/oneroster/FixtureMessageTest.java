package io.rosterd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.oneroster.fixture.FixtureRun;
import io.rosterd.oneroster.fixture.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Messages must let a district's technical contact fix the file without help: where the problem is
 * (when the issue's own fields cannot say it), what was expected, what was found, and what to do —
 * in the manner of FastCSV's HeaderValidator ("expected [..] but found [..]").
 */
final class FixtureMessageTest {

  @TempDir static Path scratch;

  /** An issue of a fixture, picked by code and line, and the fragments its message must hold. */
  record Expect(String fixture, IssueCode code, String file, long line, List<String> fragments) {
    @Override
    public String toString() {
      return fixture + " " + code + " " + file + ":" + line;
    }
  }

  static Stream<Expect> messages() {
    return Stream.of(
        expect(
            "header-missing-column",
            IssueCode.HEADER_MISSING_COLUMN,
            "users.csv",
            1,
            "users.csv",
            "familyName",
            "required",
            "Found the columns: sourcedId,enabledUser,givenName,email",
            "Add"),
        expect(
            "header-strict-order",
            IssueCode.HEADER_LAYOUT_STRICT,
            "users.csv",
            1,
            "users.csv",
            "Expected: sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName",
            "Found: sourcedId,status,dateLastModified,enabledUser,username,userIds,familyName,givenName"),
        expect(
            "header-duplicate-column",
            IssueCode.HEADER_DUPLICATE_COLUMN,
            "users.csv",
            1,
            "users.csv",
            "column 5",
            "column 6",
            "Remove one"),
        expect(
            "value-email-invalid",
            IssueCode.VALUE_INVALID,
            "users.csv",
            3,
            "email",
            "name@school.org",
            "\"bart.example.org\""),
        expect(
            "value-booleans-strict",
            IssueCode.VALUE_INVALID,
            "users.csv",
            4,
            "true or false",
            "\"yes\""),
        expect(
            "value-enum-invalid",
            IssueCode.VALUE_INVALID,
            "roles.csv",
            5,
            "roleType",
            "primary",
            "secondary",
            "\"main\""),
        expect(
            "role-second-primary",
            IssueCode.ROLE_SECOND_PRIMARY,
            "roles.csv",
            7,
            "\"u1\"",
            "\"s1\"",
            "line 2",
            "secondary"),
        expect(
            "cascade-skipped-user",
            IssueCode.REF_SKIPPED,
            "roles.csv",
            3,
            "\"u2\"",
            "line 3 of users.csv",
            "fix that row"),
        expect(
            "value-email-duplicate",
            IssueCode.USER_EMAIL_IN_USE,
            "users.csv",
            5,
            "LISA@Example.org",
            "line 2",
            "own address"),
        expect(
            "row-duplicate-sourcedid",
            IssueCode.ROW_DUPLICATE_SOURCED_ID,
            "users.csv",
            6,
            "\"u2\"",
            "line 3",
            "first one kept"),
        expect(
            "csv-not-utf8",
            IssueCode.FILE_NOT_UTF8,
            "users.csv",
            4,
            "users.csv",
            "line 4",
            "UTF-8"),
        expect(
            "csv-broken-quoting",
            IssueCode.CSV_BROKEN_QUOTING,
            "users.csv",
            3,
            "users.csv",
            "line 3",
            "a closing quote is followed by 'x'",
            "two quotes"),
        expect(
            "header-semicolons",
            IssueCode.HEADER_MISSING_COLUMN,
            "users.csv",
            1,
            "separated by semicolons",
            "needs commas",
            "CSV UTF-8 (Comma delimited)"),
        expect(
            "file-utf16",
            IssueCode.FILE_NOT_UTF8,
            "users.csv",
            1,
            "it is UTF-16",
            "Save or export the file as UTF-8"),
        expect(
            "file-utf16-no-bom",
            IssueCode.FILE_NOT_UTF8,
            "users.csv",
            1,
            "UTF-16 without a byte-order mark",
            "Save or export the file as UTF-8"),
        expect(
            "csv-nul-byte",
            IssueCode.FILE_NOT_UTF8,
            "users.csv",
            3,
            "line 3 holds a NUL character",
            "Export it again as UTF-8 CSV"),
        expect(
            "manifest-bad-value",
            IssueCode.MANIFEST_BAD_VALUE,
            "manifest.csv",
            24,
            "file.users",
            "bulk, delta or absent",
            "\"full\""),
        expect(
            "manifest-file-missing",
            IssueCode.MANIFEST_FILE_MISSING,
            "manifest.csv",
            0,
            "file.users",
            "bulk",
            "no users.csv",
            "absent"),
        expect(
            "names-near-miss", IssueCode.FILE_NAME_CLOSE, "Users.csv", 0, "Users.csv", "users.csv"),
        expect("value-email-blank", IssueCode.USER_EMAIL_BLANK, "users.csv", 3, "2 rows", "3, 5"),
        expect(
            "role-repeats-primary-org",
            IssueCode.ROLE_REPEATS_PRIMARY_ORG,
            "roles.csv",
            3,
            "3 rows",
            "3, 4, 5"),
        expect("issues-truncated", IssueCode.ISSUES_TRUNCATED, "", 0, "2 more"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messages")
  void messageSaysWhatWasExpectedAndFound(Expect expect) {
    UploadResult result =
        FixtureRun.run(Fixtures.named(expect.fixture()), scratch.resolve(expect.fixture()));
    List<Issue> matching =
        result.issues().stream()
            .filter(i -> i.code() == expect.code() && i.line() == expect.line())
            .filter(i -> i.file().equals(expect.file()))
            .toList();
    assertThat(matching).as(expect + " in " + result.issues()).isNotEmpty();
    assertThat(matching.get(0).message()).contains(expect.fragments());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.rosterd.oneroster.FixtureMessageTest#fixturesWithForeignEmail")
  void anotherDistrictIsNeverNamed(String fixture) {
    UploadResult result =
        FixtureRun.run(Fixtures.named(fixture), scratch.resolve("foreign-" + fixture));
    Issue foreign =
        result.issues().stream()
            .filter(i -> i.code() == IssueCode.USER_EMAIL_IN_USE && i.sourcedId().equals("u7"))
            .findFirst()
            .orElseThrow();
    assertThat(foreign.message()).contains("HOMER@example.org").doesNotContain("k1", "k2", "line");
  }

  static Stream<String> fixturesWithForeignEmail() {
    return Stream.of("value-email-in-use-known");
  }

  private static Expect expect(
      String fixture, IssueCode code, String file, long line, String... fragments) {
    return new Expect(fixture, code, file, line, List.of(fragments));
  }
}
