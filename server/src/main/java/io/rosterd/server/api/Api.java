package io.rosterd.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import io.rosterd.server.http.JsonBody;
import io.rosterd.server.http.Routes;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON API: every route of every group, behind its bearer-token check, and {@code
 * /api/openapi.json} describing exactly those routes.
 */
public final class Api implements Routes {
  private static final String BEARER = "Bearer ";

  private final TokenStore tokens;
  private final List<ApiRoute> routes = new ArrayList<>();

  public Api(TokenStore tokens, RouteGroup... groups) {
    this.tokens = tokens;
    for (RouteGroup group : groups) {
      routes.addAll(group.routes());
    }
  }

  public List<ApiRoute> routes() {
    return List.copyOf(routes);
  }

  @Override
  public void addTo(RoutesConfig config) {
    byte[] openApi = OpenApiDocument.json(routes);
    config.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    for (ApiRoute route : routes) {
      config.addHttpHandler(route.method(), route.path(), ctx -> handle(route, ctx));
    }
  }

  private void handle(ApiRoute route, Context ctx) throws Exception {
    ctx.header("Cache-Control", "no-store");
    Caller caller = route.access() == Access.PUBLIC ? null : caller(ctx);
    if (route.access() == Access.SUPPORT && !caller.isSupport()) {
      throw new ForbiddenResponse("only a support token may do this");
    }
    route.handler().handle(ctx, caller);
  }

  private Caller caller(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse(
          "send a token: 'Authorization: Bearer rsd_…' ('rosterd tokens create' makes one)");
    }
    return tokens
        .caller(header.substring(BEARER.length()).strip())
        .orElseThrow(
            () -> {
              ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
              return new UnauthorizedResponse("the token is unknown or revoked");
            });
  }

  /** Sends {@code body} as JSON with status 200. */
  public static void ok(Context ctx, Object body) {
    JsonBody.send(ctx, 200, body);
  }
}
