package io.rosterd.server.sync;

import io.rosterd.oneroster.FileReport;
import io.rosterd.oneroster.Issue;
import io.rosterd.server.store.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The files and issues of a run, stored beside it. */
final class RunRecords {
  private RunRecords() {}

  /** Stores the archived files merged with what reading made of each (by name). */
  static void saveFiles(
      Connection c, long run, List<ArchivedFile> archived, List<FileReport> reports)
      throws SQLException {
    Jdbc.on(c).update("delete from run_files where run_id = ?", run);
    Map<String, FileReport> byName = new HashMap<>();
    reports.forEach(r -> byName.put(r.name(), r));
    try (CopyWriter copy =
        new CopyWriter(
            c,
            "run_files",
            "run_id, name, kind, mode, size, sha256, rows, accepted, skipped, status, note")) {
      for (ArchivedFile file : archived) {
        FileReport report = byName.remove(file.name());
        writeFile(copy, run, file.name(), file.size(), file.sha256(), report);
      }
      for (FileReport report : byName.values()) {
        writeFile(copy, run, report.name(), 0, "", report);
      }
    }
  }

  private static void writeFile(
      CopyWriter copy, long run, String name, long size, String sha256, FileReport report) {
    copy.number(run).text(name);
    if (report == null) {
      copy.text("archive").nullValue().number(size).text(sha256).number(0).number(0).number(0);
      copy.text(FileReport.READ).text("").endRow();
      return;
    }
    copy.text(report.kind());
    if (report.mode() == null) {
      copy.nullValue();
    } else {
      copy.text(report.mode().label());
    }
    copy.number(size).text(sha256).number(report.rows()).number(report.accepted());
    copy.number(report.skipped()).text(report.status()).text(report.note()).endRow();
  }

  /** Stores the issues of a run, replacing any from an earlier pass (a held run approved). */
  static void saveIssues(Connection c, long run, List<Issue> issues) throws SQLException {
    Jdbc.on(c).update("delete from run_issues where run_id = ?", run);
    try (CopyWriter copy =
        new CopyWriter(
            c,
            "run_issues",
            "run_id, seq, severity, code, file, line, sourced_id, column_name, message")) {
      int seq = 0;
      for (Issue issue : issues) {
        copy.number(run).number(++seq).text(issue.severity().label()).text(issue.code().code());
        copy.text(issue.file()).number(issue.line()).text(issue.sourcedId());
        copy.text(issue.column()).text(issue.message()).endRow();
      }
    }
  }

  static List<Issue> issues(Connection c, long run) {
    return Jdbc.on(c)
        .query(
            "select " + StoredIssues.COLUMNS + " from run_issues where run_id = ? order by seq",
            StoredIssues::issue,
            run);
  }
}
