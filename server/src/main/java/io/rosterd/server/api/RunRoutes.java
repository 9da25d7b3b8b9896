package io.rosterd.server.api;

import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.http.JsonBody;
import io.rosterd.server.schedule.Attempt;
import io.rosterd.server.serve.RunRequests;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.sync.RunConflict;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.RunRow;
import io.rosterd.server.sync.RunStatus;
import io.rosterd.server.sync.Runs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Runs: lists, one run, run now, and approving or discarding a held run. Run now and approve take
 * the district's claim as {@code rosterd runs start|approve} do, but wait for it only briefly (an
 * HTTP client should hear "busy, try again" rather than hang while another run finishes), and
 * answer within {@link RunRequests#ANSWER_WITHIN}: a run still going on then is answered with 202
 * and the run to follow.
 */
public final class RunRoutes implements RouteGroup {
  private final DataSource database;
  private final RunQueries runs;
  private final RunAccess access;
  private final DistrictStore districts;
  private final RunRequests requests;

  public RunRoutes(DataSource database, RunRequests requests) {
    Jdbc jdbc = new Jdbc(database);
    this.database = database;
    this.runs = new RunQueries(jdbc);
    this.access = new RunAccess(runs);
    this.districts = new DistrictStore(jdbc);
    this.requests = requests;
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(
            "/api/districts/{id}/runs",
            Access.DISTRICT,
            "The district's runs, newest first: status (comma-separated), from, to, page, pageSize",
            this::listOfDistrict),
        ApiRoute.post(
            "/api/districts/{id}/runs",
            Access.DISTRICT,
            "Run now: takes the district's finished uploads without the quiet period",
            this::runNow),
        ApiRoute.get(
            "/api/runs",
            Access.SUPPORT,
            "Every district's runs, newest first: district, status, from, to, page, pageSize",
            this::list),
        ApiRoute.get(
            "/api/runs/{id}", Access.DISTRICT, "One run: files, counts, timings", this::get),
        ApiRoute.post(
            "/api/runs/{id}/approve",
            Access.DISTRICT,
            "Applies a held run past the guard and reports it to the district",
            this::approve),
        ApiRoute.post(
            "/api/runs/{id}/discard",
            Access.DISTRICT,
            "Discards a held run: nothing of it is applied",
            this::discard));
  }

  private void listOfDistrict(Context ctx, Caller caller) {
    District district = district(ctx, caller);
    Query query = Query.of(ctx, "status", "from", "to", "page", "pageSize");
    Api.ok(ctx, runs.list(filter(query, district.id()), query.page()));
  }

  private void list(Context ctx, Caller caller) {
    Query query = Query.of(ctx, "district", "status", "from", "to", "page", "pageSize");
    String district = query.text("district");
    // A mistyped id is said so, not answered with an empty list that looks like "no runs".
    if (district != null && districts.find(district).isEmpty()) {
      throw Problems.notFound("district " + district);
    }
    Api.ok(ctx, runs.list(filter(query, district), query.page()));
  }

  private static RunQueries.Filter filter(Query query, String district) {
    Set<RunStatus> statuses =
        query.setOf(
            "status", "run statuses: " + Query.labels(RunStatus.values()), RunRoutes::status);
    java.time.Instant from = query.from("from");
    java.time.Instant to = query.until("to");
    if (from != null && to != null && !from.isBefore(to)) {
      throw Problems.badField("from", "a time before to (" + to + ")", from.toString());
    }
    return new RunQueries.Filter(district, statuses, from, to);
  }

  private static RunStatus status(String label) {
    try {
      return RunStatus.of(label);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void get(Context ctx, Caller caller) {
    RunAccess.Found run = access.find(ctx, caller);
    Api.ok(ctx, Map.of("run", detail(run.id())));
  }

  private void runNow(Context ctx, Caller caller) {
    District district = district(ctx, caller);
    if (district.paused()) {
      throw new ConflictResponse(
          "district " + district.id() + " is paused, so it runs nothing; unpause it first");
    }
    RunRequests.Answer<Attempt> answer = decided(() -> requests.runNow(district));
    if (answer.finished().isEmpty()) {
      goesOn(ctx, answer.goingOn(), "GET /api/districts/" + district.id() + "/runs");
      return;
    }
    Attempt attempt = answer.finished().get();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ran", attempt.ran());
    if (attempt.ran()) {
      body.put("run", detail(attempt.run().run()));
    } else {
      body.put("status", "nothing_to_run");
      body.put("message", attempt.whyNothingRan(district.id()));
    }
    body.put("left", attempt.left());
    Api.ok(ctx, body);
  }

  private void approve(Context ctx, Caller caller) {
    RunAccess.Found run = heldRun(ctx, caller, "approved");
    District district =
        districts.find(run.district()).orElseThrow(() -> Problems.notFound("run " + run.id()));
    RunRequests.Answer<RunOutcome> answer = decided(() -> requests.approve(district, run.id()));
    if (answer.finished().isEmpty()) {
      goesOn(ctx, run.id(), "GET /api/runs/" + run.id());
      return;
    }
    Api.ok(ctx, Map.of("run", detail(run.id())));
  }

  /**
   * A run asked for; one that cannot be carried out now (another run of the district is going on,
   * or the held run was decided meanwhile: superseded or discarded) is answered as a conflict.
   */
  private static <T> RunRequests.Answer<T> decided(Supplier<RunRequests.Answer<T>> request) {
    try {
      return request.get();
    } catch (RunConflict e) {
      throw new ConflictResponse(e.getMessage());
    }
  }

  /**
   * 202: the run had not finished when the request's wait ran out, and goes on by itself. The body
   * is the run as it stood a moment later (it may have finished since) and where to follow it.
   */
  private void goesOn(Context ctx, Long run, String orElse) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (run == null) {
      body.put("message", "the run is starting; follow it with " + orElse);
    } else {
      body.put("run", detail(run));
      body.put(
          "message",
          "run "
              + run
              + " had not finished when this answer was sent; it goes on by itself: follow it"
              + " with GET /api/runs/"
              + run);
      ctx.header("Location", "/api/runs/" + run);
    }
    JsonBody.send(ctx, 202, body);
  }

  private void discard(Context ctx, Caller caller) {
    RunAccess.Found run = heldRun(ctx, caller, "discarded");
    try {
      requests.discard(run.district(), run.id());
    } catch (RunConflict e) {
      throw new ConflictResponse(e.getMessage());
    }
    Api.ok(ctx, Map.of("run", detail(run.id())));
  }

  private RunAccess.Found heldRun(Context ctx, Caller caller, String verb) {
    RunAccess.Found run = access.find(ctx, caller);
    RunRow row = new Runs(database).find(run.id()).orElseThrow();
    if (row.status() != RunStatus.HELD) {
      throw new ConflictResponse(
          "run " + run.id() + " is " + row.status().label() + "; only a held run can be " + verb);
    }
    return run;
  }

  /** The district of the route, when the caller may reach it and it exists. */
  private District district(Context ctx, Caller caller) {
    String id = ctx.pathParam("id");
    Problems.requireReach(caller, id);
    return districts.find(id).orElseThrow(() -> Problems.notFound("district " + id));
  }

  private Map<String, Object> detail(long run) {
    return runs.find(run).orElseThrow(() -> Problems.notFound("run " + run));
  }
}
