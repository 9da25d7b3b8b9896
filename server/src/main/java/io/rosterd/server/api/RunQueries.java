package io.rosterd.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rosterd.server.schedule.LeftFiles;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.sync.RunStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Runs as the API shows them: filtered lists, newest first, and one run with its files. */
final class RunQueries {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS =
      "id, district_id, status, source, strict, counts::text, error_count, warning_count,"
          + " info_count, message, created_at, started_at, finished_at";

  private final Jdbc jdbc;

  RunQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Which runs to list.
   *
   * @param district null for every district
   * @param from created at or after; null for no bound
   * @param until created before; null for no bound
   */
  record Filter(String district, Set<RunStatus> statuses, Instant from, Instant until) {
    Where where() {
      return new Where()
          .and("district_id = ?", district)
          .in("status", statuses.stream().map(RunStatus::label).toList())
          .and("created_at >= ?", from)
          .and("created_at < ?", until);
    }
  }

  Map<String, Object> list(Filter filter, Page page) {
    Where where = filter.where();
    long total =
        jdbc.queryOne(
                "select count(*) from runs" + where.sql(), r -> r.getLong(1), where.parameters())
            .orElse(0L);
    List<Map<String, Object>> runs =
        jdbc.query(
            "select " + COLUMNS + " from runs" + where.sql() + " order by id desc limit ? offset ?",
            RunQueries::run,
            where.parameters(page.size(), page.offset()));
    return page.answer(total, "runs", runs);
  }

  /** The district a run belongs to; empty when there is no such run. */
  Optional<String> districtOf(long run) {
    return jdbc.queryOne("select district_id from runs where id = ?", r -> r.getString(1), run);
  }

  /** One run with its files; empty when there is no such run. */
  Optional<Map<String, Object>> find(long run) {
    return jdbc.queryOne("select " + COLUMNS + " from runs where id = ?", RunQueries::run, run)
        .map(
            found -> {
              found.put("files", files(run));
              found.put("left", new LeftFiles(jdbc).of(run));
              return found;
            });
  }

  private List<Map<String, Object>> files(long run) {
    return jdbc.query(
        "select name, kind, mode, size, sha256, rows, accepted, skipped, status, note"
            + " from run_files where run_id = ? order by name",
        r -> {
          Map<String, Object> file = new LinkedHashMap<>();
          file.put("name", r.getString("name"));
          file.put("kind", r.getString("kind"));
          file.put("mode", r.getString("mode"));
          file.put("size", r.getLong("size"));
          file.put("sha256", r.getString("sha256"));
          file.put("rows", r.getLong("rows"));
          file.put("accepted", r.getLong("accepted"));
          file.put("skipped", r.getLong("skipped"));
          file.put("status", r.getString("status"));
          file.put("note", r.getString("note"));
          return file;
        },
        run);
  }

  private static Map<String, Object> run(ResultSet r) throws SQLException {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("id", r.getLong("id"));
    run.put("district", r.getString("district_id"));
    run.put("status", r.getString("status"));
    run.put("source", r.getString("source"));
    run.put("strict", r.getBoolean("strict"));
    run.put("message", r.getString("message"));
    run.put("counts", counts(r.getString("counts")));
    Map<String, Object> issues = new LinkedHashMap<>();
    issues.put("errors", r.getLong("error_count"));
    issues.put("warnings", r.getLong("warning_count"));
    issues.put("infos", r.getLong("info_count"));
    run.put("issueCounts", issues);
    Instant started = instant(r.getTimestamp("started_at"));
    Instant finished = instant(r.getTimestamp("finished_at"));
    run.put("createdAt", text(instant(r.getTimestamp("created_at"))));
    run.put("startedAt", text(started));
    run.put("finishedAt", text(finished));
    // An approved run's duration spans the wait for approval: it started when first checked.
    run.put(
        "durationMs",
        started == null || finished == null
            ? null
            : Duration.between(started, finished).toMillis());
    return run;
  }

  private static Object counts(String json) {
    try {
      return JSON.readValue(json, Map.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("runs.counts is JSON written by rosterd: " + json, e);
    }
  }

  private static Instant instant(Timestamp time) {
    return time == null ? null : time.toInstant();
  }

  private static String text(Instant time) {
    return time == null ? null : time.toString();
  }
}
