package io.rosterd.server.sync;

import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Refreshes the planner's statistics after a run that wrote much of a table, instead of waiting for
 * autovacuum: the next hourly run then joins its few changed rows through the keys rather than
 * scanning a million.
 */
final class Statistics {
  private static final long MANY = 50_000;

  private Statistics() {}

  static void refreshAfter(DataSource database, RunOutcome outcome) {
    if (outcome.status() != RunStatus.APPLIED
        && outcome.status() != RunStatus.APPLIED_WITH_ERRORS) {
      return;
    }
    List<Kind> written =
        List.of(Kind.values()).stream().filter(k -> writes(outcome, k) >= MANY).toList();
    if (written.isEmpty()) {
      return;
    }
    Tx.run(
        database,
        c -> {
          try (Statement s = c.createStatement()) {
            for (Kind kind : written) {
              s.execute("analyze " + kind.table());
            }
          }
          return null;
        });
  }

  private static long writes(RunOutcome outcome, Kind kind) {
    KindCounts counts = outcome.counts().of(kind);
    return counts.get(Action.ADDED) + counts.get(Action.REMOVED) + counts.get(Action.RESTORED);
  }
}
