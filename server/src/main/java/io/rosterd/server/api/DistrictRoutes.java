package io.rosterd.server.api;

import io.javalin.http.Context;
import io.rosterd.server.district.DistrictRules;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.district.SettingsChange;
import io.rosterd.server.store.Jdbc;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /api/districts}: the districts with their health, and their settings. */
public final class DistrictRoutes implements RouteGroup {
  private static final Set<String> SETTINGS =
      Set.of("thresholdPercent", "thresholdMin", "strict", "paused", "runIntervalSeconds");

  private final DistrictHealth health;
  private final DistrictStore districts;

  public DistrictRoutes(Jdbc jdbc) {
    this.health = new DistrictHealth(jdbc);
    this.districts = new DistrictStore(jdbc);
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(
            "/api/districts",
            Access.DISTRICT,
            "Every district with its health (a district token: its own)",
            this::list),
        ApiRoute.get(
            "/api/districts/{id}", Access.DISTRICT, "One district with its health", this::get),
        ApiRoute.patch(
            "/api/districts/{id}",
            Access.SUPPORT,
            "Change settings: thresholdPercent, thresholdMin, strict, paused, runIntervalSeconds"
                + " (0 = rosterd's interval)",
            this::update));
  }

  private void list(Context ctx, Caller caller) {
    List<Map<String, Object>> all =
        caller.isSupport() ? health.all() : health.of(caller.district());
    Api.ok(ctx, Map.of("districts", all));
  }

  private void get(Context ctx, Caller caller) {
    String id = ctx.pathParam("id");
    Problems.requireReach(caller, id);
    Api.ok(ctx, Map.of("district", one(id)));
  }

  private void update(Context ctx, Caller caller) {
    String id = ctx.pathParam("id");
    JsonRequest body = JsonRequest.of(ctx, SETTINGS);
    Integer seconds = body.integer("runIntervalSeconds");
    SettingsChange change =
        new SettingsChange(
            body.decimal("thresholdPercent"),
            body.integer("thresholdMin"),
            body.bool("strict"),
            body.bool("paused"),
            seconds == null ? null : Duration.ofSeconds(seconds));
    if (change.isEmpty()) {
      throw Problems.badField("body", "at least one of " + String.join(", ", SETTINGS), "{}");
    }
    DistrictRules.settingsProblem(change)
        .ifPresent(
            problem -> {
              throw Problems.badRequest(problem);
            });
    districts.update(id, change).orElseThrow(() -> Problems.notFound("district " + id));
    Api.ok(ctx, Map.of("district", one(id)));
  }

  private Map<String, Object> one(String id) {
    return health.of(id).stream()
        .findFirst()
        .orElseThrow(() -> Problems.notFound("district " + id));
  }
}
