package io.rosterd.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server's own answers: unknown routes, failures, refusals, and where it listens. */
final class HttpServerTest {
  private static final String SECRET = "password=hunter2 at /var/lib/rosterd";

  private static HttpServer server;

  @BeforeAll
  static void start() {
    Routes failing =
        routes -> {
          routes.get(
              "/boom",
              ctx -> {
                throw new IllegalStateException("select * from users where " + SECRET);
              });
          routes.get(
              "/refuse",
              ctx -> {
                throw new BadRequestResponse("the district id is missing");
              });
          routes.get("/fine", ctx -> ctx.result("fine"));
        };
    server = HttpServer.start("127.0.0.1", 0, failing);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void listensOnThePortItPicked() {
    assertThat(server.port()).isPositive();
    assertThat(Http.get(server, "/fine").body()).isEqualTo("fine");
  }

  @Test
  void unknownRoutesAreJson404() {
    HttpResponse<String> response = Http.get(server, "/no/such/page");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode body = Http.json(response);
    assertThat(body.get("status").asInt()).isEqualTo(404);
    assertThat(body.get("error").asText()).isEqualTo("Not Found");
  }

  @Test
  void anotherMethodOnAKnownPathIsJsonToo() {
    HttpResponse<String> response = Http.send(server, "POST", "/fine");

    assertThat(response.statusCode()).isIn(404, 405);
    assertThat(Http.json(response).get("status").asInt()).isEqualTo(response.statusCode());
  }

  @Test
  void failuresAreJson500WithoutTheExceptionText() {
    HttpResponse<String> response = Http.get(server, "/boom");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode body = Http.json(response);
    assertThat(body.get("error").asText()).isEqualTo("Server Error");
    assertThat(body.get("incident").asText()).matches("[0-9a-f]{8}");
    assertThat(response.body())
        .doesNotContain("hunter2", "select", "IllegalStateException", "at io.", "java.");
  }

  @Test
  void refusalsKeepTheirStatusAndMessage() {
    HttpResponse<String> response = Http.get(server, "/refuse");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.json(response).get("message").asText()).isEqualTo("the district id is missing");
  }

  @Test
  void aPortInUseIsReportedWithTheAddress() {
    assertThatThrownBy(() -> HttpServer.start("127.0.0.1", server.port()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("could not listen for HTTP on 127.0.0.1:" + server.port());
  }
}
