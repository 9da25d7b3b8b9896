package io.rosterd.server.web;

import io.javalin.http.Context;
import io.rosterd.oneroster.Issue;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.sync.StoredIssues;
import java.util.ArrayList;
import java.util.List;

/**
 * The issues of a run that match the visitor's filters (severity, code, file, sourcedId), a page at
 * a time; the same filters give the CSV download. Filtered in SQL: a run may have a million issues.
 */
public record IssueQuery(String severity, String code, String file, String sourcedId, int page) {
  public static final int PAGE_SIZE = 50;

  static IssueQuery of(Context ctx) {
    String page = ctx.queryParam("page");
    int number = 1;
    if (page != null && page.matches("\\d{1,6}")) {
      number = Math.max(1, Integer.parseInt(page));
    }
    return new IssueQuery(
        text(ctx, "severity"),
        text(ctx, "code"),
        text(ctx, "file"),
        text(ctx, "sourcedId"),
        number);
  }

  private static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null ? "" : value.strip();
  }

  long count(Jdbc jdbc, long run) {
    List<Object> params = new ArrayList<>();
    String where = where(run, params);
    return jdbc.queryOne(
            "select count(*) from run_issues" + where, r -> r.getLong(1), params.toArray())
        .orElse(0L);
  }

  List<Issue> page(Jdbc jdbc, long run) {
    List<Object> params = new ArrayList<>();
    String where = where(run, params);
    params.add(PAGE_SIZE);
    params.add((long) (page - 1) * PAGE_SIZE);
    return jdbc.query(
        SELECT + where + " order by seq limit ? offset ?", StoredIssues::issue, params.toArray());
  }

  /** Every matching issue, one at a time from the database: a run may have a million. */
  void forEach(Jdbc jdbc, long run, java.util.function.Consumer<Issue> each) {
    List<Object> params = new ArrayList<>();
    String where = where(run, params);
    jdbc.forEachRow(
        SELECT + where + " order by seq",
        r -> each.accept(StoredIssues.issue(r)),
        params.toArray());
  }

  private static final String SELECT = "select " + StoredIssues.COLUMNS + " from run_issues";

  private String where(long run, List<Object> params) {
    StringBuilder where = new StringBuilder(" where run_id = ?");
    params.add(run);
    add(where, params, "severity", severity);
    add(where, params, "code", code);
    add(where, params, "file", file);
    add(where, params, "sourced_id", sourcedId);
    return where.toString();
  }

  private static void add(StringBuilder where, List<Object> params, String column, String value) {
    if (!value.isEmpty()) {
      where.append(" and ").append(column).append(" = ?");
      params.add(value);
    }
  }

  /** The query string of these filters, with page {@code n}; for links. */
  public String link(int n) {
    return csvLink() + "&page=" + n;
  }

  public String csvLink() {
    return "?severity="
        + Links.encode(severity)
        + "&code="
        + Links.encode(code)
        + "&file="
        + Links.encode(file)
        + "&sourcedId="
        + Links.encode(sourcedId);
  }
}
