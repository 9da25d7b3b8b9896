package io.rosterd.server.api;

import io.javalin.http.Context;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.Severity;
import io.rosterd.server.report.IssueCsv;
import io.rosterd.server.store.Jdbc;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** What a run found and did: its issues (JSON pages or one CSV) and its changes. */
public final class RunRecordRoutes implements RouteGroup {
  private final RunAccess access;
  private final IssueQueries issues;
  private final ChangeQueries changes;

  public RunRecordRoutes(Jdbc jdbc) {
    this.access = new RunAccess(new RunQueries(jdbc));
    this.issues = new IssueQueries(jdbc);
    this.changes = new ChangeQueries(jdbc);
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(
            "/api/runs/{id}/issues",
            Access.DISTRICT,
            "A run's issues: severity, code, file, sourcedId, page, pageSize; format=csv downloads"
                + " every matching issue as formula-safe CSV",
            this::issues),
        ApiRoute.get(
            "/api/runs/{id}/changes",
            Access.DISTRICT,
            "The records a run added, updated, disabled, removed or restored: kind, action, page,"
                + " pageSize",
            this::changes));
  }

  private void issues(Context ctx, Caller caller) throws IOException {
    RunAccess.Found run = access.find(ctx, caller);
    Query query =
        Query.of(ctx, "severity", "code", "file", "sourcedId", "format", "page", "pageSize");
    String format =
        query.one("format", "json or csv", f -> List.of("json", "csv").contains(f) ? f : null);
    IssueQueries.Filter filter =
        new IssueQueries.Filter(
            run.id(),
            query.one("severity", "error, warning or info", or(Severity::of)),
            query.one("code", "an issue code, as listed in docs/errors.md", or(IssueCode::ofCode)),
            query.text("file"),
            query.text("sourcedId"));
    if ("csv".equals(format)) {
      csv(ctx, run, filter);
    } else {
      Api.ok(ctx, issues.page(filter, query.page()));
    }
  }

  /** Every matching issue, streamed: cells a spreadsheet would run as formulas are quoted. */
  private void csv(Context ctx, RunAccess.Found run, IssueQueries.Filter filter)
      throws IOException {
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"" + run.district() + "-run-" + run.id() + "-issues.csv\"");
    Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    IssueCsv.Rows rows = IssueCsv.start(out);
    issues.forEach(filter, rows::write);
    rows.flush();
    out.flush();
  }

  private void changes(Context ctx, Caller caller) {
    RunAccess.Found run = access.find(ctx, caller);
    Query query = Query.of(ctx, "kind", "action", "page", "pageSize");
    String kind = query.one("kind", "org, user or role", known(ChangeQueries.KINDS));
    String action =
        query.one("action", String.join(", ", ChangeQueries.ACTIONS), known(ChangeQueries.ACTIONS));
    Api.ok(ctx, changes.page(run.id(), run.district(), kind, action, query.page()));
  }

  private static Function<String, String> known(List<String> values) {
    return value -> values.contains(value) ? value : null;
  }

  /** {@code read}, with a value it refuses read as none (the query then says what it expected). */
  private static <T> Function<String, T> or(Function<String, T> read) {
    return value -> {
      try {
        return read.apply(value);
      } catch (IllegalArgumentException e) {
        return null;
      }
    };
  }
}
