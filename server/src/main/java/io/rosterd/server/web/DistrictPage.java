package io.rosterd.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.HandlerType;
import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictRules;
import io.rosterd.server.district.SettingsChange;
import io.rosterd.server.onboarding.CredentialChanges;
import io.rosterd.server.schedule.Attempt;
import io.rosterd.server.serve.RunRequests;
import io.rosterd.server.sync.RunConflict;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /districts/{id}}: settings, contacts, SFTP account and runs; run now. The SFTP account's
 * forms are {@link SftpForms}'.
 */
final class DistrictPage {
  private final WebContext web;

  DistrictPage(WebContext web) {
    this.web = web;
  }

  void addTo(WebPages pages, RoutesConfig routes) {
    pages.add(
        routes, HandlerType.GET, "/districts/{id}", Who.SIGNED_IN, v -> show(v, null, null, 200));
    pages.add(routes, HandlerType.POST, "/districts/{id}/settings", Who.SUPPORT, this::settings);
    pages.add(routes, HandlerType.POST, "/districts/{id}/run-now", Who.SIGNED_IN, this::runNow);
  }

  private void show(Visit visit, String notice, String error, int status) {
    show(visit, notice, error, null, status);
  }

  /**
   * The page of the district in the path, after a change.
   *
   * @param link a credential link just sent, to tell of (and show when no SMTP sent it), or null
   */
  void show(Visit visit, String notice, String error, CredentialChanges.LinkSent link, int status) {
    District district = web.district(visit, visit.ctx().pathParam("id"));
    Map<String, Object> params = new HashMap<>();
    params.put("chrome", Chrome.of(visit, district.name()));
    params.put(
        "view",
        new DistrictView(
            district,
            district.runInterval() == null ? "" : Long.toString(district.runInterval().toMinutes()),
            web.users.ofDistrict(district.id()),
            web.accounts.find(district.id(), web.clock.instant()).orElse(null),
            web.sftp,
            web.runs.list(district.id(), 50),
            notice,
            error,
            link));
    Views.render(visit.ctx(), status, "district.jte", params);
  }

  private void settings(Visit visit) {
    District district = web.district(visit, visit.ctx().pathParam("id"));
    SettingsChange change;
    try {
      change = change(visit);
    } catch (BadRequestResponse e) {
      show(visit, null, e.getMessage(), 400);
      return;
    }
    var problem = DistrictRules.settingsProblem(change);
    if (problem.isPresent()) {
      show(visit, null, problem.get(), 400);
      return;
    }
    web.districts.update(district.id(), change);
    show(visit, "Settings saved.", null, 200);
  }

  private static SettingsChange change(Visit visit) {
    var ctx = visit.ctx();
    String minutes = ctx.formParam("intervalMinutes");
    return new SettingsChange(
        number("thresholdPercent", ctx.formParam("thresholdPercent")),
        whole("thresholdMin", ctx.formParam("thresholdMin")).intValue(),
        ctx.formParam("strict") != null,
        ctx.formParam("paused") != null,
        minutes == null || minutes.isBlank()
            ? SettingsChange.DEFAULT_INTERVAL
            : Duration.ofMinutes(whole("intervalMinutes", minutes).longValue()));
  }

  /** A whole number of a sensible size, or a 400 that says so (1.5 and 1e30 are not). */
  private static BigDecimal whole(String field, String value) {
    BigDecimal number = number(field, value);
    if (number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(MAX_WHOLE) > 0) {
      throw new BadRequestResponse(
          field + ": expected a whole number up to " + MAX_WHOLE + "; found '" + value + "'");
    }
    return number;
  }

  private static final BigDecimal MAX_WHOLE = BigDecimal.valueOf(1_000_000);

  private static BigDecimal number(String field, String value) {
    try {
      return new BigDecimal(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(field + ": expected a number; found '" + value + "'");
    } catch (ArithmeticException e) {
      throw new BadRequestResponse(field + ": expected a whole number; found '" + value + "'");
    }
  }

  private void runNow(Visit visit) {
    District district = web.district(visit, visit.ctx().pathParam("id"));
    if (district.paused()) {
      String unpause =
          visit.user().isSupport()
              ? " Unpause it first."
              : " Ask rosterd support to unpause it when your files are ready.";
      show(visit, null, "This district is paused, so it runs nothing." + unpause, 409);
      return;
    }
    RunRequests.Answer<Attempt> answer;
    try {
      answer = web.requests.runNow(district);
    } catch (RunConflict e) {
      show(visit, null, e.getMessage(), 409);
      return;
    }
    if (answer.finished().isEmpty()) { // the run page follows it while it goes on
      if (answer.goingOn() != null) {
        visit.ctx().redirect("/runs/" + answer.goingOn());
      } else {
        show(
            visit,
            "The run is starting; it shows in the list below once its files are taken.",
            null,
            200);
      }
      return;
    }
    Attempt attempt = answer.finished().get();
    if (attempt.ran()) {
      visit.ctx().redirect("/runs/" + attempt.run().run());
      return;
    }
    show(visit, "Nothing to run: " + attempt.whyNothingRan(district.id()) + ".", null, 200);
  }
}
