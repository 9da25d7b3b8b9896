package io.rosterd.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * waits a fifth of a second; the test makes the run outlast it by holding the district's claim, as
 * another run of the district would.
 */
final class LongRunAnswersTest {
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
            config -> config.withRunAnswerWithin(Duration.ofMillis(200)));
    api = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void anApprovalStillGoingOnIsAnswered202WithTheRunToFollowAndThenApplies() {
    String token = district("slow-a");
    upload("slow-a", token, Rosters.users("slow-a", 1, 30));
    long first = finishedRunAfter(api.post("/api/districts/slow-a/runs", token, null), "slow-a");
    assertThat(status(first, token)).isEqualTo("applied");
    upload("slow-a", token, Rosters.users("slow-a", 1, 5));
    long held = finishedRunAfter(api.post("/api/districts/slow-a/runs", token, null), "slow-a");
    assertThat(status(held, token)).isEqualTo("held");

    ApiClient.Answer answer;
    try (DistrictClaim busy = claim("slow-a")) {
      answer = api.post("/api/runs/" + held + "/approve", token, null);
    }

    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    assertThat(answer.response().headers().firstValue("Location")).hasValue("/api/runs/" + held);
    assertThat(answer.json().get("status").asText()).isEqualTo("running");
    assertThat(answer.json().at("/run/id").asLong()).isEqualTo(held);
    assertThat(answer.json().get("message").asText())
        .contains("still going on")
        .contains("GET /api/runs/" + held);
    assertThat(awaitStatusOtherThan(held, token, "held")).isEqualTo("applied");
    assertThat(activeUsers("slow-a")).isEqualTo(5);
  }

  @Test
  void aRunNowThatCannotStartYetIsAnswered202AndRunsWhenItCan() {
    String token = district("slow-n");
    upload("slow-n", token, Rosters.users("slow-n", 1, 12));

    ApiClient.Answer answer;
    try (DistrictClaim busy = claim("slow-n")) {
      answer = api.post("/api/districts/slow-n/runs", token, null);
    }

    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    assertThat(answer.json().get("status").asText()).isEqualTo("running");
    assertThat(answer.json().get("message").asText())
        .contains("starting")
        .contains("GET /api/districts/slow-n/runs");
    long run = newestRun("slow-n", token, Duration.ofSeconds(30));
    assertThat(awaitFinished(run, token)).isEqualTo("applied");
    assertThat(activeUsers("slow-n")).isEqualTo(12);
  }

  private static String district(String id) {
    server.createDistrict(id);
    return server.districtToken(id);
  }

  private static void upload(String district, String token, String users) {
    Multipart files =
        new Multipart().file("orgs.csv", Rosters.orgs(district)).file("users.csv", users);
    ApiClient.Answer answer =
        api.post(
            "/api/districts/" + district + "/uploads", token, files.contentType(), files.bytes());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  private static DistrictClaim claim(String district) {
    return DistrictClaim.take(POSTGRES.database().dataSource(), district, Duration.ofSeconds(5))
        .orElseThrow();
  }

  /** The run a run-now answer names, or the district's newest: finished either way. */
  private static long finishedRunAfter(ApiClient.Answer answer, String district) {
    assertThat(answer.status()).as(answer.body()).isIn(200, 202);
    String token = server.supportToken();
    long run =
        answer.json().at("/run/id").isMissingNode()
            ? newestRun(district, token, Duration.ofSeconds(30))
            : answer.json().at("/run/id").asLong();
    awaitFinished(run, token);
    return run;
  }

  private static long newestRun(String district, String token, Duration patience) {
    Instant until = Instant.now().plus(patience);
    while (Instant.now().isBefore(until)) {
      JsonNode runs = api.get("/api/districts/" + district + "/runs", token).json();
      JsonNode newest = runs.at("/runs/0/id");
      if (!newest.isMissingNode()) {
        return newest.asLong();
      }
      pause();
    }
    throw new AssertionError("no run of " + district + " started within " + patience);
  }

  private static String awaitFinished(long run, String token) {
    return awaitStatusOtherThan(run, token, "running");
  }

  /** Waits until the run is neither running nor in {@code before}; returns its status then. */
  private static String awaitStatusOtherThan(long run, String token, String before) {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(until)) {
      String status = status(run, token);
      if (!status.equals("running") && !status.equals(before)) {
        return status;
      }
      pause();
    }
    throw new AssertionError("run " + run + " was still running after 30 seconds");
  }

  private static String status(long run, String token) {
    return api.get("/api/runs/" + run, token).json().at("/run/status").asText();
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

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
