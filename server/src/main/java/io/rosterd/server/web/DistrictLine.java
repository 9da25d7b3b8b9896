package io.rosterd.server.web;

import java.util.Map;

/**
 * One district's row in the overview, from {@code DistrictHealth}: values to sort by, and the text
 * to show.
 *
 * @param lastRunAt ISO time of the last finished run, or null (sorts as text)
 */
public record DistrictLine(
    String id,
    String name,
    String lastStatus,
    Long lastRun,
    String lastRunAt,
    String nextRunAt,
    Long heldRun,
    long lastErrors,
    boolean paused,
    Long daysSinceSuccess) {

  @SuppressWarnings("unchecked")
  static DistrictLine of(Map<String, Object> row) {
    Map<String, Object> health = (Map<String, Object>) row.get("health");
    return new DistrictLine(
        (String) row.get("id"),
        (String) row.get("name"),
        (String) health.get("lastRunStatus"),
        number(health.get("lastRun")),
        (String) health.get("lastRunFinishedAt"),
        (String) health.get("nextRunAt"),
        number(health.get("heldRun")),
        health.get("lastRunErrors") == null ? 0 : number(health.get("lastRunErrors")),
        (Boolean) row.get("paused"),
        number(health.get("daysSinceLastSuccess")));
  }

  private static Long number(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  public String lastRunText() {
    return Times.text(lastRunAt);
  }

  public String nextRunText() {
    return paused ? "paused" : Times.text(nextRunAt);
  }

  public String daysText() {
    return daysSinceSuccess == null ? "never" : Long.toString(daysSinceSuccess);
  }
}
