package io.rosterd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.oneroster.fixture.HostileZips;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken zips, built in code: each must end in one clear refusal, quickly, with nothing
 * read from the upload. Entries must sit at the root; sizes are counted while inflating.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class ZipSafetyTest {

  private static final long MIB = 1024 * 1024;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {"../users.csv", "../../etc/cron.d/x.csv", "/etc/x", "C:users.csv", "..\\x.csv"})
  void entriesThatClimbOutOrAreAbsoluteAreRefused(String name) {
    UploadResult result = lenient(HostileZips.withEntry(zip(), name, "x\n"));
    assertRefusedWith(result, IssueCode.ZIP_UNSAFE_ENTRY);
    assertThat(only(result, IssueCode.ZIP_UNSAFE_ENTRY).message()).contains(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dir/users.csv", "export/2024/roles.csv", "data/"})
  void entriesInFoldersAreRefused(String name) {
    UploadResult result = lenient(HostileZips.withEntry(zip(), name, ""));
    assertRefusedWith(result, IssueCode.ZIP_UNSAFE_ENTRY);
    assertThat(only(result, IssueCode.ZIP_UNSAFE_ENTRY).message()).contains(name);
  }

  @Test
  void macFinderMetadataIsIgnored() {
    Path zip = HostileZips.withEntry(zip(), "__MACOSX/._users.csv", "\u0000\u0005binary");
    UploadResult result = lenient(zip);
    assertThat(result.issues()).extracting(Issue::code).doesNotContain(IssueCode.ZIP_UNSAFE_ENTRY);
    assertThat(result.files()).extracting(FileReport::name).doesNotContain("__MACOSX/._users.csv");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void unsafeEntriesAreRefusedInBothProfiles(Profile profile) {
    Path zip = HostileZips.withEntry(zip(), "../x.csv", "x\n");
    assertRefusedWith(UploadCheck.run(zip, ReadOptions.of(profile)), IssueCode.ZIP_UNSAFE_ENTRY);
  }

  @Test
  void moreThanAThousandEntriesAreRefused() {
    UploadResult result = lenient(HostileZips.withManyEntries(zip(), 1_000));
    assertRefusedWith(result, IssueCode.ZIP_TOO_MANY_ENTRIES);
  }

  @Test
  void aThousandEntriesAreAllowed() {
    UploadResult result = lenient(HostileZips.withManyEntries(zip(), 999));
    assertThat(codes(result)).doesNotContain(IssueCode.ZIP_TOO_MANY_ENTRIES);
    assertThat(result.status()).isEqualTo(UploadResult.Status.OK);
  }

  @Test
  void aZipBombOfBlankLinesIsStoppedByItsCompressionRatio() {
    UploadResult result = lenient(HostileZips.repeated(zip(), (byte) '\n', 100 * MIB));
    assertRefusedWith(result, IssueCode.ZIP_TOO_LARGE);
  }

  /**
   * 100 MB of zeros: refused before 1 MiB is inflated, either as a zip bomb or, since NUL bytes
   * make one endless value, as a field over 65,536 characters. Both are refusals the docs allow.
   */
  @Test
  void aZipBombOfZerosIsRefusedEarly() {
    UploadResult result = lenient(HostileZips.repeated(zip(), (byte) 0, 100 * MIB));
    assertThat(result.status()).isEqualTo(UploadResult.Status.REJECTED);
    assertThat(codes(result))
        .as(describe(result))
        .hasSize(1)
        .containsAnyOf(
            IssueCode.ZIP_TOO_LARGE, IssueCode.CSV_FIELD_TOO_LONG, IssueCode.FILE_NOT_UTF8);
  }

  @Test
  void anEntryLargerThanTheFileLimitIsRefused() {
    Path zip = HostileZips.of(zip(), Map.of("users.csv", usersCsvOf(2 * MIB)));
    UploadResult result = UploadCheck.run(zip, withLimits(MIB, 16 * 1024 * MIB));
    assertRefusedWith(result, IssueCode.ZIP_TOO_LARGE);
  }

  @Test
  void entriesLargerTogetherThanTheTotalLimitAreRefused() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("users.csv", usersCsvOf(600 * 1024));
    entries.put("roles.csv", rolesCsvOf(600 * 1024));
    UploadResult result = UploadCheck.run(HostileZips.of(zip(), entries), withLimits(MIB, MIB));
    assertThat(result.status()).isEqualTo(UploadResult.Status.REJECTED);
    assertThat(only(result, IssueCode.ZIP_TOO_LARGE).file()).isEqualTo("roles.csv");
  }

  @Test
  void theSameNameTwiceIsRefused() {
    UploadResult result = lenient(HostileZips.duplicate(zip()));
    assertRefusedWith(result, IssueCode.ZIP_DUPLICATE_ENTRY);
    assertThat(only(result, IssueCode.ZIP_DUPLICATE_ENTRY).message()).contains("users.csv");
  }

  @Test
  void aFileThatIsNotAZipIsUnreadable() throws IOException {
    Path zip = Files.writeString(zip(), "sourcedId,name,type\nd1,District,district\n");
    assertRefusedWith(lenient(zip), IssueCode.ZIP_UNREADABLE);
  }

  @Test
  void aTruncatedZipIsUnreadable() {
    assertRefusedWith(lenient(HostileZips.truncated(zip(), 40)), IssueCode.ZIP_UNREADABLE);
  }

  @Test
  void anEmptyZipHoldsNoRosterFiles() {
    Path zip = HostileZips.of(zip(), Map.of());
    assertRefusedWith(lenient(zip), IssueCode.UPLOAD_NO_ROSTER_FILES);
  }

  private Path zip() {
    return dir.resolve("upload.zip");
  }

  private static UploadResult lenient(Path zip) {
    return UploadCheck.run(zip, ReadOptions.lenient());
  }

  private static ReadOptions withLimits(long maxFileBytes, long maxTotalBytes) {
    ReadLimits d = ReadLimits.DEFAULTS;
    ReadLimits limits =
        new ReadLimits(
            d.maxZipEntries(),
            maxFileBytes,
            maxTotalBytes,
            d.maxCompressionRatio(),
            d.maxFieldChars());
    return new ReadOptions(Profile.LENIENT, ReadOptions.DEFAULT_MAX_ISSUES, limits);
  }

  /** The upload is refused with {@code code}, and with nothing else: no row was read. */
  private static void assertRefusedWith(UploadResult result, IssueCode code) {
    assertThat(result.status()).as(describe(result)).isEqualTo(UploadResult.Status.REJECTED);
    assertThat(codes(result)).as(describe(result)).isNotEmpty().containsOnly(code);
  }

  private static Issue only(UploadResult result, IssueCode code) {
    return result.issues().stream().filter(i -> i.code() == code).findFirst().orElseThrow();
  }

  private static List<IssueCode> codes(UploadResult result) {
    return result.issues().stream().map(Issue::code).toList();
  }

  private static String describe(UploadResult result) {
    return result.issues().toString();
  }

  private static byte[] usersCsvOf(long size) {
    return rowsOf(
        "sourcedId,enabledUser,givenName,familyName,email\n",
        size,
        "u%d,true,G%d,F%d,u%d@example.org\n");
  }

  private static byte[] rolesCsvOf(long size) {
    return rowsOf(
        "sourcedId,userSourcedId,roleType,role,orgSourcedId\n",
        size,
        "r%d,u%d,primary,student,s%d%d\n");
  }

  private static byte[] rowsOf(String header, long size, String row) {
    StringBuilder csv = new StringBuilder(header);
    for (int i = 0; csv.length() < size; i++) {
      csv.append(String.format(row, i, i, i, i));
    }
    return HostileZips.bytes(csv.toString());
  }
}
