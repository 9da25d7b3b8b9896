package io.rosterd.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.intake.MinaClient;
import io.rosterd.server.intake.SftpConfig;
import io.rosterd.server.schedule.Attempt;
import io.rosterd.server.serve.ServeConfig;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.testing.SettableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.OpenMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/districts/{id}/uploads} over real HTTP, with small limits (2 KiB a file, 8 KiB a
 * district): files land in the drop box, are recorded as SFTP uploads are and run on the
 * scheduler's tick; names and limits refuse a request whole.
 */
final class UploadRoutesTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir static Path dataDir;

  private static final long FILE_LIMIT = 2048;
  private static final long QUOTA = 8192;
  private static final SettableClock CLOCK =
      new SettableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

  private static ApiServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    server = new ApiServer(POSTGRES, dataDir, CLOCK, UploadRoutesTest::smallLimits);
    api = server.client();
  }

  private static ServeConfig smallLimits(ServeConfig config) {
    SftpConfig sftp = config.sftp().withLimits(200, 10, FILE_LIMIT, QUOTA);
    return new ServeConfig(
        config.dataDir(),
        sftp,
        config.httpBind(),
        config.httpPort(),
        config.schedule(),
        config.shutdownGrace());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void anUploadLandsIsRecordedAsOverSftpAndRunsOnTheSchedulersTick() throws Exception {
    server.createDistrict("tick");
    String token = server.districtToken("tick");
    String users = Rosters.users("tick", 1, 4);
    ApiClient.Answer answer =
        upload(
            "tick",
            token,
            new Multipart().file("orgs.csv", Rosters.orgs("tick")).file("users.csv", users));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("uploads").findValuesAsText("name"))
        .containsExactly("orgs.csv", "users.csv");

    Path file = home("tick").resolve("users.csv");
    assertThat(file).hasContent(users);
    Map<String, Object> row = uploadRow("tick", "users.csv");
    assertThat(row.get("size")).isEqualTo((long) users.length());
    assertThat(row.get("sha256")).isEqualTo(sha256(users));
    assertThat(answer.json().at("/uploads/1/sha256").asText()).isEqualTo(sha256(users));
    assertThat(row.get("client")).isEqualTo("127.0.0.1");
    assertThat(row.get("completed")).isEqualTo(CLOCK.instant());
    assertThat(row.get("modified"))
        .isEqualTo(
            ChronoUnit.MICROS.between(Instant.EPOCH, Files.getLastModifiedTime(file).toInstant()));
    assertThat(Files.list(home("tick")).map(p -> p.getFileName().toString()))
        .as("no partial file is left behind")
        .noneMatch(name -> name.startsWith("."));

    Future<Attempt> tooSoon = server.service().scheduler().tick().get("tick");
    assertThat(tooSoon.get().ran()).as("within the quiet period").isFalse();
    CLOCK.advance(Duration.ofMinutes(3));
    Future<Attempt> due = server.service().scheduler().tick().get("tick");
    assertThat(due).as("due when its quiet period ended").isNotNull();
    Attempt attempt = due.get();
    assertThat(attempt.ran()).isTrue();
    assertThat(attempt.run().status().label()).isEqualTo("applied");
    assertThat(attempt.run().counts().asMap().get("users").get("added")).isEqualTo(4);
    assertThat(home("tick").resolve("users.csv")).doesNotExist();
  }

  @Test
  void aNameAnSftpConnectionIsUploadingIsRefusedAndItsUploadFinishesWhole() throws IOException {
    String password = server.createDistrict("busy");
    String token = server.districtToken("busy");
    try (MinaClient sftp = MinaClient.login(server.service().sftpPort(), "busy", password)) {
      SftpClient.Handle open =
          sftp.sftp.open("users.csv", EnumSet.of(OpenMode.Write, OpenMode.Create));
      sftp.sftp.write(open, 0, "sourcedId".getBytes(StandardCharsets.UTF_8));

      ApiClient.Answer answer =
          upload("busy", token, new Multipart().file("users.csv", Rosters.users("busy", 1, 2)));

      assertThat(answer.status()).as(answer.body()).isEqualTo(409);
      assertThat(answer.json().get("message").asText())
          .contains("users.csv is being uploaded by another connection right now")
          .contains("nothing was uploaded");
      sftp.sftp.close(open);
    }
    assertThat(home("busy").resolve("users.csv")).hasContent("sourcedId");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedWithTheLimitAndLeavesNothing() throws IOException {
    server.createDistrict("big");
    String token = server.districtToken("big");
    String large = Rosters.users("big", 1, 60);
    assertThat((long) large.length()).isGreaterThan(FILE_LIMIT);

    ApiClient.Answer answer =
        upload(
            "big",
            token,
            new Multipart().file("orgs.csv", Rosters.orgs("big")).file("users.csv", large));
    assertThat(answer.status()).as(answer.body()).isEqualTo(413);
    assertThat(answer.json().get("message").asText())
        .contains("file size limit of 2 KiB (2048 bytes)");
    assertThat(answer.body()).doesNotContain("Exception");
    assertNothingLeft("big");
  }

  @Test
  void filesPastTheDistrictQuotaAreRefusedWholeAndLeaveWhatWasThere() throws IOException {
    server.createDistrict("full");
    String token = server.districtToken("full");
    String bulk = "x".repeat(2000);
    Multipart tooMuch = new Multipart();
    for (String name : List.of("a.zip", "b.zip", "c.zip", "d.zip", "e.zip")) {
      tooMuch.file(name, bulk);
    }
    ApiClient.Answer whole = upload("full", token, tooMuch);
    assertThat(whole.status()).as(whole.body()).isEqualTo(413);
    assertThat(whole.json().get("message").asText())
        .contains("district quota of 8 KiB (8192 bytes)");
    assertNothingLeft("full");

    Multipart first = new Multipart().file("a.zip", bulk).file("b.zip", bulk).file("c.zip", bulk);
    assertThat(upload("full", token, first).status()).isEqualTo(200);

    Multipart second = new Multipart().file("d.zip", bulk).file("e.zip", bulk);
    ApiClient.Answer answer = upload("full", token, second);
    assertThat(answer.status()).as(answer.body()).isEqualTo(413);
    assertThat(answer.json().get("message").asText())
        .contains("district quota of 8 KiB (8192 bytes) reached");
    assertThat(names(home("full"))).containsExactlyInAnyOrder("a.zip", "b.zip", "c.zip");
    assertThat(uploadCount("full")).isEqualTo(3);

    // Sending a file again replaces it: it takes no more room than before.
    assertThat(upload("full", token, new Multipart().file("a.zip", bulk)).status()).isEqualTo(200);
  }

  @Test
  void namesARunWouldNeverTakeAreRefused() throws IOException {
    server.createDistrict("names");
    String token = server.districtToken("names");
    for (String name :
        List.of("../users.csv", "sub/users.csv", ".users.csv", "users.csv.filepart", "x.tmp")) {
      ApiClient.Answer answer =
          upload("names", token, new Multipart().file(name, Rosters.users("names", 1, 1)));
      assertThat(answer.status()).as(name + ": " + answer.body()).isEqualTo(400);
      assertThat(answer.json().get("field").asText()).isEqualTo("file");
    }
    ApiClient.Answer temporary =
        upload("names", token, new Multipart().file("users.csv.part", "a"));
    assertThat(temporary.json().get("message").asText()).contains("final name");
    ApiClient.Answer noFile = upload("names", token, new Multipart().field("note", "hello"));
    assertThat(noFile.status()).isEqualTo(400);
    ApiClient.Answer json = api.post("/api/districts/names/uploads", token, "{}");
    assertThat(json.status()).isEqualTo(400);
    assertThat(json.json().get("expected").asText()).contains("multipart/form-data");
    assertNothingLeft("names");
  }

  @Test
  void uploadsNeedTheDistrictsOwnTokenOrSupport() throws IOException {
    server.createDistrict("own");
    server.createDistrict("stranger");
    Multipart files = new Multipart().file("orgs.csv", Rosters.orgs("own"));
    assertThat(upload("own", null, files).status()).isEqualTo(401);
    ApiClient.Answer other = upload("own", server.districtToken("stranger"), files);
    assertThat(other.status()).isEqualTo(403);
    assertNothingLeft("own");
    assertThat(upload("own", server.supportToken(), files).status()).isEqualTo(200);
    assertThat(upload("nowhere", server.supportToken(), files).status()).isEqualTo(404);
  }

  private static ApiClient.Answer upload(String district, String token, Multipart files) {
    return api.post(
        "/api/districts/" + district + "/uploads", token, files.contentType(), files.bytes());
  }

  private static void assertNothingLeft(String district) throws IOException {
    Path home = home(district);
    if (Files.exists(home)) {
      try (Stream<Path> files = Files.list(home)) {
        assertThat(files.filter(Files::isRegularFile)).isEmpty();
      }
    }
    assertThat(uploadCount(district)).isZero();
    Path spool = dataDir.resolve("http-uploads");
    if (Files.exists(spool)) {
      assertThat(names(spool)).as("Jetty's parts of the request are deleted").isEmpty();
    }
  }

  private static Path home(String district) {
    return dataDir.resolve("districts").resolve(district).resolve("home");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
    }
  }

  private static long uploadCount(String district) {
    return POSTGRES
        .jdbc()
        .queryOne("select count(*) from uploads where district_id = ?", r -> r.getLong(1), district)
        .orElseThrow();
  }

  private static Map<String, Object> uploadRow(String district, String name) {
    return POSTGRES
        .jdbc()
        .queryOne(
            "select size, sha256, client_address, completed_at, modified_micros from uploads"
                + " where district_id = ? and name = ?",
            r ->
                Map.<String, Object>of(
                    "size", r.getLong(1),
                    "sha256", r.getString(2),
                    "client", r.getString(3),
                    "completed", r.getTimestamp(4).toInstant(),
                    "modified", r.getLong(5)),
            district,
            name)
        .orElseThrow();
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
