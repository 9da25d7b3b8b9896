package io.rosterd.server.sync;

import io.rosterd.oneroster.keys.KeyHash;
import io.rosterd.server.store.Jdbc;
import java.sql.Connection;

/**
 * One run per district at a time, across every rosterd process on the database: a transaction
 * advisory lock keyed by the district, released when the run's transaction ends (or its connection
 * dies with a crashed process).
 */
final class Claims {
  private Claims() {}

  static void lockDistrict(Connection c, String district) {
    Jdbc.on(c).queryOne("select pg_advisory_xact_lock(?)", r -> true, key(district));
  }

  static long key(String district) {
    return KeyHash.of("rosterd.district:" + district);
  }
}
