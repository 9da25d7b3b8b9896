package io.rosterd.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The counts of a run that found nothing to do: every active record unchanged. */
final class ActiveCounts {
  private ActiveCounts() {}

  static PlanCounts asUnchanged(Connection c, String district) throws SQLException {
    PlanCounts counts = new PlanCounts();
    for (Kind kind : Kind.values()) {
      String sql =
          "select count(*) from " + kind.table() + " where district_id = ? and status = 'active'";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, district);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          counts.of(kind).add(Action.UNCHANGED, r.getLong(1));
        }
      }
    }
    return counts;
  }
}
