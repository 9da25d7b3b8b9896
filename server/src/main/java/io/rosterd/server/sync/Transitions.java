package io.rosterd.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Moves a run from one status to another, only if it is still in the expected one. */
final class Transitions {
  private Transitions() {}

  static void set(Connection c, long run, RunStatus from, RunStatus to) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update runs set status = ?, finished_at = case when ? then now() end"
                + " where id = ? and status = ?")) {
      s.setString(1, to.label());
      s.setBoolean(2, to != RunStatus.RUNNING);
      s.setLong(3, run);
      s.setString(4, from.label());
      if (s.executeUpdate() != 1) {
        throw new SyncException("run " + run + " is no longer " + from.label());
      }
    }
  }

  static void fail(Connection c, long run, String message) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update runs set status = 'failed', message = ?, finished_at = now()"
                + " where id = ? and status = 'running'")) {
      s.setString(1, message == null ? "the run failed" : message);
      s.setLong(2, run);
      s.executeUpdate();
    }
  }
}
