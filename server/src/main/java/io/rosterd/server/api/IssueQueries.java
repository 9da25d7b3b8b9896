package io.rosterd.server.api;

import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.Severity;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.sync.StoredIssues;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A run's issues, filtered, in the order the run found them. */
final class IssueQueries {
  private final Jdbc jdbc;

  IssueQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Which issues of a run: each filter null for any. */
  record Filter(long run, Severity severity, IssueCode code, String file, String sourcedId) {
    Where where() {
      return new Where()
          .and("run_id = ?", run)
          .and("severity = ?", severity == null ? null : severity.label())
          .and("code = ?", code == null ? null : code.code())
          .and("file = ?", file)
          .and("sourced_id = ?", sourcedId);
    }
  }

  Map<String, Object> page(Filter filter, Page page) {
    Where where = filter.where();
    long total =
        jdbc.queryOne(
                "select count(*) from run_issues" + where.sql(),
                r -> r.getLong(1),
                where.parameters())
            .orElse(0L);
    List<Issue> issues =
        jdbc.query(
            "select "
                + StoredIssues.COLUMNS
                + " from run_issues"
                + where.sql()
                + " order by seq limit ? offset ?",
            StoredIssues::issue,
            where.parameters(page.size(), page.offset()));
    return page.answer(total, "issues", issues.stream().map(IssueQueries::json).toList());
  }

  /** Every matching issue to {@code each}, streamed: a run may have a million. */
  void forEach(Filter filter, Consumer<Issue> each) {
    Where where = filter.where();
    jdbc.forEachRow(
        "select " + StoredIssues.COLUMNS + " from run_issues" + where.sql() + " order by seq",
        r -> each.accept(StoredIssues.issue(r)),
        where.parameters());
  }

  /** The fields of {@code rosterd runs issues --format json}. */
  private static Map<String, Object> json(Issue issue) {
    Map<String, Object> json = new java.util.LinkedHashMap<>();
    json.put("severity", issue.severity().label());
    json.put("code", issue.code().code());
    json.put("file", issue.file());
    json.put("line", issue.line());
    json.put("sourcedId", issue.sourcedId());
    json.put("column", issue.column());
    json.put("message", issue.message());
    return json;
  }
}
