package io.rosterd.bench;

import io.rosterd.server.store.Jdbc;

/**
 * Empties a benchmark district's roster so the next round starts from the same database size and
 * its emails are free again (they are unique across districts).
 */
final class Cleanup {
  private Cleanup() {}

  static void district(Jdbc jdbc, String district) {
    for (String table : new String[] {"roles", "users", "orgs"}) {
      jdbc.update("delete from " + table + " where district_id = ?", district);
    }
    jdbc.update("vacuum analyze");
  }
}
