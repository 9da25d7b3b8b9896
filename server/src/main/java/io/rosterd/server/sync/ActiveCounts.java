package io.rosterd.server.sync;

import io.rosterd.server.store.Jdbc;
import java.sql.Connection;

/** The counts of a run that found nothing to do: every active record unchanged. */
final class ActiveCounts {
  private ActiveCounts() {}

  static PlanCounts asUnchanged(Connection c, String district) {
    PlanCounts counts = new PlanCounts();
    for (Kind kind : Kind.values()) {
      String sql =
          "select count(*) from " + kind.table() + " where district_id = ? and status = 'active'";
      long active = Jdbc.on(c).queryOne(sql, r -> r.getLong(1), district).orElseThrow();
      counts.of(kind).add(Action.UNCHANGED, active);
    }
    return counts;
  }
}
