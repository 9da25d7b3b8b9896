package io.rosterd.server.sync;

import io.rosterd.oneroster.keys.KeyHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One run per district at a time, across every rosterd process on the database: a transaction
 * advisory lock keyed by the district, released when the run's transaction ends (or its connection
 * dies with a crashed process).
 */
final class Claims {
  private Claims() {}

  static void lockDistrict(Connection c, String district) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
      s.setLong(1, key(district));
      s.execute();
    }
  }

  static long key(String district) {
    return KeyHash.of("rosterd.district:" + district);
  }
}
