package io.rosterd.server.sync;

import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A run's issues as the {@code run_issues} table keeps them: the columns, and a row read back. */
public final class StoredIssues {
  /** The columns {@link #issue} reads, in its order. */
  public static final String COLUMNS =
      "severity, code, file, line, sourced_id, column_name, message";

  private StoredIssues() {}

  public static Issue issue(ResultSet r) throws SQLException {
    return new Issue(
        Severity.of(r.getString(1)),
        IssueCode.ofCode(r.getString(2)),
        r.getString(3),
        r.getLong(4),
        r.getString(5),
        r.getString(6),
        r.getString(7));
  }
}
