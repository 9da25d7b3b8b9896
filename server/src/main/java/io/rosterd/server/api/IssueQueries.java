package io.rosterd.server.api;

import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.Severity;
import io.rosterd.server.store.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A run's issues, filtered, in the order the run found them. */
final class IssueQueries {
  private static final String COLUMNS =
      "severity, code, file, line, sourced_id, column_name, message";

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
                + COLUMNS
                + " from run_issues"
                + where.sql()
                + " order by seq limit ? offset ?",
            IssueQueries::issue,
            where.parameters(page.size(), page.offset()));
    return page.answer(total, "issues", issues.stream().map(IssueQueries::json).toList());
  }

  /** Every matching issue to {@code each}, streamed: a run may have a million. */
  void forEach(Filter filter, Consumer<Issue> each) {
    Where where = filter.where();
    jdbc.forEachRow(
        "select " + COLUMNS + " from run_issues" + where.sql() + " order by seq",
        r -> each.accept(issue(r)),
        where.parameters());
  }

  private static Issue issue(ResultSet r) throws SQLException {
    return new Issue(
        Severity.of(r.getString(1)),
        IssueCode.ofCode(r.getString(2)),
        r.getString(3),
        r.getLong(4),
        r.getString(5),
        r.getString(6),
        r.getString(7));
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
