package io.rosterd.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.rosterd.server.api.DistrictHealth;
import java.util.List;
import java.util.Map;

/** {@code /}: every district's health for support; a contact is sent to their district. */
final class OverviewPage {
  private final WebContext web;
  private final DistrictHealth health;

  OverviewPage(WebContext web) {
    this.web = web;
    this.health = new DistrictHealth(web.jdbc());
  }

  void addTo(WebPages pages, RoutesConfig routes) {
    pages.add(routes, HandlerType.GET, "/", Who.SIGNED_IN, this::show);
  }

  private void show(Visit visit) {
    if (!visit.user().isSupport()) {
      visit.ctx().redirect("/districts/" + visit.user().district());
      return;
    }
    List<DistrictLine> all = health.all().stream().map(DistrictLine::of).toList();
    var ctx = visit.ctx();
    Overview overview =
        Overview.of(
            all,
            ctx.queryParam("q"),
            ctx.queryParam("status"),
            ctx.queryParam("sort"),
            ctx.queryParam("dir"));
    Views.render(
        ctx,
        "overview.jte",
        Map.of(
            "chrome", Chrome.of(visit, "Overview"),
            "overview", overview,
            "total", all.size(),
            "chart", RunChart.lastDays(web.jdbc(), web.clock)));
  }
}
