package io.rosterd.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * {@code GET /metrics}: every metric in the registry in Prometheus's text format, written by the
 * Prometheus client's own writer (escaping and number formats are its business, not ours).
 */
public final class MetricsRoutes implements Routes {
  private static final PrometheusTextFormatWriter TEXT = PrometheusTextFormatWriter.create();

  private final PrometheusRegistry registry;

  public MetricsRoutes(PrometheusRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/metrics", this::metrics);
  }

  private void metrics(Context ctx) throws IOException {
    // written to memory first: a failing collector then gives a clean 500, not half a page
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    TEXT.write(text, registry.scrape());
    ctx.contentType(PrometheusTextFormatWriter.CONTENT_TYPE).result(text.toByteArray());
  }
}
