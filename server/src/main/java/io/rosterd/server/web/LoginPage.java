package io.rosterd.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** {@code /login} and {@code /logout}. */
final class LoginPage {
  private final SessionStore sessions;
  private final SignIn signIn;

  LoginPage(WebContext web, SessionStore sessions) {
    this.sessions = sessions;
    this.signIn = new SignIn(web.users, web.clock);
  }

  void addTo(WebPages pages, RoutesConfig routes) {
    pages.add(routes, HandlerType.GET, "/login", Who.ANYONE, v -> form(v, "", null, 200));
    pages.add(routes, HandlerType.POST, "/login", Who.ANYONE, this::signIn);
    pages.add(routes, HandlerType.GET, "/logout", Who.ANYONE, this::logoutPage);
    pages.add(routes, HandlerType.POST, "/logout", Who.ANYONE, this::logout);
  }

  private void signIn(Visit visit) {
    String email = visit.ctx().formParam("email");
    SignIn.Outcome outcome = signIn.attempt(email, visit.ctx().formParam("password"));
    if (outcome.user() == null) {
      form(visit, email == null ? "" : email, outcome.refusal(), 401);
      return;
    }
    // A new session (and CSRF token) at every sign-in: nothing from before it carries over.
    sessions.close(visit.ctx().cookie(Visit.SESSION_COOKIE));
    SessionStore.Opened opened = sessions.open(outcome.user());
    Visit.setCookie(
        visit.ctx(), Visit.SESSION_COOKIE, opened.secret(), SessionStore.LIFETIME.toSeconds());
    visit.ctx().redirect(next(visit.ctx().queryParam("next")));
  }

  private void logoutPage(Visit visit) {
    Views.render(visit.ctx(), "logout.jte", Map.of("chrome", Chrome.of(visit, "Sign out")));
  }

  private void logout(Visit visit) {
    sessions.close(visit.ctx().cookie(Visit.SESSION_COOKIE));
    Visit.setCookie(visit.ctx(), Visit.SESSION_COOKIE, "", 0);
    visit.ctx().redirect("/login");
  }

  private static void form(Visit visit, String email, String error, int status) {
    Map<String, Object> params = new HashMap<>();
    params.put("chrome", Chrome.of(visit, "Sign in"));
    params.put("email", email);
    params.put("error", error);
    String next = next(visit.ctx().queryParam("next"));
    params.put(
        "action",
        next.equals("/")
            ? "/login"
            : "/login?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8));
    Views.render(visit.ctx(), status, "login.jte", params);
  }

  // A path of printable characters only: browsers drop tabs and newlines, so "/\t/evil.example"
  // would become "//evil.example", another site.
  private static final java.util.regex.Pattern LOCAL_PATH =
      java.util.regex.Pattern.compile("/[\\x21-\\x7e&&[^\\\\]]*");

  /** Only a path on this site: a link must not send a fresh sign-in off to another one. */
  private static String next(String next) {
    boolean local = next != null && LOCAL_PATH.matcher(next).matches() && !next.startsWith("//");
    return local ? next : "/";
  }
}
