package io.rosterd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.oneroster.fixture.Corpus;
import io.rosterd.oneroster.fixture.ExpectedIssue;
import io.rosterd.oneroster.fixture.IssueDiff;
import io.rosterd.oneroster.fixture.LongsightInvalid;
import io.rosterd.oneroster.fixture.Rows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Third-party OneRoster samples (outside the repository, see {@link Corpus}): conformant 1.2
 * packages pass, broken ones are flagged where they are broken, and 1.1/1.0 exports are refused
 * with what 1.2 needs. A missing corpus fails the run: CI always has it.
 */
final class ExternalCorpusTest {

  private static final String CSV_DATA = "/tests/fixtures/csv_data/";
  private static final String VRD118 =
      Corpus.CATALYST + "/feature-csv_client" + CSV_DATA + "VRd118.zip";
  private static final String MOODLE = Corpus.CATALYST + "/main" + CSV_DATA;

  @BeforeAll
  static void corpusIsThere() {
    assertThat(Corpus.root()).isDirectory();
  }

  @Test
  void everyLongsightPackageIsCovered() {
    List<String> named = new ArrayList<>();
    Corpus.longsight("valid").forEach(p -> named.add("valid/" + p.getFileName()));
    LongsightInvalid.all().forEach(c -> named.add("invalid/" + c.zip()));
    LongsightInvalid.NOT_OURS.keySet().forEach(zip -> named.add("invalid/" + zip));
    assertThat(named).containsExactlyInAnyOrderElementsOf(Corpus.longsightIndex());
  }

  static Stream<Arguments> conformantPackages() {
    List<Path> packages = new ArrayList<>(Corpus.longsight("valid"));
    packages.add(Corpus.resolve(VRD118));
    return packages.stream()
        .flatMap(p -> Stream.of(Profile.values()).map(profile -> Arguments.of(p, profile)));
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @MethodSource("conformantPackages")
  void conformantPackagesHaveNoErrors(Path zip, Profile profile) {
    UploadResult result = UploadCheck.run(zip, ReadOptions.of(profile));
    assertThat(errors(result)).as(zip.getFileName() + ": " + result.issues()).isEmpty();
    assertThat(result.status()).isEqualTo(UploadResult.Status.OK);
  }

  static Stream<LongsightInvalid> brokenPackages() {
    return LongsightInvalid.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPackages")
  void brokenPackagesAreFlaggedInStrict(LongsightInvalid expected) {
    assertErrors(longsightInvalid(expected), ReadOptions.strict(), expected.strictErrors());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPackages")
  void brokenPackagesReadLeniently(LongsightInvalid expected) {
    assertErrors(longsightInvalid(expected), ReadOptions.lenient(), expected.lenientErrors());
  }

  static Stream<Arguments> oldVersions() {
    return Stream.of(
            Arguments.of(MOODLE + "Test_full_data_set.zip", "1.1"),
            Arguments.of(MOODLE + "Test_minimal_data_set.zip", "1.1"),
            Arguments.of("oat-sa-oneroster-import/data/samples/OneRosterv1p1BaseCSV", "1.1"),
            Arguments.of("oat-sa-oneroster-import/data/samples/oneRoster1.0", "1.0"),
            Arguments.of("lepo-project-roster-hub/storage/sample_csv/en/oneroster.zip", "1.1"),
            Arguments.of("lepo-project-roster-hub/storage/sample_csv/ja/oneroster.zip", "1.1"))
        .flatMap(
            a -> Stream.of(Profile.values()).map(p -> Arguments.of(a.get()[0], a.get()[1], p)));
  }

  @ParameterizedTest(name = "{0} is OneRoster {1} [{2}]")
  @MethodSource("oldVersions")
  void oldVersionsAreRefusedSayingWhat12Needs(String path, String version, Profile profile) {
    UploadResult result = UploadCheck.run(Corpus.resolve(path), ReadOptions.of(profile));
    assertThat(result.status()).isEqualTo(UploadResult.Status.REJECTED);
    Issue old = only(result, IssueCode.UPLOAD_OLD_ONEROSTER);
    assertThat(old.message())
        .contains("OneRoster " + version)
        .contains("OneRoster 1.2")
        .contains("roles.csv")
        .contains("oneroster.version 1.2");
  }

  @Test
  void moodleFullDatasetLenient() {
    UploadResult result = moodleFullDataset(ReadOptions.lenient());
    assertExactly(result, MoodleFullDataset.LENIENT);
    assertThat(only(result, IssueCode.FILE_NOT_USED).message()).contains("userprofiles.csv");
    assertThat(result.status()).isEqualTo(UploadResult.Status.ERRORS);
  }

  @Test
  void moodleFullDatasetStrict() {
    UploadResult result = moodleFullDataset(ReadOptions.strict());
    assertExactly(result, MoodleFullDataset.STRICT);
    assertThat(result.status()).isEqualTo(UploadResult.Status.REJECTED);
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void moodleEditedConformanceSampleHasUpperCaseTrue(Profile profile) {
    Path zip = Corpus.resolve(MOODLE + "oneroster_test_data.zip");
    List<ExpectedIssue> expected =
        profile == Profile.LENIENT
            ? List.of()
            : Rows.of(
                "error,value.case_mismatch,users.csv,2,USER_0,enabledUser",
                "error,ref.skipped_dependency,roles.csv,2,ROLE_8,userSourcedId");
    assertErrors(zip, ReadOptions.of(profile), expected);
  }

  private static UploadResult moodleFullDataset(ReadOptions options) {
    return UploadCheck.run(Corpus.resolve(MOODLE + "v1p2_full_dataset.zip"), options);
  }

  private static Path longsightInvalid(LongsightInvalid expected) {
    return Corpus.resolve(Corpus.LONGSIGHT + "/invalid/" + expected.zip());
  }

  private static void assertErrors(Path upload, ReadOptions options, List<ExpectedIssue> expected) {
    UploadResult result = UploadCheck.run(upload, options);
    IssueDiff diff = IssueDiff.between(expected, errors(result));
    assertThat(diff.isEmpty())
        .as(upload.getFileName() + " [" + options.profile() + "] errors\n" + diff.describe(result))
        .isTrue();
  }

  private static void assertExactly(UploadResult result, List<ExpectedIssue> expected) {
    IssueDiff diff = IssueDiff.between(expected, result.issues());
    assertThat(diff.isEmpty()).as("v1p2_full_dataset.zip\n" + diff.describe(result)).isTrue();
  }

  private static List<Issue> errors(UploadResult result) {
    return result.issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
  }

  private static Issue only(UploadResult result, IssueCode code) {
    List<Issue> found = result.issues().stream().filter(i -> i.code() == code).toList();
    assertThat(found).as(code + " in " + result.issues()).hasSize(1);
    return found.get(0);
  }
}
