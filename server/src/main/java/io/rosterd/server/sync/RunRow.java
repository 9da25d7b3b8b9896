package io.rosterd.server.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** One row of the runs table, as listed and shown. */
public record RunRow(
    long id,
    String district,
    RunStatus status,
    String source,
    String archivePath,
    boolean strict,
    boolean approved,
    PlanCounts counts,
    long errors,
    long warnings,
    long infos,
    String message,
    Instant createdAt,
    Instant finishedAt) {

  RunRow withArchivePath(String path) {
    return new RunRow(
        id,
        district,
        status,
        source,
        path,
        strict,
        approved,
        counts,
        errors,
        warnings,
        infos,
        message,
        createdAt,
        finishedAt);
  }

  static final String SELECT =
      "select id, district_id, status, source, archive_path, strict, counts::text, error_count,"
          + " warning_count, info_count, message, created_at, finished_at, approved from runs";

  static RunRow of(ResultSet r) throws SQLException {
    java.sql.Timestamp finished = r.getTimestamp(13);
    return new RunRow(
        r.getLong(1),
        r.getString(2),
        RunStatus.of(r.getString(3)),
        r.getString(4),
        r.getString(5),
        r.getBoolean(6),
        r.getBoolean(14),
        RunStore.counts(r.getString(7)),
        r.getLong(8),
        r.getLong(9),
        r.getLong(10),
        r.getString(11),
        r.getTimestamp(12).toInstant(),
        finished == null ? null : finished.toInstant());
  }
}
