package io.rosterd.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error answer is JSON. An unexpected exception is logged with its stack trace under a short
 * incident id, and the client gets only that id: exception text can carry SQL, paths or data that
 * are nobody's business outside.
 */
final class ErrorAnswers implements Routes {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

  @Override
  public void addTo(RoutesConfig routes) {
    // Javalin answers an unknown route by throwing NotFoundResponse, an HttpResponseException;
    // routes throw the same kind for a refusal they mean to explain (400, 403, ...).
    routes.exception(HttpResponseException.class, ErrorAnswers::deliberate);
    routes.exception(Exception.class, ErrorAnswers::unexpected);
  }

  private static void deliberate(HttpResponseException e, Context ctx) {
    Map<String, Object> body = body(e.getStatus(), e.getMessage());
    body.putAll(e.getDetails()); // a bad request's field, expected and found
    JsonBody.send(ctx, e.getStatus(), body);
  }

  private static void unexpected(Exception e, Context ctx) {
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("HTTP {} {} failed (incident {})", ctx.method(), redacted(ctx.path()), incident, e);
    Map<String, Object> body =
        body(500, "the server failed to answer; the error is logged as incident " + incident);
    body.put("incident", incident);
    JsonBody.send(ctx, 500, body);
  }

  /** A path without the secrets some paths carry (one-time credential links), for the log. */
  static String redacted(String path) {
    return SECRET_IN_PATH.matcher(path).replaceAll("$1…");
  }

  private static final java.util.regex.Pattern SECRET_IN_PATH =
      java.util.regex.Pattern.compile("(rcl_)[A-Za-z0-9_-]+");

  private static Map<String, Object> body(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", HttpStatus.forStatus(status).getMessage());
    body.put("message", message);
    return body;
  }
}
