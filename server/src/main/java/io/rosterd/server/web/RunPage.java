package io.rosterd.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ConflictResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import io.rosterd.server.district.District;
import io.rosterd.server.report.IssueCsv;
import io.rosterd.server.sync.DistrictClaim;
import io.rosterd.server.sync.RunConflict;
import io.rosterd.server.sync.RunRow;
import io.rosterd.server.sync.RunStatus;
import java.util.HashMap;
import java.util.Map;

/** {@code /runs/{id}}: a run's files, counts, issues and changes; approve or discard when held. */
final class RunPage {
  private final WebContext web;

  RunPage(WebContext web) {
    this.web = web;
  }

  void addTo(WebPages pages, RoutesConfig routes) {
    pages.add(routes, HandlerType.GET, "/runs/{id}", Who.SIGNED_IN, v -> show(v, null));
    pages.add(routes, HandlerType.GET, "/runs/{id}/issues.csv", Who.SIGNED_IN, this::csv);
    pages.add(routes, HandlerType.POST, "/runs/{id}/approve", Who.SIGNED_IN, this::approve);
    pages.add(routes, HandlerType.POST, "/runs/{id}/discard", Who.SIGNED_IN, this::discard);
  }

  /**
   * The run, if the visitor may see it: another district's run is "not found", exactly like a run
   * that does not exist, so run ids tell a contact nothing about other districts.
   */
  private RunRow run(Visit visit) {
    String id = visit.ctx().pathParam("id");
    if (!id.matches("\\d{1,18}")) {
      throw new NotFoundResponse("No run " + id + ".");
    }
    return web.runs
        .find(Long.parseLong(id))
        .filter(r -> visit.user().mayReach(r.district()))
        .orElseThrow(() -> new NotFoundResponse("No run " + id + "."));
  }

  private void show(Visit visit, String notice) {
    RunRow run = run(visit);
    IssueQuery query = IssueQuery.of(visit.ctx());
    RunView view =
        new RunView(
            run,
            web.districts.find(run.district()).map(District::name).orElse(run.district()),
            RunFacts.files(web.jdbc(), run.id()),
            CountsChart.of(run.counts()),
            query,
            query.count(web.jdbc(), run.id()),
            query.page(web.jdbc(), run.id()),
            RunFacts.distinct(web.jdbc(), run.id(), "code"),
            RunFacts.distinct(web.jdbc(), run.id(), "file"),
            RunFacts.changes(web.jdbc(), run.id()),
            notice,
            run.status() == RunStatus.RUNNING
                && DistrictClaim.isHeld(web.database.dataSource(), run.district()));
    if (view.running()) {
      visit.ctx().header("Refresh", Integer.toString(RunView.RELOAD_SECONDS));
    }
    Map<String, Object> params = new HashMap<>();
    params.put("chrome", Chrome.of(visit, "Run " + run.id()));
    params.put("view", view);
    Views.render(visit.ctx(), "run.jte", params);
  }

  private void csv(Visit visit) throws java.io.IOException {
    RunRow run = run(visit);
    visit.ctx().contentType("text/csv; charset=utf-8");
    visit
        .ctx()
        .header("Content-Disposition", "attachment; filename=\"run-" + run.id() + "-issues.csv\"");
    java.io.Writer out =
        new java.io.BufferedWriter(
            new java.io.OutputStreamWriter(
                visit.ctx().outputStream(), java.nio.charset.StandardCharsets.UTF_8));
    IssueCsv.Rows rows = IssueCsv.start(out);
    IssueQuery.of(visit.ctx()).forEach(web.jdbc(), run.id(), rows::write);
    rows.flush();
    out.flush();
  }

  private void approve(Visit visit) {
    RunRow run = held(visit);
    District district = web.district(visit, run.district());
    // As the API and the command line: under the district's claim, observed and reported. A run
    // still going on after the request's wait goes on; its page follows it.
    try {
      web.requests.approve(district, run.id());
    } catch (RunConflict e) {
      throw new ConflictResponse(e.getMessage());
    }
    visit.ctx().redirect("/runs/" + run.id());
  }

  private void discard(Visit visit) {
    RunRow run = held(visit);
    try {
      web.requests.discard(run.district(), run.id());
    } catch (RunConflict e) {
      throw new ConflictResponse(e.getMessage());
    }
    visit.ctx().redirect("/runs/" + run.id());
  }

  private RunRow held(Visit visit) {
    RunRow run = run(visit);
    if (run.status() != RunStatus.HELD) {
      throw new ConflictResponse(
          "Run "
              + run.id()
              + " is "
              + run.status().label()
              + "; only a held run can be approved or discarded.");
    }
    return run;
  }
}
