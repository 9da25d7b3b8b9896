package io.rosterd.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The client address rate limits and upload records use: the connection's, unless rosterd is
 * started behind a reverse proxy, then the last X-Forwarded-For entry (the one the proxy added).
 */
final class ClientAddressTest {
  private static final Routes ECHO = routes -> routes.get("/ip", ctx -> ctx.result(ctx.ip()));

  @Test
  void directClientsAreTheConnectionWhateverTheyWriteInAHeader() throws Exception {
    try (HttpServer server = HttpServer.start("127.0.0.1", 0, ECHO)) {
      assertThat(ip(server, "203.0.113.7")).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void behindAProxyTheClientIsTheLastForwardedForEntry() throws Exception {
    try (HttpServer server =
        HttpServer.start("127.0.0.1", 0, HttpServer.Clients.BEHIND_PROXY, ECHO)) {
      assertThat(ip(server, "198.51.100.1, 203.0.113.7")).isEqualTo("203.0.113.7");
      assertThat(ip(server, null)).isEqualTo("127.0.0.1");
    }
  }

  private static String ip(HttpServer server, String forwardedFor) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/ip"));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
