package io.rosterd.server.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.rosterd.server.hash.Secrets;

/**
 * One request to a page: who is signed in (null when nobody), and the CSRF token its forms carry. A
 * signed-in browser's token is its session's; a visitor's (the sign-in and access forms) is a
 * random cookie that the form must repeat, so another site cannot post a form on their behalf.
 */
record Visit(Context ctx, Session session, String csrf) {
  static final String SESSION_COOKIE = "rosterd_session";
  static final String VISITOR_COOKIE = "rosterd_csrf";
  static final String CSRF_FIELD = "_csrf";

  static Visit of(Context ctx, SessionStore sessions) {
    Session session = sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null);
    if (session != null) {
      return new Visit(ctx, session, session.csrf());
    }
    String visitor = ctx.cookie(VISITOR_COOKIE);
    if (visitor == null || visitor.length() < 40 || visitor.length() > 60) {
      visitor = Secrets.random();
      setCookie(ctx, VISITOR_COOKIE, visitor, -1);
    }
    return new Visit(ctx, null, visitor);
  }

  boolean signedIn() {
    return session != null;
  }

  WebUser user() {
    return session == null ? null : session.user();
  }

  /** Refuses a POST whose {@code _csrf} field is not this browser's token. */
  void requireCsrf() {
    if (!Secrets.same(csrf, ctx.formParam(CSRF_FIELD))) {
      throw new ForbiddenResponse(
          "This form has expired or did not come from rosterd. Go back, reload the page and try"
              + " again.");
    }
  }

  /**
   * Sets a cookie no script can read (HttpOnly), that other sites' links and forms do not carry on
   * a POST (SameSite=Lax), and that travels only over TLS when the request came over it (directly,
   * or through a proxy that says so).
   *
   * @param maxAge seconds; -1 for the browser session, 0 to delete
   */
  static void setCookie(Context ctx, String name, String value, long maxAge) {
    StringBuilder cookie = new StringBuilder(name).append('=').append(value);
    cookie.append("; Path=/; HttpOnly; SameSite=Lax");
    if (maxAge >= 0) {
      cookie.append("; Max-Age=").append(maxAge);
    }
    if (overTls(ctx)) {
      cookie.append("; Secure");
    }
    ctx.res().addHeader("Set-Cookie", cookie.toString());
  }

  static boolean overTls(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }
}
