package io.rosterd.bench;

import io.rosterd.server.store.Jdbc;

/** How many roster rows a run wrote: records it changed, and its change-log entries. */
final class RowWrites {
  private RowWrites() {}

  static long of(Jdbc jdbc, String district, long run) {
    long written = 0;
    for (String table : new String[] {"orgs", "users", "roles"}) {
      written +=
          jdbc.queryOne(
                  "select count(*) from " + table + " where district_id = ? and changed_run = ?",
                  r -> r.getLong(1),
                  district,
                  run)
              .orElseThrow();
    }
    return written
        + jdbc.queryOne("select count(*) from changes where run_id = ?", r -> r.getLong(1), run)
            .orElseThrow();
  }
}
