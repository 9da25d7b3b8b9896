package io.rosterd.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: {"status": "ok", "database": "ok", ...} with 200, or "status": "unavailable"
 * with 503 when any check fails, so a load balancer or an uptime monitor needs only the status
 * code.
 */
public final class HealthRoutes implements Routes {
  private final Health health;

  public HealthRoutes(Health health) {
    this.health = health;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/health", this::health);
  }

  private void health(Context ctx) {
    Health.Report report = health.check();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", report.ok() ? "ok" : "unavailable");
    body.putAll(report.checks());
    ctx.header("Cache-Control", "no-store");
    JsonBody.send(ctx, report.ok() ? 200 : 503, body);
  }
}
