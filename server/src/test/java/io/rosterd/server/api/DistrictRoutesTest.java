package io.rosterd.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/districts} over real HTTP: who sees what, and settings changes. */
final class DistrictRoutesTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir static Path dataDir;

  private static ApiServer server;
  private static ApiClient api;
  private static String north;
  private static String south;

  @BeforeAll
  static void start() {
    server = new ApiServer(POSTGRES, dataDir, Clock.systemUTC());
    api = server.client();
    server.createDistrict("north");
    server.createDistrict("south");
    north = server.districtToken("north");
    south = server.districtToken("south");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void withoutATokenOrWithAnUnknownOneEveryDistrictRouteIs401() {
    for (String path : new String[] {"/api/districts", "/api/districts/north"}) {
      ApiClient.Answer none = api.get(path, null);
      assertThat(none.status()).isEqualTo(401);
      assertThat(none.response().headers().firstValue("WWW-Authenticate")).contains("Bearer");
      assertThat(none.json().get("message").asText()).contains("rosterd tokens create");
      assertThat(api.get(path, "rsd_not-a-real-token").status()).isEqualTo(401);
    }
    assertThat(api.patch("/api/districts/north", null, "{\"paused\":true}").status())
        .isEqualTo(401);
  }

  @Test
  void supportSeesEveryDistrictAndADistrictOnlyItself() {
    ApiClient.Answer all = api.get("/api/districts", server.supportToken());
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.json().get("districts").findValuesAsText("id")).contains("north", "south");

    ApiClient.Answer own = api.get("/api/districts", north);
    assertThat(own.json().get("districts").findValuesAsText("id")).containsExactly("north");
    assertThat(api.get("/api/districts/north", north).status()).isEqualTo(200);
    assertThat(api.get("/api/districts/north", north).json().at("/district/health").has("heldRun"))
        .isTrue();

    ApiClient.Answer other = api.get("/api/districts/north", south);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.body()).doesNotContain("District north");
  }

  @Test
  void aShorterIntervalBringsTheNextRunForward() {
    server.createDistrict("sooner");
    POSTGRES
        .jdbc()
        .update("update districts set next_run_at = now() + interval '1 hour' where id = 'sooner'");

    ApiClient.Answer changed =
        api.patch("/api/districts/sooner", server.supportToken(), "{\"runIntervalSeconds\": 120}");

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(
            POSTGRES
                .jdbc()
                .queryOne(
                    "select next_run_at <= now() + interval '2 minutes' from districts"
                        + " where id = 'sooner'",
                    r -> r.getBoolean(1))
                .orElseThrow())
        .isTrue();
  }

  @Test
  void supportChangesSettingsAndADistrictMayNot() {
    ApiClient.Answer changed =
        api.patch(
            "/api/districts/south",
            server.supportToken(),
            "{\"thresholdPercent\": 5, \"paused\": true, \"runIntervalSeconds\": 1800}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().at("/district/settings/thresholdPercent").toString()).isEqualTo("5");
    assertThat(changed.json().at("/district/settings/paused").asBoolean()).isTrue();
    assertThat(changed.json().at("/district/settings/runIntervalSeconds").asInt()).isEqualTo(1800);

    assertThat(api.patch("/api/districts/south", south, "{\"paused\": false}").status())
        .isEqualTo(403);
    assertThat(
            api.patch("/api/districts/nowhere", server.supportToken(), "{\"paused\":true}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void aBadSettingIs400NamingTheFieldWhatWasExpectedAndWhatWasFound() {
    ApiClient.Answer wrongType =
        api.patch("/api/districts/north", server.supportToken(), "{\"paused\": \"yes\"}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.json().get("field").asText()).isEqualTo("paused");
    assertThat(wrongType.json().get("expected").asText()).isEqualTo("true or false");
    assertThat(wrongType.json().get("found").asText()).isEqualTo("\"yes\"");

    ApiClient.Answer unknown =
        api.patch("/api/districts/north", server.supportToken(), "{\"pasued\": true}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("field").asText()).isEqualTo("pasued");

    ApiClient.Answer outOfRange =
        api.patch("/api/districts/north", server.supportToken(), "{\"thresholdPercent\": 150}");
    assertThat(outOfRange.status()).isEqualTo(400);
    assertThat(outOfRange.json().get("message").asText()).contains("between 0 and 100");

    ApiClient.Answer huge =
        api.patch("/api/districts/north", server.supportToken(), "{\"thresholdPercent\": 1e400}");
    assertThat(huge.status()).as(huge.body()).isEqualTo(400);
    assertThat(huge.json().get("message").asText()).contains("between 0 and 100");

    ApiClient.Answer array = api.patch("/api/districts/north", server.supportToken(), "[]");
    assertThat(array.status()).isEqualTo(400);
    assertThat(array.json().get("found").asText()).isEqualTo("an array");
    ApiClient.Answer empty = api.patch("/api/districts/north", server.supportToken(), "");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("found").asText()).isEqualTo("nothing");

    ApiClient.Answer notJson = api.patch("/api/districts/north", server.supportToken(), "{");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.body()).doesNotContain("Exception").doesNotContain("at com.");
  }
}
