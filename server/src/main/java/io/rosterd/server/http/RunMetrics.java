package io.rosterd.server.http;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import io.rosterd.oneroster.IssueCounts;
import io.rosterd.server.sync.Action;
import io.rosterd.server.sync.Kind;
import io.rosterd.server.sync.PlanCounts;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.RunStatus;
import java.time.Duration;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The runs this process finished, as counted in memory: the scheduler calls {@link #observe} after
 * each run. They start from zero at every restart (Prometheus's {@code rate()} and {@code
 * increase()} allow for that); figures that must agree across processes come from the database
 * ({@link StoredRunMetrics}).
 */
public final class RunMetrics {

  /** From a no-change run (about a second) to a first load of a large district (an hour). */
  private static final double[] DURATION_BUCKETS = {
    0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600
  };

  /** Only these statuses took their planned changes into the roster; a held run's are pending. */
  private static final Set<RunStatus> APPLIED =
      Set.of(RunStatus.APPLIED, RunStatus.APPLIED_WITH_ERRORS);

  private final Histogram duration;
  private final Counter runs;
  private final Counter rows;
  private final Counter issues;

  /** Registers the metrics in {@code registry}, the one {@code /metrics} serves. */
  public RunMetrics(PrometheusRegistry registry) {
    duration =
        Histogram.builder()
            .name("rosterd_run_duration_seconds")
            .unit(Unit.SECONDS)
            .help("How long the runs this process finished took, by final status.")
            .labelNames("status")
            .classicUpperBounds(DURATION_BUCKETS)
            .classicOnly()
            .withoutExemplars()
            .register(registry);
    runs =
        Counter.builder()
            .name("rosterd_runs_total")
            .help("Runs this process finished, by final status.")
            .labelNames("status")
            .withoutExemplars()
            .register(registry);
    rows =
        Counter.builder()
            .name("rosterd_rows_applied_total")
            .help("Roster records that runs of this process changed, by kind and action.")
            .labelNames("kind", "action")
            .withoutExemplars()
            .register(registry);
    issues =
        Counter.builder()
            .name("rosterd_issues_total")
            .help("Issues found in the uploads that runs of this process read, by severity.")
            .labelNames("severity")
            .withoutExemplars()
            .register(registry);
    zeros();
  }

  /** Counts a finished run that took {@code took}, from start to its final status. */
  public void observe(RunOutcome outcome, Duration took) {
    String status = outcome.status().label();
    duration.labelValues(status).observe(took.toNanos() / 1e9);
    runs.labelValues(status).inc();
    if (APPLIED.contains(outcome.status())) {
      countRows(outcome.counts());
    }
    IssueCounts found = outcome.issueCounts();
    issues.labelValues("error").inc(found.errors());
    issues.labelValues("warning").inc(found.warnings());
    issues.labelValues("info").inc(found.infos());
  }

  private void countRows(PlanCounts counts) {
    eachRowSeries(
        (kind, action) ->
            rows.labelValues(kind.label(), action.label()).inc(counts.of(kind).get(action)));
  }

  /** Kind by action, without "unchanged": those records were not written. */
  private static void eachRowSeries(BiConsumer<Kind, Action> series) {
    for (Kind kind : Kind.values()) {
      for (Action action : Action.values()) {
        if (action != Action.UNCHANGED) {
          series.accept(kind, action);
        }
      }
    }
  }

  /**
   * Shows every counter series at 0 from the start: a series that appears only at its first
   * increment hides that increment from {@code rate()} and from alerts on it.
   */
  private void zeros() {
    for (RunStatus status : RunStatus.values()) {
      if (status != RunStatus.RUNNING) {
        runs.initLabelValues(status.label());
      }
    }
    eachRowSeries((kind, action) -> rows.initLabelValues(kind.label(), action.label()));
    for (String severity : new String[] {"error", "warning", "info"}) {
      issues.initLabelValues(severity);
    }
  }
}
