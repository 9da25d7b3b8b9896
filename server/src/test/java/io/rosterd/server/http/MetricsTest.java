package io.rosterd.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.rosterd.oneroster.IssueCounts;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.sync.PlanCounts;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.RunStatus;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /metrics} over real HTTP: runs observed in this process, and figures read from a real
 * database's runs table at scrape time. Tests share the class's database, so each uses its own
 * districts and compares stored counts with a scrape taken before it wrote.
 */
final class MetricsTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  /** Every server a test started; stopped after the class. */
  private static final List<HttpServer> SERVERS = new CopyOnWriteArrayList<>();

  @AfterAll
  static void stopServers() {
    SERVERS.forEach(HttpServer::close);
  }

  @Test
  void observedRunsAreCountedByStatusKindActionAndSeverity() {
    Served served = serve(POSTGRES.jdbc());
    PlanCounts counts =
        PlanCounts.of(
            Map.of(
                "users", Map.of("added", 3L, "updated", 2L, "unchanged", 40L),
                "roles", Map.of("removed", 1L)));
    served.runs().observe(outcome(RunStatus.APPLIED, counts, 1, 2, 3), Duration.ofSeconds(3));
    served.runs().observe(outcome(RunStatus.HELD, counts, 0, 5, 0), Duration.ofMillis(700));

    PrometheusText metrics = served.scrape();

    assertThat(metrics.value("rosterd_runs_total", "status", "applied")).hasValue(1);
    assertThat(metrics.value("rosterd_runs_total", "status", "held")).hasValue(1);
    assertThat(metrics.value("rosterd_runs_total", "status", "failed")).hasValue(0);
    // a held run's changes are only planned: counted once, for the applied run
    assertThat(metrics.value("rosterd_rows_applied_total", "kind", "user", "action", "added"))
        .hasValue(3);
    assertThat(metrics.value("rosterd_rows_applied_total", "kind", "user", "action", "updated"))
        .hasValue(2);
    assertThat(metrics.value("rosterd_rows_applied_total", "kind", "role", "action", "removed"))
        .hasValue(1);
    assertThat(metrics.value("rosterd_rows_applied_total", "kind", "org", "action", "added"))
        .hasValue(0);
    assertThat(metrics.value("rosterd_rows_applied_total", "kind", "user", "action", "unchanged"))
        .isEmpty();
    assertThat(metrics.value("rosterd_issues_total", "severity", "error")).hasValue(1);
    assertThat(metrics.value("rosterd_issues_total", "severity", "warning")).hasValue(7);
    assertThat(metrics.value("rosterd_issues_total", "severity", "info")).hasValue(3);
    assertThat(metrics.typeOf("rosterd_runs_total")).isEqualTo("counter");
    assertThat(metrics.helpOf("rosterd_runs_total")).isNotBlank();
  }

  @Test
  void runDurationsAreAHistogramInSecondsByStatus() {
    Served served = serve(POSTGRES.jdbc());
    served.runs().observe(outcome(RunStatus.APPLIED, new PlanCounts(), 0, 0, 0), seconds(3));
    served.runs().observe(outcome(RunStatus.APPLIED, new PlanCounts(), 0, 0, 0), seconds(40));
    served.runs().observe(outcome(RunStatus.UNCHANGED, new PlanCounts(), 0, 0, 0), seconds(1));

    PrometheusText metrics = served.scrape();

    String name = "rosterd_run_duration_seconds";
    assertThat(metrics.typeOf(name)).isEqualTo("histogram");
    assertThat(metrics.value(name + "_count", "status", "applied")).hasValue(2);
    assertThat(metrics.value(name + "_sum", "status", "applied")).hasValue(43);
    assertThat(metrics.value(name + "_bucket", "status", "applied", "le", "2.5")).hasValue(0);
    assertThat(metrics.value(name + "_bucket", "status", "applied", "le", "5.0")).hasValue(1);
    assertThat(metrics.value(name + "_bucket", "status", "applied", "le", "60.0")).hasValue(2);
    assertThat(metrics.value(name + "_bucket", "status", "applied", "le", "+Inf")).hasValue(2);
    assertThat(metrics.value(name + "_count", "status", "unchanged")).hasValue(1);
  }

  @Test
  void storedRunsAndTheAgeOfEachDistrictsLastSuccessComeFromTheDatabase() {
    Jdbc jdbc = POSTGRES.jdbc();
    PrometheusText before = serve(jdbc).scrape();
    district(jdbc, "metrics-north");
    run(jdbc, "metrics-north", "applied_with_errors", 600); // an earlier success
    run(jdbc, "metrics-north", "applied", 90); // the last success
    run(jdbc, "metrics-north", "failed", 30); // later, but not a success
    district(jdbc, "metrics-south");
    run(jdbc, "metrics-south", "rejected", 10);
    district(jdbc, "metrics-east");
    run(jdbc, "metrics-east", "unchanged", 5);

    PrometheusText after = serve(jdbc).scrape();

    assertThat(after.value(StoredRunMetrics.UP)).hasValue(1);
    assertThat(increase(before, after, "applied")).isEqualTo(1);
    assertThat(increase(before, after, "failed")).isEqualTo(1);
    assertThat(increase(before, after, "rejected")).isEqualTo(1);
    assertThat(increase(before, after, "held")).isEqualTo(0);
    assertThat(after.typeOf(StoredRunMetrics.RUNS)).isEqualTo("gauge");
    assertThat(
            after.value(StoredRunMetrics.SINCE_SUCCESS, "district", "metrics-north").orElseThrow())
        .isCloseTo(90, within(30.0));
    assertThat(
            after.value(StoredRunMetrics.SINCE_SUCCESS, "district", "metrics-east").orElseThrow())
        .isCloseTo(5, within(30.0));
    assertThat(after.value(StoredRunMetrics.SINCE_SUCCESS, "district", "metrics-south")).isEmpty();
    assertThat(
            after.value(StoredRunMetrics.NEVER).orElseThrow()
                - before.value(StoredRunMetrics.NEVER).orElseThrow())
        .isEqualTo(1);
  }

  @Test
  void anUnreachableDatabaseLeavesTheInProcessMetricsServed() {
    Served served = serve(new Jdbc(Http.unreachableDatabase()));
    served.runs().observe(outcome(RunStatus.FAILED, new PlanCounts(), 0, 0, 0), seconds(2));

    HttpResponse<String> response = Http.get(served.server(), "/metrics");
    PrometheusText metrics = PrometheusText.parse(response.body());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(metrics.value(StoredRunMetrics.UP)).hasValue(0);
    assertThat(metrics.value(StoredRunMetrics.NEVER)).isEmpty();
    assertThat(metrics.value("rosterd_runs_total", "status", "failed")).hasValue(1);
  }

  @Test
  void theAnswerIsPrometheusText() {
    HttpResponse<String> response = Http.get(serve(POSTGRES.jdbc()).server(), "/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/plain; version=0.0.4");
    PrometheusText metrics = PrometheusText.parse(response.body());
    assertThat(metrics.sampleKeys()).allMatch(key -> key.startsWith("rosterd_"));
    assertThat(metrics.value(StoredRunMetrics.RUNS, "status", "running")).isPresent();
  }

  @Test
  void withATokenSetAScrapeMustCarryItExactly() {
    String token = "metrics-token-0123456789abcdef";
    PrometheusRegistry registry = new PrometheusRegistry();
    new RunMetrics(registry);
    HttpServer server =
        HttpServer.start("127.0.0.1", 0, new MetricsRoutes(registry, Optional.of(token)));
    SERVERS.add(server);

    HttpResponse<String> without = Http.get(server, "/metrics");
    HttpResponse<String> wrong =
        Http.send(server, "GET", "/metrics", "Authorization", "Bearer " + token + "x");
    HttpResponse<String> right =
        Http.send(server, "GET", "/metrics", "Authorization", "Bearer " + token);

    assertThat(without.statusCode()).isEqualTo(401);
    assertThat(without.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"metrics\"");
    assertThat(without.body()).contains("--metrics-token").doesNotContain("rosterd_runs_total");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain("rosterd_runs_total");
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(PrometheusText.parse(right.body()).value("rosterd_runs_total", "status", "applied"))
        .hasValue(0);
  }

  /** A server with its own registry, so tests do not see each other's counts. */
  private record Served(HttpServer server, RunMetrics runs) {
    PrometheusText scrape() {
      HttpResponse<String> response = Http.get(server, "/metrics");
      assertThat(response.statusCode()).isEqualTo(200);
      return PrometheusText.parse(response.body());
    }
  }

  private static Served serve(Jdbc jdbc) {
    PrometheusRegistry registry = new PrometheusRegistry();
    RunMetrics runs = new RunMetrics(registry);
    registry.register(new StoredRunMetrics(jdbc, Duration.ofSeconds(3)));
    HttpServer server = HttpServer.start("127.0.0.1", 0, new MetricsRoutes(registry));
    SERVERS.add(server);
    return new Served(server, runs);
  }

  private static RunOutcome outcome(
      RunStatus status, PlanCounts counts, long errors, long warnings, long infos) {
    return new RunOutcome(
        1L,
        "metrics",
        status,
        counts,
        List.of(),
        List.of(),
        new IssueCounts(errors, warnings, infos),
        "");
  }

  private static Duration seconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  private static double increase(PrometheusText before, PrometheusText after, String status) {
    return after.value(StoredRunMetrics.RUNS, "status", status).orElseThrow()
        - before.value(StoredRunMetrics.RUNS, "status", status).orElseThrow();
  }

  private static void district(Jdbc jdbc, String id) {
    new DistrictStore(jdbc).create(id, "District " + id, "it@" + id + ".example.org");
  }

  /** A run of {@code district} that finished {@code secondsAgo}, as the sync pipeline stores it. */
  private static void run(Jdbc jdbc, String district, String status, int secondsAgo) {
    jdbc.update(
        "insert into runs (district_id, status, source, archive_path, strict, started_at,"
            + " finished_at) values (?, ?, 'upload', '', false,"
            + " now() - make_interval(secs => ?) - interval '1 second',"
            + " now() - make_interval(secs => ?))",
        district,
        status,
        secondsAgo,
        secondsAgo);
  }
}
