package io.rosterd.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.rosterd.server.http.Routes;
import io.rosterd.server.intake.DropBox;
import io.rosterd.server.schedule.RunObserver;
import io.rosterd.server.serve.ServeConfig;
import io.rosterd.server.store.Database;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * The web pages for support staff and district contacts. Every page goes through {@link #page}: a
 * POST must carry the browser's CSRF token, a page behind sign-in sends a visitor to {@code
 * /login}, and a refusal is an HTML page (the JSON answers are for the API).
 */
public final class WebPages implements Routes {
  private final SessionStore sessions;
  private final WebContext web;

  public WebPages(
      Database database, ServeConfig config, DropBox dropBox, RunObserver observer, Clock clock) {
    this.sessions = new SessionStore(database.jdbc(), clock);
    this.web = new WebContext(database, config, dropBox, observer, clock);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    new LoginPage(web, sessions).addTo(this, routes);
    new OverviewPage(web).addTo(this, routes);
    new DistrictPage(web).addTo(this, routes);
    new RunPage(web).addTo(this, routes);
    new UploadPage(web).addTo(this, routes);
    new GuidePage().addTo(this, routes);
  }

  /** Registers a page behind the checks every page shares. */
  void add(RoutesConfig routes, HandlerType method, String path, Who who, PageHandler handler) {
    routes.addHttpHandler(method, path, ctx -> handle(ctx, method, who, handler));
  }

  private void handle(Context ctx, HandlerType method, Who who, PageHandler handler)
      throws Exception {
    Visit visit = Visit.of(ctx, sessions);
    try {
      if (method == HandlerType.POST) {
        visit.requireCsrf();
      }
      if (who != Who.ANYONE && !visit.signedIn()) {
        if (method == HandlerType.GET) {
          ctx.redirect("/login?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
          return;
        }
        throw new ForbiddenResponse("Sign in first.");
      }
      if (who == Who.SUPPORT && !visit.user().isSupport()) {
        throw new ForbiddenResponse("Only rosterd's support staff may do this.");
      }
      handler.handle(visit);
    } catch (HttpResponseException e) {
      Views.render(
          ctx,
          e.getStatus(),
          "error.jte",
          Map.of(
              "chrome", Chrome.of(visit, "Error " + e.getStatus()),
              "status", e.getStatus(),
              "message", e.getMessage()));
    }
  }
}
