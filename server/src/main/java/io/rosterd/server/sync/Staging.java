package io.rosterd.server.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * The temporary tables a run stages into, dropped when its transaction ends: one per kind for the
 * records that change, and one for the keys of records a bulk file left out.
 */
final class Staging {
  static final String REMOVED = "stage_removed";
  private static final String LEADING = "action, line, sourced_id, key_hash, content_hash";

  private Staging() {}

  static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (Kind kind : Kind.values()) {
        statement.execute(
            "create temp table "
                + kind.stagingTable()
                + " on commit drop as select ''::text as action, 0::bigint as line, sourced_id,"
                + " key_hash, content_hash, "
                + kind.columnList()
                + " from "
                + kind.table()
                + " with no data");
      }
      statement.execute(
          "create temp table " + REMOVED + " (kind text, key_hash bigint) on commit drop");
    }
  }

  static String copyColumns(Kind kind) {
    return LEADING + ", " + kind.columnList();
  }

  /**
   * Stages the keys of the active records that a bulk file of their kind left out, and counts them
   * as removed.
   */
  static void removals(
      Connection connection, CurrentRoster current, Set<Kind> bulk, PlanCounts counts)
      throws SQLException {
    if (bulk.isEmpty()) {
      return;
    }
    try (CopyWriter copy = new CopyWriter(connection, REMOVED, "kind, key_hash")) {
      for (Kind kind : bulk) {
        current.forEachUnseenActive(
            kind,
            (key, state) -> {
              copy.text(kind.label()).number(key).endRow();
              counts.of(kind).count(Action.REMOVED);
            });
      }
    }
  }

  static void analyze(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (Kind kind : Kind.values()) {
        statement.execute("analyze " + kind.stagingTable());
      }
      statement.execute("analyze " + REMOVED);
    }
  }
}
