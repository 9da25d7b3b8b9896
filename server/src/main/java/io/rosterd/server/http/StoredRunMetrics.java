package io.rosterd.server.http;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.sync.RunStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges read from the database at each scrape rather than counted in memory, so every rosterd
 * process sharing one database reports the same figures, whichever process ran the runs. When the
 * database does not answer in time, only {@code rosterd_database_up 0} is reported and the
 * in-process metrics are still served.
 */
public final class StoredRunMetrics implements MultiCollector {

  /** Well inside Prometheus's default scrape timeout (10 s). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  static final String UP = "rosterd_database_up";
  static final String RUNS = "rosterd_runs_recorded";
  static final String SINCE_SUCCESS = "rosterd_district_seconds_since_last_success";
  static final String NEVER = "rosterd_districts_without_success";

  private static final Logger LOG = LoggerFactory.getLogger(StoredRunMetrics.class);

  private final Probe<StoredRuns> probe;
  private final Duration timeout;
  private boolean failing; // guarded by this; logs a failure once, not at every scrape

  public StoredRunMetrics(Jdbc jdbc) {
    this(jdbc, DEFAULT_TIMEOUT);
  }

  public StoredRunMetrics(Jdbc jdbc, Duration timeout) {
    this.probe = new Probe<>(() -> StoredRuns.read(jdbc, timeout));
    this.timeout = timeout;
  }

  @Override
  public MetricSnapshots collect() {
    StoredRuns runs = read();
    List<MetricSnapshot> metrics = new ArrayList<>();
    metrics.add(
        gauge(UP, "1 when the database answered the scrape's queries in time, else 0.")
            .dataPoint(point(runs == null ? 0 : 1, Labels.EMPTY))
            .build());
    if (runs != null) {
      metrics.add(runsByStatus(runs));
      metrics.add(sinceSuccess(runs));
      metrics.add(neverSucceeded(runs));
    }
    return new MetricSnapshots(metrics);
  }

  /** Declared so the registry refuses another metric of the same name. */
  @Override
  public List<String> getPrometheusNames() {
    return List.of(UP, RUNS, SINCE_SUCCESS, NEVER);
  }

  private static MetricSnapshot runsByStatus(StoredRuns runs) {
    GaugeSnapshot.Builder gauge =
        gauge(RUNS, "Runs recorded in the database (by every rosterd process), by status.");
    // every status, 0 when absent: a series that vanishes cannot be alerted on
    for (RunStatus status : RunStatus.values()) {
      long count = runs.runsByStatus().getOrDefault(status.label(), 0L);
      gauge.dataPoint(point(count, Labels.of("status", status.label())));
    }
    return gauge.build();
  }

  private static MetricSnapshot sinceSuccess(StoredRuns runs) {
    GaugeSnapshot.Builder gauge =
        gauge(
            SINCE_SUCCESS,
            "Seconds since the district's last successful run finished (applied, applied with"
                + " errors, or unchanged). Districts without one are left out.");
    for (StoredRuns.DistrictAge age : runs.districts()) {
      if (age.secondsSinceSuccess() != null) {
        gauge.dataPoint(point(age.secondsSinceSuccess(), Labels.of("district", age.district())));
      }
    }
    return gauge.build();
  }

  private static MetricSnapshot neverSucceeded(StoredRuns runs) {
    long never = runs.districts().stream().filter(a -> a.secondsSinceSuccess() == null).count();
    return gauge(NEVER, "Districts that have never had a successful run.")
        .dataPoint(point(never, Labels.EMPTY))
        .build();
  }

  /** The stored figures, or null when the database failed or did not answer in time. */
  private StoredRuns read() {
    Future<StoredRuns> started = probe.start();
    try {
      StoredRuns runs = started.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      outcome(null);
      return runs;
    } catch (ExecutionException e) {
      outcome(e.getCause());
    } catch (TimeoutException e) {
      outcome(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
  }

  private synchronized void outcome(Throwable failure) {
    if (failure == null && failing) {
      LOG.info("metrics: the database answers again");
    } else if (failure != null && !failing) {
      LOG.warn("metrics: could not read runs from the database: {}", failure.toString());
      LOG.debug("metrics: database read failed", failure);
    }
    failing = failure != null;
  }

  private static GaugeSnapshot.Builder gauge(String name, String help) {
    return GaugeSnapshot.builder().name(name).help(help);
  }

  private static GaugeDataPointSnapshot point(double value, Labels labels) {
    return GaugeDataPointSnapshot.builder().value(value).labels(labels).build();
  }
}
