package io.rosterd.server.sync;

import io.rosterd.server.store.Jdbc;
import java.sql.Connection;

/** Moves a run from one status to another, only if it is still in the expected one. */
final class Transitions {
  private Transitions() {}

  /**
   * Moves the run; back to running clears its finish time, and any other move sets it to now (a
   * discarded run finishes when it is discarded: archive retention counts from then).
   */
  static void set(Connection c, long run, RunStatus from, RunStatus to, String message) {
    int moved =
        Jdbc.on(c)
            .update(
                "update runs set status = ?, message = coalesce(?, message), finished_at = case"
                    + " when ? then clock_timestamp() end"
                    + " where id = ? and status = ?",
                to.label(),
                message,
                to != RunStatus.RUNNING,
                run,
                from.label());
    if (moved != 1) {
      throw new RunConflict("run " + run + " is no longer " + from.label());
    }
  }

  static void fail(Connection c, long run, String message) {
    Jdbc.on(c)
        .update(
            "update runs set status = 'failed', message = ?, finished_at = clock_timestamp()"
                + " where id = ? and status = 'running'",
            message == null ? "the run failed" : message,
            run);
  }
}
