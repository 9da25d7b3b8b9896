package io.rosterd.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of the API, from the same table the server is built from, called without a token,
 * with an unknown one, and with a district token that is not its own: refused every time, with no
 * data. A route added later is covered without anyone remembering to.
 */
final class AccessMatrixTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir static Path dataDir;

  private static ApiServer server;
  private static ApiClient api;
  private static String outsider;
  private static long ownersRun;

  @BeforeAll
  static void start() {
    server = new ApiServer(POSTGRES, dataDir, Clock.systemUTC());
    api = server.client();
    server.createDistrict("owner");
    server.createDistrict("outsider");
    outsider = server.districtToken("outsider");
    ownersRun =
        POSTGRES
            .jdbc()
            .queryOne(
                "insert into runs (district_id, status, source, archive_path, strict,"
                    + " finished_at) values ('owner', 'held', 'scheduled', '', false, now())"
                    + " returning id",
                r -> r.getLong(1))
            .orElseThrow();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyRouteThatNeedsATokenRefusesNoneAndAnUnknownOne() {
    List<ApiRoute> guarded =
        server.service().api().routes().stream().filter(r -> r.access() != Access.PUBLIC).toList();
    assertThat(guarded).hasSizeGreaterThan(20);
    for (ApiRoute route : guarded) {
      String path = concrete(route.path());
      assertThat(call(route, path, null).status())
          .as("%s %s without a token", route.method(), path)
          .isEqualTo(401);
      assertThat(call(route, path, "rsd_unknown").status())
          .as("%s %s with an unknown token", route.method(), path)
          .isEqualTo(401);
    }
  }

  @Test
  void anotherDistrictsTokenNeverReachesTheRouteOrItsData() {
    for (ApiRoute route : server.service().api().routes()) {
      // A list without a district in its path answers a district token with its own district.
      boolean listsOwn = route.access() == Access.DISTRICT && !route.path().contains("{");
      if (route.access() == Access.PUBLIC || listsOwn) {
        continue;
      }
      String path = concrete(route.path());
      ApiClient.Answer answer = call(route, path, outsider);
      assertThat(answer.status())
          .as("%s %s with another district's token: %s", route.method(), path, answer.body())
          .isIn(403, 404);
      assertThat(answer.body()).doesNotContain("District owner");
    }
  }

  /** The route's path about district "owner" and its run. */
  private static String concrete(String path) {
    return path.replace("/api/districts/{id}", "/api/districts/owner")
        .replace("/api/runs/{id}", "/api/runs/" + ownersRun)
        .replaceAll("\\{[^}]+}", "1");
  }

  private static ApiClient.Answer call(ApiRoute route, String path, String token) {
    String method = route.method().name();
    return api.send(
        method, path, token, method.equals("GET") || method.equals("DELETE") ? null : "{}");
  }
}
