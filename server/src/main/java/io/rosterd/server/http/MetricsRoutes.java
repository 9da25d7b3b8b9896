package io.rosterd.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code GET /metrics}: every metric in the registry in Prometheus's text format, written by the
 * Prometheus client's own writer (escaping and number formats are its business, not ours). With a
 * token set, a scrape must carry it as {@code Authorization: Bearer TOKEN}: the metrics name every
 * district.
 */
public final class MetricsRoutes implements Routes {
  private static final PrometheusTextFormatWriter TEXT = PrometheusTextFormatWriter.create();

  private final PrometheusRegistry registry;
  private final Optional<byte[]> token;

  /** Open to anyone who reaches it: for a monitoring network of its own. */
  public MetricsRoutes(PrometheusRegistry registry) {
    this(registry, Optional.empty());
  }

  /**
   * @param token the bearer token a scrape must carry, if any
   */
  public MetricsRoutes(PrometheusRegistry registry, Optional<String> token) {
    this.registry = registry;
    this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/metrics", this::metrics);
  }

  private void metrics(Context ctx) throws IOException {
    if (token.isPresent() && !carriesToken(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"");
      ctx.status(401)
          .result(
              "/metrics needs the token rosterd serve was started with (--metrics-token):"
                  + " send it as 'Authorization: Bearer TOKEN'\n");
      return;
    }
    // written to memory first: a failing collector then gives a clean 500, not half a page
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    TEXT.write(text, registry.scrape());
    ctx.contentType(PrometheusTextFormatWriter.CONTENT_TYPE).result(text.toByteArray());
  }

  /** Compared in constant time, so the answer's timing says nothing of the token. */
  private boolean carriesToken(String authorization) {
    String prefix = "Bearer ";
    if (authorization == null
        || !authorization.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return false;
    }
    byte[] given =
        authorization.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token.get());
  }
}
