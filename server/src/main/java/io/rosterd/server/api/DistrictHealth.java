package io.rosterd.server.api;

import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.store.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each district is doing, in one query: its last run, next run, a held run waiting, the last
 * run's errors, and when it last succeeded. What support scans every morning.
 */
public final class DistrictHealth {
  private static final String SELECT =
      "select d.id, d.name, d.contact_email, d.paused, d.strict, d.threshold_percent,"
          + " d.threshold_min, d.run_interval_seconds, d.next_run_at,"
          + " last.id as last_run, last.status as last_status, last.finished_at as last_finished,"
          + " last.error_count as last_errors,"
          + " (select min(h.id) from runs h where h.district_id = d.id and h.status = 'held')"
          + "   as held_run,"
          + " (select max(s.finished_at) from runs s where s.district_id = d.id"
          + "   and s.status in ('applied', 'applied_with_errors', 'unchanged')) as last_success"
          + " from districts d left join lateral (select r.* from runs r where r.district_id = d.id"
          + "   and r.status not in ('running') order by r.id desc limit 1) last on true";

  private final Jdbc jdbc;

  public DistrictHealth(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public List<Map<String, Object>> all() {
    return jdbc.query(SELECT + " order by d.id", DistrictHealth::row);
  }

  public List<Map<String, Object>> of(String district) {
    return jdbc.query(SELECT + " where d.id = ?", DistrictHealth::row, district);
  }

  private static Map<String, Object> row(ResultSet r) throws SQLException {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", r.getString("id"));
    d.put("name", r.getString("name"));
    d.put("contactEmail", r.getString("contact_email"));
    d.put("paused", r.getBoolean("paused"));
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put(
        "thresholdPercent", DistrictStore.plainPercent(r.getBigDecimal("threshold_percent")));
    settings.put("thresholdMin", r.getInt("threshold_min"));
    settings.put("strict", r.getBoolean("strict"));
    settings.put("paused", r.getBoolean("paused"));
    Object interval = r.getObject("run_interval_seconds");
    settings.put("runIntervalSeconds", interval);
    d.put("settings", settings);
    Map<String, Object> health = new LinkedHashMap<>();
    health.put("lastRun", r.getObject("last_run"));
    health.put("lastRunStatus", r.getString("last_status"));
    health.put("lastRunFinishedAt", text(r, "last_finished"));
    health.put("lastRunErrors", r.getObject("last_errors"));
    health.put("heldRun", r.getObject("held_run"));
    health.put("nextRunAt", text(r, "next_run_at"));
    health.put("lastSuccessAt", text(r, "last_success"));
    java.sql.Timestamp success = r.getTimestamp("last_success");
    health.put(
        "daysSinceLastSuccess",
        success == null
            ? null
            : java.time.Duration.between(success.toInstant(), Instant.now()).toDays());
    d.put("health", health);
    return d;
  }

  private static String text(ResultSet r, String column) throws SQLException {
    java.sql.Timestamp time = r.getTimestamp(column);
    return time == null ? null : time.toInstant().toString();
  }
}
