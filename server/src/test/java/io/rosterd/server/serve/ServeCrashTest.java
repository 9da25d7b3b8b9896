package io.rosterd.server.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.oneroster.generate.DistrictGenerator;
import io.rosterd.server.credentials.IssuedPassword;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.intake.MinaClient;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.sync.RosterFingerprint;
import io.rosterd.server.sync.RunPipeline;
import io.rosterd.server.sync.RunSource;
import io.rosterd.server.sync.Runs;
import io.rosterd.server.testing.RunsTable;
import io.rosterd.server.testing.ServeProcess;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rosterd serve} as a process of its own, killed with SIGKILL in the middle of a run and
 * started again: the run completes, nothing uploaded is lost, and the roster is what a run that was
 * never interrupted gives.
 */
final class ServeCrashTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @RegisterExtension static final PostgresExtension REFERENCE = new PostgresExtension();

  private static final String DISTRICT = "crash-serve";
  private static final String[] SCHEDULE = {
    "--interval", "2s", "--quiet-period", "1s", "--tick", "200ms"
  };
  private static final List<String> FILES = List.of("orgs.csv", "users.csv", "roles.csv");

  @TempDir Path dir;

  @Test
  void aServeKilledMidRunFinishesTheRunOnRestartAndTheRosterIsAsIfNeverInterrupted()
      throws Exception {
    Path upload = Files.createDirectories(dir.resolve("upload"));
    DistrictGenerator.generate(upload, 60_000, 11, 0.001);
    String password = createDistrict(POSTGRES.jdbc());

    ServeProcess first = ServeProcess.start(dir, "first", POSTGRES, SCHEDULE);
    int port = first.awaitReady();
    try (MinaClient client = MinaClient.login(port, DISTRICT, password)) {
      for (String name : FILES) {
        try (OutputStream out = client.sftp.write(name)) {
          Files.copy(upload.resolve(name), out);
        }
      }
    }
    long run = awaitRunTakingFiles();
    Thread.sleep(300);
    first.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
    assertThat(first.process().waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(status(run)).as("the killed run is left running").isEqualTo("running");

    ServeProcess second = ServeProcess.start(dir, "second", POSTGRES, SCHEDULE);
    try {
      second.awaitReady();
      awaitNoRunRunning();
    } finally {
      second.process().destroy(); // SIGTERM: a clean stop
      assertThat(second.process().waitFor(1, TimeUnit.MINUTES)).isTrue();
    }
    assertThat(second.errors()).contains("rosterd stopping").doesNotContain("Exception");

    List<String> statuses = statuses();
    assertThat(statuses).as("the run was redone, or failed and its files run again").isNotEmpty();
    assertThat(statuses.get(statuses.size() - 1)).isEqualTo("applied_with_errors");
    long applied = lastRun();
    Path archive = dir.resolve("data/archive/" + DISTRICT + "/" + applied);
    for (String name : FILES) {
      assertThat(archive.resolve(name))
          .as("nothing uploaded is lost")
          .hasSameBinaryContentAs(upload.resolve(name));
    }
    assertThat(RosterFingerprint.of(POSTGRES.jdbc(), DISTRICT)).isEqualTo(reference(upload));
  }

  /** The roster an uninterrupted run of the same files gives, on a database of its own. */
  private String reference(Path upload) {
    createDistrict(REFERENCE.jdbc());
    var district = new DistrictStore(REFERENCE.jdbc()).find(DISTRICT).orElseThrow();
    new RunPipeline(REFERENCE.database().dataSource(), dir.resolve("reference"))
        .run(Runs.settingsOf(district), upload, RunSource.IMPORT, false);
    return RosterFingerprint.of(REFERENCE.jdbc(), DISTRICT);
  }

  private static String createDistrict(Jdbc jdbc) {
    new DistrictStore(jdbc).create(DISTRICT, "Crash", "it@crash.example.org");
    IssuedPassword password = IssuedPassword.generate();
    new SftpAccountStore(jdbc).setPassword(DISTRICT, password.hash());
    return password.password();
  }

  private long awaitRunTakingFiles() throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      Optional<Long> run =
          POSTGRES
              .jdbc()
              .queryOne(
                  "select id from runs where district_id = ? and status = 'running'"
                      + " and archive_path <> ''",
                  r -> r.getLong(1),
                  DISTRICT);
      if (run.isPresent()) {
        return run.get();
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no run took the files within a minute");
  }

  private void awaitNoRunRunning() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      List<String> statuses = statuses();
      if (!statuses.contains("running") && statuses.contains("applied_with_errors")) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the run was not finished after the restart: " + statuses());
  }

  private String status(long run) {
    return POSTGRES
        .jdbc()
        .queryOne("select status from runs where id = ?", r -> r.getString(1), run)
        .orElseThrow();
  }

  private List<String> statuses() {
    return RunsTable.statuses(POSTGRES.jdbc(), DISTRICT);
  }

  private long lastRun() {
    return POSTGRES
        .jdbc()
        .queryOne("select max(id) from runs where district_id = ?", r -> r.getLong(1), DISTRICT)
        .orElseThrow();
  }
}
