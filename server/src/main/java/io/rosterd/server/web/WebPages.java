package io.rosterd.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.rosterd.server.credentials.SftpEndpoint;
import io.rosterd.server.http.Routes;
import io.rosterd.server.intake.DropBox;
import io.rosterd.server.intake.UploadReceiver;
import io.rosterd.server.onboarding.CredentialChanges;
import io.rosterd.server.onboarding.Onboarding;
import io.rosterd.server.serve.RunRequests;
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

  /**
   * What the pages share with the API: the same instances, so the pages and the API hold people to
   * the same upload limits (counted together), rate limit and emails.
   *
   * @param sftp where districts connect, as a credential link shows it
   */
  public record Shared(
      UploadReceiver uploads,
      Onboarding onboarding,
      CredentialChanges credentials,
      RunRequests runs,
      SftpEndpoint sftp) {}

  public WebPages(
      Database database, ServeConfig config, DropBox dropBox, Shared shared, Clock clock) {
    this.sessions = new SessionStore(database.jdbc(), clock);
    this.web = new WebContext(database, config, dropBox, shared, clock);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    new LoginPage(web, sessions).addTo(this, routes);
    new OverviewPage(web).addTo(this, routes);
    DistrictPage districtPage = new DistrictPage(web);
    districtPage.addTo(this, routes);
    new RunPage(web).addTo(this, routes);
    new SftpForms(web, districtPage).addTo(this, routes);
    new UploadPage(web).addTo(this, routes);
    new AccessPage(web).addTo(this, routes);
    new AccessQueuePage(web).addTo(this, routes);
    new GuidePage().addTo(this, routes);
    routes.error(404, "html", this::noSuchPage);
  }

  /**
   * A browser that follows a wrong link gets a page, not the API's JSON. Only answers still in JSON
   * are replaced: a page's own 404 ("no run 12") is HTML already and says more.
   */
  private void noSuchPage(Context ctx) {
    String type = ctx.res().getContentType();
    if (ctx.path().startsWith("/api/") || type == null || !type.contains("json")) {
      return;
    }
    protect(ctx);
    Visit visit = Visit.of(ctx, sessions);
    Views.render(
        ctx,
        404,
        "error.jte",
        Map.of(
            "chrome",
            Chrome.of(visit, "Not found"),
            "status",
            404,
            "message",
            "There is no page at " + ctx.path() + "."));
  }

  /** Registers a page behind the checks every page shares. */
  void add(RoutesConfig routes, HandlerType method, String path, Who who, PageHandler handler) {
    add(routes, method, path, who, Body.FORM, handler);
  }

  /**
   * Reads a POST's body before the CSRF check does (which reads the form), and cleans up what it
   * read when the request ends: a multipart form's limits must be set before its body is read.
   */
  @FunctionalInterface
  interface Body {
    /** A plain form: nothing to read ahead, and no files taken. */
    Body FORM = visit -> () -> {};

    AutoCloseable read(Visit visit) throws Exception;
  }

  /** As {@link #add(RoutesConfig, HandlerType, String, Who, PageHandler)}, reading the body so. */
  void add(
      RoutesConfig routes,
      HandlerType method,
      String path,
      Who who,
      Body body,
      PageHandler handler) {
    routes.addHttpHandler(method, path, ctx -> handle(ctx, method, who, body, handler));
  }

  /**
   * Nothing is spooled to disk for a visitor who may not post here: a multipart body only where a
   * page reads one (the upload page), and there only from a signed-in browser. Otherwise anyone
   * could fill the disk with bodies that are refused only after they have been read.
   */
  private static void refuseUnexpectedBody(
      Context ctx, HandlerType method, Who who, Body body, Visit visit) {
    if (method != HandlerType.POST || !ctx.isMultipartFormData()) {
      return;
    }
    if (body == Body.FORM) {
      throw new io.javalin.http.BadRequestResponse("This form does not take files.");
    }
    if (who != Who.ANYONE && !visit.signedIn()) {
      throw new ForbiddenResponse("Sign in first.");
    }
  }

  /** No page may be framed by another site (clickjacking an Approve button), or sniffed. */
  private static void protect(Context ctx) {
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Content-Security-Policy", "frame-ancestors 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
  }

  private void handle(Context ctx, HandlerType method, Who who, Body body, PageHandler handler)
      throws Exception {
    protect(ctx);
    Visit visit = Visit.of(ctx, sessions);
    refuseUnexpectedBody(ctx, method, who, body, visit);
    try (AutoCloseable read = method == HandlerType.POST ? body.read(visit) : () -> {}) {
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
