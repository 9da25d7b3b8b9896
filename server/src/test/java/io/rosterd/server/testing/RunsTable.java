package io.rosterd.server.testing;

import io.rosterd.server.store.Jdbc;
import java.util.List;

/** What tests read back from the runs table. */
public final class RunsTable {
  private RunsTable() {}

  public static List<String> statuses(Jdbc jdbc, String district) {
    return jdbc.query(
        "select status from runs where district_id = ? order by id", r -> r.getString(1), district);
  }

  /** Pairs of runs of one district whose times overlap: must always be none. */
  public static long overlapping(Jdbc jdbc) {
    return jdbc.queryOne(
            "select count(*) from runs a join runs b on a.district_id = b.district_id"
                + " and a.id < b.id and b.started_at < a.finished_at",
            r -> r.getLong(1))
        .orElseThrow();
  }
}
