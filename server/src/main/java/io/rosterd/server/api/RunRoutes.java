package io.rosterd.server.api;

import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.schedule.Attempt;
import io.rosterd.server.schedule.DistrictRunner;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.sync.DistrictClaim;
import io.rosterd.server.sync.RunPipeline;
import io.rosterd.server.sync.RunRow;
import io.rosterd.server.sync.RunStatus;
import io.rosterd.server.sync.Runs;
import io.rosterd.server.sync.SyncException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Runs: lists, one run, run now, and approving or discarding a held run. Run now and approve take
 * the district's claim as {@code rosterd runs start|approve} do, but wait for it only briefly: an
 * HTTP client should hear "busy, try again" rather than hang while another run finishes.
 */
public final class RunRoutes implements RouteGroup {
  private static final Duration CLAIM_WAIT = Duration.ofSeconds(10);

  private final DataSource database;
  private final RunQueries runs;
  private final RunAccess access;
  private final DistrictStore districts;
  private final DistrictRunner runner;
  private final RunPipeline pipeline;

  public RunRoutes(DataSource database, DistrictRunner runner, Path dataDir) {
    Jdbc jdbc = new Jdbc(database);
    this.database = database;
    this.runs = new RunQueries(jdbc);
    this.access = new RunAccess(runs);
    this.districts = new DistrictStore(jdbc);
    this.runner = runner;
    this.pipeline = new RunPipeline(database, dataDir);
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
    Api.ok(ctx, runs.list(filter(query, query.text("district")), query.page()));
  }

  private static RunQueries.Filter filter(Query query, String district) {
    Set<RunStatus> statuses =
        query.setOf(
            "status", "run statuses: " + Query.labels(RunStatus.values()), RunRoutes::status);
    return new RunQueries.Filter(district, statuses, query.from("from"), query.until("to"));
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
    Attempt attempt;
    try (DistrictClaim claim = claim(district.id())) {
      attempt = runner.attempt(claim, district, null);
    }
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
    try (DistrictClaim claim = claim(run.district())) {
      runner.approve(claim, district, run.id());
    } catch (SyncException e) { // decided meanwhile: superseded by a newer upload, or discarded
      throw new ConflictResponse(e.getMessage());
    }
    Api.ok(ctx, Map.of("run", detail(run.id())));
  }

  private void discard(Context ctx, Caller caller) {
    RunAccess.Found run = heldRun(ctx, caller, "discarded");
    try {
      pipeline.discard(run.district(), run.id());
    } catch (SyncException e) {
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

  private DistrictClaim claim(String district) {
    return DistrictClaim.take(database, district, CLAIM_WAIT)
        .orElseThrow(
            () ->
                new ConflictResponse(
                    "another run of district "
                        + district
                        + " is going on; try again when it has finished"));
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
