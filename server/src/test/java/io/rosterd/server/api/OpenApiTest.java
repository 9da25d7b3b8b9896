package io.rosterd.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/openapi.json} against the running server: every documented operation is a real route,
 * the API's routes are all documented, and an undocumented one is the router's 404.
 */
final class OpenApiTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir static Path dataDir;

  private static ApiServer server;

  @BeforeAll
  static void start() {
    server = new ApiServer(POSTGRES, dataDir, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyDocumentedOperationIsServedAndNothingElseIs() {
    ApiClient api = server.client();
    ApiClient.Answer doc = api.get("/api/openapi.json", null);
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.json().get("openapi").asText()).startsWith("3.");
    List<String> documented = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.json().get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
        String method = methods.next().toUpperCase(Locale.ROOT);
        documented.add(method + " " + path.getKey());
        String concrete = path.getKey().replaceAll("\\{[^}]+}", "0");
        ApiClient.Answer answer =
            api.send(method, concrete, server.supportToken(), method.equals("GET") ? null : "{}");
        assertThat(isRouterMiss(answer))
            .as("%s %s is documented but not served: %s", method, concrete, answer.body())
            .isFalse();
      }
    }
    assertThat(documented).hasSizeGreaterThanOrEqualTo(3);
    assertThat(documented)
        .containsAll(
            server.service().api().routes().stream()
                .map(r -> r.method().name() + " " + r.path())
                .toList());
    assertThat(isRouterMiss(api.get("/api/no-such-thing", server.supportToken()))).isTrue();
  }

  /** Javalin's own 404 for a path no route matches, as opposed to a route's "does not exist". */
  private static boolean isRouterMiss(ApiClient.Answer answer) {
    return answer.status() == 404 && !answer.body().contains("does not exist")
        || answer.status() == 405;
  }
}
