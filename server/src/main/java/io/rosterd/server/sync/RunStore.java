package io.rosterd.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rosterd.oneroster.IssueCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The runs table: a run's life from running to a final status, with its counts and issues. */
final class RunStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Map<String, Long>>> COUNTS =
      new TypeReference<>() {};

  private RunStore() {}

  /** Records a new running run; a newer upload supersedes the district's held runs. */
  static long create(Connection c, String district, String source, boolean strict)
      throws SQLException {
    try (PreparedStatement supersede =
        c.prepareStatement(
            "update runs set status = 'superseded', finished_at = now(),"
                + " message = 'a newer upload replaced this held run'"
                + " where district_id = ? and status = 'held'")) {
      supersede.setString(1, district);
      supersede.executeUpdate();
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into runs (district_id, status, source, archive_path, strict, started_at)"
                + " values (?, 'running', ?, '', ?, now()) returning id")) {
      insert.setString(1, district);
      insert.setString(2, source);
      insert.setBoolean(3, strict);
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  static void setArchive(Connection c, long run, String path) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("update runs set archive_path = ? where id = ?")) {
      s.setString(1, path);
      s.setLong(2, run);
      s.executeUpdate();
    }
  }

  static void finish(
      Connection c,
      long run,
      RunStatus status,
      PlanCounts counts,
      IssueCounts issues,
      String message)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update runs set status = ?, counts = ?::jsonb, error_count = ?, warning_count = ?,"
                + " info_count = ?, message = ?, finished_at = now() where id = ?")) {
      s.setString(1, status.label());
      s.setString(2, json(counts.asMap()));
      s.setLong(3, issues.errors());
      s.setLong(4, issues.warnings());
      s.setLong(5, issues.infos());
      s.setString(6, message);
      s.setLong(7, run);
      s.executeUpdate();
    }
  }

  static Optional<RunRow> find(Connection c, long run) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(RunRow.SELECT + " where id = ?")) {
      s.setLong(1, run);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? Optional.of(RunRow.of(rows)) : Optional.empty();
      }
    }
  }

  static List<ArchivedFile> files(Connection c, long run) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select name, size, sha256 from run_files where run_id = ? and sha256 <> ''"
                + " order by name")) {
      s.setLong(1, run);
      try (ResultSet rows = s.executeQuery()) {
        List<ArchivedFile> files = new java.util.ArrayList<>();
        while (rows.next()) {
          files.add(new ArchivedFile(rows.getString(1), rows.getLong(2), rows.getString(3)));
        }
        return files;
      }
    }
  }

  /** The latest run whose files were fully taken into the roster. */
  static Optional<RunRow> lastApplied(Connection c, String district) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            RunRow.SELECT
                + " where district_id = ? and status in ('applied', 'applied_with_errors',"
                + " 'unchanged') order by id desc limit 1")) {
      s.setString(1, district);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? Optional.of(RunRow.of(rows)) : Optional.empty();
      }
    }
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
