package io.rosterd.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.rosterd.server.onboarding.AccessForm;
import io.rosterd.server.onboarding.Onboarding;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /access}, public: a district asks to start. The fields are checked by {@link AccessForm}
 * and stored by {@link Onboarding}, as {@code POST /api/access-requests} does, so both obey one set
 * of rules and one rate limit per client address.
 */
final class AccessPage {
  static final List<String> FIELDS =
      List.of("districtName", "contactName", "contactEmail", "phone", "notes");

  private final WebContext web;

  AccessPage(WebContext web) {
    this.web = web;
  }

  void addTo(WebPages pages, RoutesConfig routes) {
    pages.add(
        routes,
        HandlerType.GET,
        "/access",
        Who.ANYONE,
        v -> render(v, 200, AccessFormView.empty(FIELDS)));
    pages.add(routes, HandlerType.POST, "/access", Who.ANYONE, this::ask);
    pages.add(routes, HandlerType.GET, "/access/thanks", Who.ANYONE, this::thanks);
  }

  private void ask(Visit visit) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String value = visit.ctx().formParam(field);
      values.put(field, value == null ? "" : value);
    }
    AccessForm.Checked checked =
        AccessForm.check(
            values.get("districtName"),
            values.get("contactName"),
            values.get("contactEmail"),
            values.get("phone"),
            values.get("notes"));
    if (!checked.ok()) {
      Map<String, String> errors = new HashMap<>();
      checked.problems().forEach(p -> errors.putIfAbsent(p.field(), p.sentence()));
      render(visit, 400, new AccessFormView(values, errors, null));
      return;
    }
    try {
      web.onboarding.ask(checked.asked(), visit.ctx().ip());
    } catch (Onboarding.TooMany e) {
      visit.ctx().header("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
      render(visit, 429, new AccessFormView(values, Map.of(), capitalized(e.getMessage())));
      return;
    }
    // Post, redirect, get: reloading the thank-you page does not ask again.
    visit.ctx().redirect("/access/thanks", HttpStatus.SEE_OTHER);
  }

  private void thanks(Visit visit) {
    Views.render(
        visit.ctx(), "access-thanks.jte", Map.of("chrome", Chrome.of(visit, "Request sent")));
  }

  private static void render(Visit visit, int status, AccessFormView view) {
    Map<String, Object> params = new HashMap<>();
    params.put("chrome", Chrome.of(visit, "Ask for access"));
    params.put("view", view);
    Views.render(visit.ctx(), status, "access.jte", params);
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
