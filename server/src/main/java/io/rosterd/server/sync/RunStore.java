package io.rosterd.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rosterd.oneroster.IssueCounts;
import io.rosterd.server.store.Jdbc;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The runs table: a run's life from running to a final status, with its counts and issues. */
final class RunStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Map<String, Long>>> COUNTS =
      new TypeReference<>() {};

  private RunStore() {}

  /**
   * Records a new running run; a newer upload supersedes the district's held runs. Run times are
   * read from the clock ({@code clock_timestamp()}), not taken as the start of the transaction
   * ({@code now()}), which would make a long run look instant. A superseded run finishes when it is
   * superseded: archive retention counts from then.
   */
  static long create(Connection c, String district, String source, boolean strict) {
    Jdbc tx = Jdbc.on(c);
    tx.update(
        "update runs set status = 'superseded', finished_at = clock_timestamp(),"
            + " message = 'a newer upload replaced this held run'"
            + " where district_id = ? and status = 'held'",
        district);
    return tx.queryOne(
            "insert into runs (district_id, status, source, archive_path, strict, started_at)"
                + " values (?, 'running', ?, '', ?, clock_timestamp()) returning id",
            r -> r.getLong(1),
            district,
            source,
            strict)
        .orElseThrow();
  }

  static void setArchive(Connection c, long run, String path) {
    Jdbc.on(c).update("update runs set archive_path = ? where id = ?", path, run);
  }

  static void finish(
      Connection c,
      long run,
      RunStatus status,
      PlanCounts counts,
      IssueCounts issues,
      String message) {
    Jdbc.on(c)
        .update(
            "update runs set status = ?, counts = ?::jsonb, error_count = ?, warning_count = ?,"
                + " info_count = ?, message = ?, finished_at = clock_timestamp() where id = ?",
            status.label(),
            json(counts.asMap()),
            issues.errors(),
            issues.warnings(),
            issues.infos(),
            message,
            run);
  }

  static Optional<RunRow> find(Connection c, long run) {
    return Jdbc.on(c).queryOne(RunRow.SELECT + " where id = ?", RunRow::of, run);
  }

  static List<ArchivedFile> files(Connection c, long run) {
    return Jdbc.on(c)
        .query(
            "select name, size, sha256 from run_files where run_id = ? and sha256 <> ''"
                + " order by name",
            r -> new ArchivedFile(r.getString(1), r.getLong(2), r.getString(3)),
            run);
  }

  /** The latest run whose files were fully taken into the roster. */
  static Optional<RunRow> lastApplied(Connection c, String district) {
    return Jdbc.on(c)
        .queryOne(
            RunRow.SELECT
                + " where district_id = ? and status in ('applied', 'applied_with_errors',"
                + " 'unchanged') order by id desc limit 1",
            RunRow::of,
            district);
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("counts are plain maps of numbers", e);
    }
  }

  static PlanCounts counts(String json) {
    try {
      return PlanCounts.of(JSON.readValue(json, COUNTS));
    } catch (JsonProcessingException e) {
      throw new SyncException("stored counts are not readable: " + json, e);
    }
  }
}
