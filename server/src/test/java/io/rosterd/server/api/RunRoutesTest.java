package io.rosterd.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rosterd.server.store.PostgresExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run routes over real HTTP against a running rosterd: run now, held runs approved and
 * discarded, lists and their filters, and who may reach which run.
 */
final class RunRoutesTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir static Path dataDir;

  private static ApiServer server;
  private static ApiClient api;
  private static String support;
  private static String east;
  private static String west;
  private static long eastRun;

  @BeforeAll
  static void start() {
    server = new ApiServer(POSTGRES, dataDir, Clock.systemUTC());
    api = server.client();
    support = server.supportToken();
    server.createDistrict("east");
    server.createDistrict("west");
    east = server.districtToken("east");
    west = server.districtToken("west");
    upload("east", east, new Multipart().file("orgs.csv", Rosters.orgs("east")));
    eastRun = runNow("east", east).at("/run/id").asLong();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void runNowTakesTheHttpsUploadChangesTheRosterAndReportsIt() throws IOException {
    server.createDistrict("now");
    String token = server.districtToken("now");
    upload(
        "now",
        token,
        new Multipart()
            .file("orgs.csv", Rosters.orgs("now"))
            .file("users.csv", Rosters.users("now", 1, 3))
            .file("roles.csv", Rosters.roles("now", 1, 3)));

    JsonNode ran = runNow("now", token);
    assertThat(ran.get("ran").asBoolean()).isTrue();
    JsonNode run = ran.get("run");
    assertThat(run.get("status").asText()).isEqualTo("applied");
    assertThat(run.get("source").asText()).isEqualTo("run-now");
    assertThat(run.at("/counts/users/added").asLong()).isEqualTo(3);
    assertThat(run.get("files").findValuesAsText("name"))
        .containsExactly("orgs.csv", "roles.csv", "users.csv");
    assertThat(activeUsers("now")).isEqualTo(3);
    assertThat(reports("now"))
        .contains("latest-summary.txt")
        .anyMatch(name -> name.endsWith("-run-" + run.get("id").asLong() + "-issues.csv"));

    JsonNode again = runNow("now", token);
    assertThat(again.get("ran").asBoolean()).isFalse();
    assertThat(again.get("status").asText()).isEqualTo("nothing_to_run");
  }

  @Test
  void aFileLargerThanJavalinsDefaultBodyLimitIsUploadedWhole() throws IOException {
    server.createDistrict("large");
    byte[] content = new byte[3 << 20]; // Javalin refuses bodies over 1 MB that it reads itself
    new java.util.Random(7).nextBytes(content);
    Multipart files = new Multipart().file("file", "export.zip", content);
    upload("large", server.districtToken("large"), files);
    assertThat(dataDir.resolve("districts/large/home/export.zip")).hasBinaryContent(content);
  }

  @Test
  void runNowLeavesAFileNotUploadedThroughRosterdAndSaysWhy() throws IOException {
    server.createDistrict("left");
    String token = server.districtToken("left");
    Path home = dataDir.resolve("districts/left/home");
    Files.createDirectories(home);
    Files.writeString(home.resolve("users.csv"), Rosters.users("left", 1, 1));

    JsonNode answer = runNow("left", token);
    assertThat(answer.get("ran").asBoolean()).isFalse();
    assertThat(answer.at("/left/0/name").asText()).isEqualTo("users.csv");
    assertThat(answer.at("/left/0/reason").asText()).contains("not uploaded through rosterd");
    assertThat(home.resolve("users.csv")).exists();
  }

  @Test
  void aHeldRunApprovedThroughTheApiChangesTheRosterAndIsReported() throws IOException {
    long held = heldRun("hold-a");
    String token = server.districtToken("hold-a");
    assertThat(activeUsers("hold-a")).isEqualTo(30);

    ApiClient.Answer approved = api.post("/api/runs/" + held + "/approve", token, null);
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().at("/run/status").asText()).isEqualTo("applied");
    assertThat(approved.json().at("/run/counts/users/removed").asLong()).isEqualTo(25);
    assertThat(activeUsers("hold-a")).isEqualTo(5);
    assertThat(reports("hold-a")).anyMatch(name -> name.endsWith("-run-" + held + "-summary.txt"));

    ApiClient.Answer twice = api.post("/api/runs/" + held + "/approve", token, null);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("message").asText()).contains("only a held run can be approved");
  }

  @Test
  void aHeldRunDiscardedThroughTheApiLeavesTheRosterAsItWas() throws IOException {
    long held = heldRun("hold-d");

    ApiClient.Answer discarded = api.post("/api/runs/" + held + "/discard", support, null);
    assertThat(discarded.status()).as(discarded.body()).isEqualTo(200);
    assertThat(discarded.json().at("/run/status").asText()).isEqualTo("discarded");
    assertThat(activeUsers("hold-d")).isEqualTo(30);
    // The district's latest report said the run was held; now it says it was discarded.
    assertThat(
            Files.readString(dataDir.resolve("districts/hold-d/home/reports/latest-summary.txt")))
        .contains("status: discarded")
        .doesNotContain("approve the run");
    assertThat(api.post("/api/runs/" + held + "/approve", support, null).status()).isEqualTo(409);
  }

  @Test
  void oneRunShowsItsFilesCountsAndTimings() {
    ApiClient.Answer answer = api.get("/api/runs/" + eastRun, east);
    assertThat(answer.status()).isEqualTo(200);
    JsonNode run = answer.json().get("run");
    assertThat(run.get("district").asText()).isEqualTo("east");
    assertThat(run.at("/counts/orgs/added").asLong()).isEqualTo(2);
    assertThat(run.at("/files/0/name").asText()).isEqualTo("orgs.csv");
    assertThat(run.at("/files/0/sha256").asText()).hasSize(64);
    assertThat(run.at("/files/0/rows").asLong()).isEqualTo(2);
    assertThat(run.get("createdAt").asText()).isNotEmpty();
    assertThat(run.get("startedAt").asText()).isNotEmpty();
    assertThat(run.get("finishedAt").asText()).isNotEmpty();
    assertThat(run.get("durationMs").isIntegralNumber()).isTrue();
    assertThat(run.get("durationMs").asLong()).isNotNegative();
  }

  @Test
  void listsAreNewestFirstPagedAndFiltered() {
    heldRun("lists");
    String token = server.districtToken("lists");
    JsonNode first = api.get("/api/districts/lists/runs?pageSize=1", token).json();
    JsonNode second = api.get("/api/districts/lists/runs?pageSize=1&page=2", token).json();
    assertThat(first.get("total").asLong()).isEqualTo(2);
    assertThat(first.at("/runs/0/status").asText()).isEqualTo("held");
    assertThat(second.at("/runs/0/status").asText()).isEqualTo("applied");
    assertThat(first.at("/runs/0/id").asLong()).isGreaterThan(second.at("/runs/0/id").asLong());

    JsonNode held = api.get("/api/districts/lists/runs?status=held", token).json();
    assertThat(held.get("runs").findValuesAsText("status")).containsExactly("held");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    assertThat(
            api.get("/api/districts/lists/runs?from=" + today, token).json().get("total").asLong())
        .isEqualTo(2);
    assertThat(
            api.get("/api/districts/lists/runs?to=" + yesterday, token)
                .json()
                .get("total")
                .asLong())
        .isZero();

    JsonNode all =
        api.get("/api/runs?district=lists&status=applied,held&to=" + today, support).json();
    assertThat(all.get("total").asLong()).isEqualTo(2);
    assertThat(all.get("runs").findValuesAsText("district")).containsOnly("lists");
    assertThat(api.get("/api/runs", support).json().get("runs").findValuesAsText("district"))
        .contains("east", "lists");
  }

  @Test
  void aBadFilterIs400NamingTheParameter() {
    assertBadParameter("/api/districts/east/runs?status=finished", "status", "held");
    assertBadParameter("/api/districts/east/runs?from=yesterday", "from", "2026-03-01");
    assertBadParameter("/api/districts/east/runs?to=2026-13-01", "to", "2026-03-01");
    assertBadParameter("/api/districts/east/runs?pageSize=501", "pageSize", "1 to 500");
    assertBadParameter("/api/districts/east/runs?page=0", "page", "from 1");
    assertBadParameter("/api/districts/east/runs?stauts=held", "stauts", "status");
    assertBadParameter("/api/runs?status=held&status=applied", "status", "one value");
    assertBadParameter("/api/runs/abc", "id", "run number");
    assertBadParameter(
        "/api/districts/east/runs?from=2026-03-05&to=2026-03-01", "from", "a time before to");
    ApiClient.Answer unknown = api.get("/api/runs?district=nope", support);
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
    assertThat(unknown.json().get("message").asText()).contains("nope");
  }

  @Test
  void everyRunRouteRefusesWithoutATokenAndAnotherDistrictsTokenGetsNoData() {
    List<String[]> routes =
        List.of(
            new String[] {"GET", "/api/districts/east/runs"},
            new String[] {"POST", "/api/districts/east/runs"},
            new String[] {"GET", "/api/runs"},
            new String[] {"GET", "/api/runs/" + eastRun},
            new String[] {"POST", "/api/runs/" + eastRun + "/approve"},
            new String[] {"POST", "/api/runs/" + eastRun + "/discard"});
    long runsBefore = runCount("east");
    for (String[] route : routes) {
      ApiClient.Answer none = api.send(route[0], route[1], null, null);
      assertThat(none.status()).as("%s %s without a token", route[0], route[1]).isEqualTo(401);
      ApiClient.Answer other = api.send(route[0], route[1], west, null);
      assertThat(other.status())
          .as("%s %s with west's token: %s", route[0], route[1], other.body())
          .isIn(403, 404);
      assertThat(other.body()).doesNotContain("orgs.csv").doesNotContain("\"counts\"");
    }
    assertThat(runCount("east")).isEqualTo(runsBefore);
    assertThat(api.get("/api/runs/" + eastRun, west).status()).isEqualTo(404);
    // the same answer as for a run that does not exist, so ids tell nothing of other districts
    assertThat(api.get("/api/runs/" + eastRun, west).body())
        .isEqualTo(api.get("/api/runs/99999999", west).body().replace("99999999", "" + eastRun));

    assertThat(api.get("/api/districts/east/runs", east).status()).isEqualTo(200);
    assertThat(api.get("/api/runs/" + eastRun, east).status()).isEqualTo(200);
    assertThat(api.get("/api/runs", east).status()).isEqualTo(403);
    assertThat(api.get("/api/runs", support).status()).isEqualTo(200);
    assertThat(api.get("/api/runs/" + eastRun, support).status()).isEqualTo(200);
  }

  @Test
  void aPausedDistrictIsNotRunNow() {
    server.createDistrict("paused");
    api.patch("/api/districts/paused", support, "{\"paused\": true}");
    ApiClient.Answer answer = api.post("/api/districts/paused/runs", support, null);
    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.json().get("message").asText()).contains("paused");
    assertThat(api.post("/api/districts/nowhere/runs", support, null).status()).isEqualTo(404);
  }

  /** A district with 30 users, then a users.csv of 5: the run would remove 25 and is held. */
  private static long heldRun(String district) {
    server.createDistrict(district);
    String token = server.districtToken(district);
    upload(
        district,
        token,
        new Multipart()
            .file("orgs.csv", Rosters.orgs(district))
            .file("users.csv", Rosters.users(district, 1, 30)));
    assertThat(runNow(district, token).at("/run/status").asText()).isEqualTo("applied");
    upload(district, token, new Multipart().file("users.csv", Rosters.users(district, 1, 5)));
    JsonNode held = runNow(district, token);
    assertThat(held.at("/run/status").asText()).as(held.toString()).isEqualTo("held");
    return held.at("/run/id").asLong();
  }

  private static void upload(String district, String token, Multipart files) {
    ApiClient.Answer answer =
        api.post(
            "/api/districts/" + district + "/uploads", token, files.contentType(), files.bytes());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  private static JsonNode runNow(String district, String token) {
    ApiClient.Answer answer = api.post("/api/districts/" + district + "/runs", token, null);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static void assertBadParameter(String path, String parameter, String expected) {
    ApiClient.Answer answer = api.get(path, support);
    assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(400);
    assertThat(answer.json().get("field").asText()).isEqualTo(parameter);
    assertThat(answer.json().get("message").asText()).contains(expected);
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static long activeUsers(String district) {
    return POSTGRES
        .jdbc()
        .queryOne(
            "select count(*) from users where district_id = ? and status = 'active' and enabled",
            r -> r.getLong(1),
            district)
        .orElseThrow();
  }

  private static long runCount(String district) {
    return POSTGRES
        .jdbc()
        .queryOne("select count(*) from runs where district_id = ?", r -> r.getLong(1), district)
        .orElseThrow();
  }

  private static List<String> reports(String district) throws IOException {
    try (Stream<Path> files =
        Files.list(dataDir.resolve("districts/" + district + "/home/reports"))) {
      return files.map(f -> f.getFileName().toString()).toList();
    }
  }
}
