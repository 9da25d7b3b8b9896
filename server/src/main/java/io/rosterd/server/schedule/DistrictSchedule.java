package io.rosterd.server.schedule;

import io.rosterd.server.store.Jdbc;
import java.time.Instant;
import java.util.List;

/**
 * When each district runs next ({@code districts.next_run_at}), shared by every rosterd process on
 * the database. A district that never ran is due at once.
 */
final class DistrictSchedule {
  private final Jdbc jdbc;

  DistrictSchedule(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** The districts due at {@code now} that are not paused, longest overdue first. */
  List<String> due(Instant now) {
    return jdbc.query(
        "select id from districts where not paused and (next_run_at is null or next_run_at <= ?)"
            + " order by next_run_at nulls first, id",
        r -> r.getString(1),
        now);
  }

  boolean isDue(String district, Instant now) {
    return jdbc.queryOne(
            "select next_run_at is null or next_run_at <= ? from districts where id = ?",
            r -> r.getBoolean(1),
            now,
            district)
        .orElse(false);
  }

  /** Districts with a run left {@code running}: going on elsewhere, or left by a crash. */
  List<String> withRunsLeftRunning() {
    return jdbc.query(
        "select distinct district_id from runs where status = 'running' order by 1",
        r -> r.getString(1));
  }

  void setNext(String district, Instant at) {
    jdbc.update("update districts set next_run_at = ? where id = ?", at, district);
  }
}
