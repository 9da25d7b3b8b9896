package io.rosterd.server.sync;

import io.rosterd.server.store.Jdbc;

/**
 * A digest of everything a district's roster holds (every record's key, status, content and enabled
 * flag), so two states can be compared exactly in one query.
 */
public final class RosterFingerprint {
  private RosterFingerprint() {}

  public static String of(Jdbc jdbc, String district) {
    StringBuilder all = new StringBuilder();
    for (Kind kind : Kind.values()) {
      String enabled = kind == Kind.USER ? "enabled::text" : "''";
      String sql =
          "select coalesce(md5(string_agg(sourced_id || ':' || status || ':' || content_hash || ':'"
              + " || "
              + enabled
              + ", ',' order by sourced_id)), 'empty') from "
              + kind.table()
              + " where district_id = ?";
      all.append(kind.plural()).append('=');
      all.append(jdbc.queryOne(sql, r -> r.getString(1), district).orElseThrow()).append(' ');
    }
    return all.toString().trim();
  }
}
