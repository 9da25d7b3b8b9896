package io.rosterd.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.onboarding.RateLimit;
import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/access-requests} without SMTP: what is refused and how it is explained, the rate
 * limit, and who may see and decide requests. Every request here comes from 127.0.0.1, so at most
 * five of them are stored (the limit); refused ones do not count.
 */
final class AccessRequestRoutesTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir static Path dataDir;

  private static ApiServer server;
  private static ApiClient api;
  private static String districtToken;
  private static long requestId;

  @BeforeAll
  static void start() {
    server = new ApiServer(POSTGRES, dataDir, Clock.systemUTC());
    api = server.client();
    server.createDistrict("oak");
    districtToken = server.districtToken("oak");
    requestId = ask("Pine Schools", "it@pine.example.org").json().at("/accessRequest/id").asLong();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void badFieldsAre400NamingTheFieldWhatWasExpectedAndWhatWasFound() {
    assertBad(
        "{\"contactName\": \"A\", \"contactEmail\": \"a@b.org\"}",
        "districtName",
        "a non-empty string");
    assertBad(
        "{\"districtName\": \"  \", \"contactName\": \"A\", \"contactEmail\": \"a@b.org\"}",
        "districtName",
        "a non-empty string");
    assertBad(
        "{\"districtName\": \"D\", \"contactName\": \"A\", \"contactEmail\": \"not-an-address\"}",
        "contactEmail",
        "an email address");
    assertBad(
        "{\"districtName\": \"D\", \"contactName\": \"A\", \"contactEmail\": \"a@b.org\","
            + " \"phone\": \"call me\"}",
        "phone",
        "a phone number");
    assertBad(
        "{\"districtName\": \""
            + "x".repeat(201)
            + "\", \"contactName\": \"A\","
            + " \"contactEmail\": \"a@b.org\"}",
        "districtName",
        "at most 200 characters");
    assertBad(
        "{\"districtName\": \"D\", \"contactName\": \"A\", \"contactEmail\": \"a@b.org\","
            + " \"notes\": \""
            + "n".repeat(2001)
            + "\"}",
        "notes",
        "at most 2000 characters");
    assertBad(
        "{\"districtName\": \"D\", \"contactName\": \"A\", \"contactEmail\": \"a@b.org\","
            + " \"website\": \"x\"}",
        "website",
        "one of the fields");
    assertBad("[1, 2]", "body", "a JSON object");
    ApiClient.Answer notJson = api.post("/api/access-requests", null, "{\"districtName\": ");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.body()).doesNotContain("Exception");
  }

  @Test
  void aClientAddressMayAskFiveTimesAnHourThen429WithRetryAfter() {
    long stored =
        POSTGRES
            .jdbc()
            .queryOne("select count(*) from access_requests", r -> r.getLong(1))
            .orElseThrow();
    for (long i = stored; i < RateLimit.ACCESS_REQUESTS.max(); i++) {
      assertThat(ask("District " + i, "it" + i + "@d.example.org").status()).isEqualTo(201);
    }
    ApiClient.Answer limited = ask("One Too Many", "it@many.example.org");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.response().headers().firstValue("Retry-After")).contains("3600");
    assertThat(limited.json().get("message").asText()).contains("at most 5 in 60 minutes");
    assertThat(
            POSTGRES
                .jdbc()
                .queryOne("select count(*) from access_requests", r -> r.getLong(1))
                .orElseThrow())
        .isEqualTo(5);
    // Support's routes are not limited by it.
    assertThat(api.get("/api/access-requests", server.supportToken()).status()).isEqualTo(200);
  }

  @Test
  void onlySupportSeesAndDecidesRequests() {
    String[][] routes = {
      {"GET", "/api/access-requests", null},
      {"GET", "/api/access-requests/" + requestId, null},
      {"POST", "/api/access-requests/" + requestId + "/approve", "{\"districtId\": \"pine\"}"},
      {"POST", "/api/access-requests/" + requestId + "/decline", "{\"reason\": \"no\"}"},
    };
    for (String[] route : routes) {
      ApiClient.Answer none = api.send(route[0], route[1], null, route[2]);
      assertThat(none.status()).as("%s %s without a token", route[0], route[1]).isEqualTo(401);
      ApiClient.Answer district = api.send(route[0], route[1], districtToken, route[2]);
      assertThat(district.status())
          .as("%s %s with a district token", route[0], route[1])
          .isEqualTo(403);
      assertThat(district.body()).doesNotContain("pine.example.org");
    }
    ApiClient.Answer list = api.get("/api/access-requests?state=pending", server.supportToken());
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().get("accessRequests").findValuesAsText("contactEmail"))
        .contains("it@pine.example.org");
    assertThat(
            api.get("/api/access-requests?state=approved", server.supportToken())
                .json()
                .get("accessRequests"))
        .isEmpty();
    ApiClient.Answer badState = api.get("/api/access-requests?state=open", server.supportToken());
    assertThat(badState.status()).isEqualTo(400);
    assertThat(badState.json().get("field").asText()).isEqualTo("state");
    assertThat(api.get("/api/access-requests/" + requestId, server.supportToken()).status())
        .isEqualTo(200);
    assertThat(api.get("/api/access-requests/999999", server.supportToken()).status())
        .isEqualTo(404);
  }

  @Test
  void approvalRefusesABadOrTakenDistrictIdAndLeavesTheRequestPending() {
    ApiClient.Answer badId =
        api.post(
            "/api/access-requests/" + requestId + "/approve",
            server.supportToken(),
            "{\"districtId\": \"Pine Schools\"}");
    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.json().get("field").asText()).isEqualTo("districtId");
    ApiClient.Answer taken =
        api.post(
            "/api/access-requests/" + requestId + "/approve",
            server.supportToken(),
            "{\"districtId\": \"oak\"}");
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.json().get("message").asText()).contains("district oak exists already");
    assertThat(
            api.get("/api/access-requests/" + requestId, server.supportToken())
                .json()
                .at("/accessRequest/state")
                .asText())
        .isEqualTo("pending");
  }

  private static ApiClient.Answer ask(String district, String email) {
    return api.post(
        "/api/access-requests",
        null,
        "{\"districtName\": \""
            + district
            + "\", \"contactName\": \"Pat\", \"contactEmail\": \""
            + email
            + "\"}");
  }

  private static void assertBad(String body, String field, String expected) {
    ApiClient.Answer answer = api.post("/api/access-requests", null, body);
    assertThat(answer.status()).as(body).isEqualTo(400);
    assertThat(answer.json().get("field").asText()).as(answer.body()).isEqualTo(field);
    assertThat(answer.json().get("expected").asText()).as(answer.body()).contains(expected);
  }
}
