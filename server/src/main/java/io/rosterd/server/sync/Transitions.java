package io.rosterd.server.sync;

import io.rosterd.server.store.Jdbc;
import java.sql.Connection;

/** Moves a run from one status to another, only if it is still in the expected one. */
final class Transitions {
  private Transitions() {}

  static void set(Connection c, long run, RunStatus from, RunStatus to) {
    int moved =
        Jdbc.on(c)
            .update(
                "update runs set status = ?, finished_at = case when ? then now() end"
                    + " where id = ? and status = ?",
                to.label(),
                to != RunStatus.RUNNING,
                run,
                from.label());
    if (moved != 1) {
      throw new SyncException("run " + run + " is no longer " + from.label());
    }
  }

  static void fail(Connection c, long run, String message) {
    Jdbc.on(c)
        .update(
            "update runs set status = 'failed', message = ?, finished_at = now()"
                + " where id = ? and status = 'running'",
            message == null ? "the run failed" : message,
            run);
  }
}
