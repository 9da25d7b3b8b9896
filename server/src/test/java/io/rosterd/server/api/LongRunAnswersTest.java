package io.rosterd.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.sync.DistrictClaim;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run asked for over HTTP that outlasts the request's wait — a large district's first load behind
 * a reverse proxy — is answered with 202 and the run to follow, and still finishes. The server here
 * waits one second; a generated district of 60,000 users takes longer than that to run.
 */
final class LongRunAnswersTest {
  private static final int USERS = 50;

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir static Path dataDir;

  private static ApiServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    server =
        new ApiServer(
            POSTGRES,
            dataDir,
            Clock.systemUTC(),
            config -> config.withRunAnswerWithin(Duration.ofSeconds(1)));
    api = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aRunNowStillGoingOnIsAnswered202WithTheRunToFollowAndThenApplies() {
    String token = district("slow-n");
    upload("slow-n", token, "users.csv", Rosters.users("slow-n", 1, USERS));

    ApiClient.Answer answer;
    try (UsersTableLock locked = new UsersTableLock(POSTGRES)) {
      answer = api.post("/api/districts/slow-n/runs", token, null);
    }

    long run = assertGoesOn(answer);
    assertThat(awaitFinished(run, token)).isEqualTo("applied");
    assertThat(activeUsers("slow-n")).isEqualTo(USERS);
  }

  @Test
  void anApprovalStillGoingOnIsAnswered202AndAppliesAndABusyDistrictIs409() {
    String token = district("slow-a");
    upload("slow-a", token, "users.csv", Rosters.users("slow-a", 1, 30));
    awaitFinished(runOf(api.post("/api/districts/slow-a/runs", token, null), token), token);
    upload("slow-a", token, "users.csv", Rosters.users("slow-a", 31, USERS));
    long held = runOf(api.post("/api/districts/slow-a/runs", token, null), token);
    assertThat(awaitFinished(held, token)).isEqualTo("held");

    ApiClient.Answer busy;
    try (DistrictClaim claim = claim("slow-a")) {
      busy = api.post("/api/runs/" + held + "/approve", token, null);
    }
    ApiClient.Answer answer;
    try (UsersTableLock locked = new UsersTableLock(POSTGRES)) {
      answer = api.post("/api/runs/" + held + "/approve", token, null);
    }

    assertThat(busy.status()).as(busy.body()).isEqualTo(409);
    assertThat(busy.json().get("message").asText()).contains("another run of district slow-a");
    assertThat(assertGoesOn(answer)).isEqualTo(held);
    assertThat(awaitFinished(held, token)).isEqualTo("applied");
    assertThat(activeUsers("slow-a")).isEqualTo(USERS - 30);
  }

  /**
   * Asserts a 202 naming the run and where to follow it; returns the run. (Its status in the body
   * is not asserted: the run may finish between the answer's wait and its writing.)
   */
  private static long assertGoesOn(ApiClient.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    long run = answer.json().at("/run/id").asLong();
    assertThat(run).isPositive();
    assertThat(answer.response().headers().firstValue("Location")).hasValue("/api/runs/" + run);
    assertThat(answer.json().get("message").asText())
        .contains("had not finished")
        .contains("GET /api/runs/" + run);
    return run;
  }

  private static String district(String id) {
    server.createDistrict(id);
    String token = server.districtToken(id);
    upload(id, token, "orgs.csv", Rosters.orgs(id));
    return token;
  }

  private static void upload(String district, String token, String name, String content) {
    Multipart file = new Multipart().file(name, content);
    ApiClient.Answer answer =
        api.post(
            "/api/districts/" + district + "/uploads", token, file.contentType(), file.bytes());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  /** The run a run-now answer names (finished or going on). */
  private static long runOf(ApiClient.Answer answer, String token) {
    assertThat(answer.status()).as(answer.body()).isIn(200, 202);
    return answer.json().at("/run/id").asLong();
  }

  private static DistrictClaim claim(String district) {
    return DistrictClaim.take(POSTGRES.database().dataSource(), district, Duration.ofSeconds(5))
        .orElseThrow();
  }

  private static String awaitFinished(long run, String token) {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      String status = api.get("/api/runs/" + run, token).json().at("/run/status").asText();
      if (!status.equals("running")) {
        return status;
      }
      pause();
    }
    throw new AssertionError("run " + run + " was still running after 60 seconds");
  }

  private static long activeUsers(String district) {
    return POSTGRES
        .jdbc()
        .queryOne(
            "select count(*) from users where district_id = ? and status = 'active'",
            r -> r.getLong(1),
            district)
        .orElseThrow();
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
