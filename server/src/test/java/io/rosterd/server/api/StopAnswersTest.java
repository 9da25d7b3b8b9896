package io.rosterd.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.http.HttpServer;
import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop while a run-now request waits for its run: the run finishes within the shutdown grace, and
 * the request still gets its answer, because HTTP closes only after the runs. The run is made to
 * outlast HTTP's own stop grace (another transaction holds the users table), so an HTTP server
 * closed first would cut the request.
 */
final class StopAnswersTest {
  private static final int USERS = 50;

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir Path dataDir;

  @Test
  void aRequestWaitingForItsRunIsAnsweredWhenTheRunFinishesDuringTheStop() throws Exception {
    ApiServer server = new ApiServer(POSTGRES, dataDir, Clock.systemUTC());
    ApiClient api = server.client();
    server.createDistrict("stopping");
    String token = server.districtToken("stopping");
    Multipart files =
        new Multipart()
            .file("orgs.csv", Rosters.orgs("stopping"))
            .file("users.csv", Rosters.users("stopping", 1, USERS));
    assertThat(
            api.post("/api/districts/stopping/uploads", token, files.contentType(), files.bytes())
                .status())
        .isEqualTo(200);

    CompletableFuture<ApiClient.Answer> answer;
    CompletableFuture<Void> stopped;
    try (UsersTableLock locked = new UsersTableLock(POSTGRES)) {
      answer =
          CompletableFuture.supplyAsync(
              () -> api.post("/api/districts/stopping/runs", token, null));
      awaitRunning("stopping");
      stopped = CompletableFuture.runAsync(server::close); // what SIGTERM does
      Thread.sleep(HttpServer.STOP_GRACE.plusSeconds(2).toMillis());
    }

    ApiClient.Answer answered = answer.get(60, TimeUnit.SECONDS);
    stopped.get(60, TimeUnit.SECONDS);
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().at("/run/status").asText()).isEqualTo("applied");
    assertThat(
            POSTGRES
                .jdbc()
                .queryOne(
                    "select count(*) from users where district_id = 'stopping'", r -> r.getLong(1))
                .orElseThrow())
        .isEqualTo(USERS);
  }

  private static void awaitRunning(String district) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(until)) {
      long running =
          POSTGRES
              .jdbc()
              .queryOne(
                  "select count(*) from runs where district_id = ? and status = 'running'",
                  r -> r.getLong(1),
                  district)
              .orElseThrow();
      if (running > 0) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the run of " + district + " did not start");
  }
}
