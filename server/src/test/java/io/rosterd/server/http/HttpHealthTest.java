package io.rosterd.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.rosterd.server.store.PostgresExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /health} against a real database, a database that is not there, and extra checks. */
final class HttpHealthTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  @Test
  void okWithALiveDatabase() {
    try (HttpServer server = serve(new Health(POSTGRES.database().dataSource()))) {
      HttpResponse<String> response = Http.get(server, "/health");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("{\"status\":\"ok\",\"database\":\"ok\"}");
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }
  }

  @Test
  void unavailableWhenTheDatabaseCannotBeReached() {
    try (HttpServer server = serve(new Health(Http.unreachableDatabase()))) {
      HttpResponse<String> response = Http.get(server, "/health");

      assertThat(response.statusCode()).isEqualTo(503);
      JsonNode body = Http.json(response);
      assertThat(body.get("status").asText()).isEqualTo("unavailable");
      assertThat(body.get("database").asText()).isEqualTo("unreachable");
    }
  }

  @Test
  void unavailableWhenAnExtraCheckFails() {
    Health health =
        new Health(POSTGRES.database().dataSource())
            .with("sftp", () -> false)
            .with("disk", () -> true);
    try (HttpServer server = serve(health)) {
      HttpResponse<String> response = Http.get(server, "/health");

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body())
          .isEqualTo(
              "{\"status\":\"unavailable\",\"database\":\"ok\",\"sftp\":\"failing\","
                  + "\"disk\":\"ok\"}");
    }
  }

  @Test
  void aCheckThatThrowsIsFailingAndItsTextStaysInside() {
    Health health =
        new Health(POSTGRES.database().dataSource())
            .with(
                "sftp",
                () -> {
                  throw new IllegalStateException("host key /etc/rosterd/secret unreadable");
                });
    try (HttpServer server = serve(health)) {
      HttpResponse<String> response = Http.get(server, "/health");

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(Http.json(response).get("sftp").asText()).isEqualTo("failing");
      assertThat(response.body()).doesNotContain("secret");
    }
  }

  @Test
  void aHungCheckTimesOutAndIsNotStartedAgainWhileItHangs() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    Health health =
        new Health(POSTGRES.database().dataSource(), Duration.ofMillis(300))
            .with("sftp", () -> calls.incrementAndGet() > 0 && awaits(release));
    try (HttpServer server = serve(health)) {
      long start = System.nanoTime();
      HttpResponse<String> first = Http.get(server, "/health");
      HttpResponse<String> second = Http.get(server, "/health");
      long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      assertThat(first.statusCode()).isEqualTo(503);
      assertThat(Http.json(second).get("sftp").asText()).isEqualTo("timeout");
      assertThat(Http.json(second).get("database").asText()).isEqualTo("ok");
      assertThat(took).isLessThan(5_000);
      assertThat(calls).hasValue(1);

      release.countDown();
      assertThat(Http.get(server, "/health").statusCode()).isEqualTo(200);
    } finally {
      release.countDown();
    }
  }

  @Test
  void checkNamesMustBeNewAndPlain() {
    Health health = new Health(POSTGRES.database().dataSource()).with("sftp", () -> true);

    for (String bad : new String[] {"database", "status", "sftp", "SFTP", "", "a b"}) {
      assertThatThrownBy(() -> health.with(bad, () -> true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("\"" + bad + "\"");
    }
  }

  private static HttpServer serve(Health health) {
    return HttpServer.start("127.0.0.1", 0, new HealthRoutes(health));
  }

  private static boolean awaits(CountDownLatch latch) {
    try {
      return latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
