package io.rosterd.server.sync;

import java.util.ArrayList;
import java.util.List;

/** Decides whether a plan removes too much to apply without a person's approval. */
final class Guard {
  private Guard() {}

  /** Why the run must be held, one sentence per kind over the threshold; empty to apply. */
  static List<String> reasons(PlanCounts counts, CurrentRoster current, Thresholds thresholds) {
    List<String> reasons = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      long losing = counts.of(kind).removedOrDisabled();
      long active = current.activeCount(kind);
      if (losing >= thresholds.minimum() && losing * 100.0 > thresholds.percent() * active) {
        reasons.add(
            String.format(
                "%,d of %,d %s would be removed or disabled (more than %s%% and at least %,d)",
                losing, active, kind.plural(), trim(thresholds.percent()), thresholds.minimum()));
      }
    }
    return reasons;
  }

  private static String trim(double percent) {
    return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
  }
}
