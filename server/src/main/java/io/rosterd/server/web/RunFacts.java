package io.rosterd.server.web;

import io.rosterd.server.store.Jdbc;
import java.util.List;

/** The stored files, issue codes and changes of a run, as the run page lists them. */
final class RunFacts {
  static final int CHANGES_SHOWN = 200;

  private RunFacts() {}

  /** The files the run took, then those it left in the drop box (with why). */
  static List<RunView.FileLine> files(Jdbc jdbc, long run) {
    List<RunView.FileLine> files = new java.util.ArrayList<>(taken(jdbc, run));
    for (var left : new io.rosterd.server.schedule.LeftFiles(jdbc).of(run)) {
      files.add(new RunView.FileLine(left.name(), "-", "", 0, 0, 0, 0, "left", left.reason()));
    }
    return files;
  }

  private static List<RunView.FileLine> taken(Jdbc jdbc, long run) {
    return jdbc.query(
        "select name, kind, mode, size, rows, accepted, skipped, status, note from run_files"
            + " where run_id = ? order by name",
        r ->
            new RunView.FileLine(
                r.getString(1),
                r.getString(2),
                r.getString(3) == null ? "" : r.getString(3),
                r.getLong(4),
                r.getLong(5),
                r.getLong(6),
                r.getLong(7),
                r.getString(8),
                r.getString(9)),
        run);
  }

  /** The distinct values of {@code column} ("code" or "file") among the run's issues. */
  static List<String> distinct(Jdbc jdbc, long run, String column) {
    if (!column.equals("code") && !column.equals("file")) {
      throw new IllegalArgumentException("not a filter column: " + column);
    }
    return jdbc.query(
        "select distinct " + column + " from run_issues where run_id = ? order by 1",
        r -> r.getString(1),
        run);
  }

  static List<RunView.ChangeLine> changes(Jdbc jdbc, long run) {
    return jdbc.query(
        "select kind, sourced_id, action, array_to_string(fields, ', ') from changes"
            + " where run_id = ? order by kind, action, sourced_id limit ?",
        r -> new RunView.ChangeLine(r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
        run,
        CHANGES_SHOWN);
  }
}
