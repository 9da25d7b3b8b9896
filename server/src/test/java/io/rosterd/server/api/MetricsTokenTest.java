package io.rosterd.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code rosterd serve} with a metrics token: /metrics asks for it, nothing else changes. */
final class MetricsTokenTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir Path dataDir;

  @Test
  void metricsAskForTheTokenServeWasGivenAndHealthStaysOpen() {
    String token = "scrape-token-0123456789abcdef";
    try (ApiServer server =
        new ApiServer(
            POSTGRES, dataDir, Clock.systemUTC(), config -> config.withMetricsToken(token))) {
      ApiClient api = server.client();

      assertThat(api.get("/metrics", null).status()).isEqualTo(401);
      assertThat(api.get("/metrics", server.supportToken()).status()).isEqualTo(401);
      ApiClient.Answer scraped = api.get("/metrics", token);
      assertThat(scraped.status()).isEqualTo(200);
      assertThat(scraped.body()).contains("rosterd_runs_recorded");
      assertThat(api.get("/health", null).status()).isEqualTo(200);
    }
  }
}
