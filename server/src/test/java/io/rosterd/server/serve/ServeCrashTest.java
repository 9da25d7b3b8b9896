package io.rosterd.server.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.oneroster.generate.DistrictGenerator;
import io.rosterd.server.cli.Main;
import io.rosterd.server.credentials.IssuedPassword;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.intake.MinaClient;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.store.SecondJvm;
import io.rosterd.server.sync.RosterFingerprint;
import io.rosterd.server.sync.RunPipeline;
import io.rosterd.server.sync.RunSource;
import io.rosterd.server.sync.Runs;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final Pattern READY = Pattern.compile("rosterd ready: SFTP on [^:]+:(\\d+)");
  private static final List<String> FILES = List.of("orgs.csv", "users.csv", "roles.csv");

  @TempDir Path dir;

  @Test
  void aServeKilledMidRunFinishesTheRunOnRestartAndTheRosterIsAsIfNeverInterrupted()
      throws Exception {
    Path upload = Files.createDirectories(dir.resolve("upload"));
    DistrictGenerator.generate(upload, 60_000, 11, 0.001);
    String password = createDistrict(POSTGRES.jdbc());

    Process first = startServe("first");
    int port = awaitReady("first", first);
    try (MinaClient client = MinaClient.login(port, DISTRICT, password)) {
      for (String name : FILES) {
        try (OutputStream out = client.sftp.write(name)) {
          Files.copy(upload.resolve(name), out);
        }
      }
    }
    long run = awaitRunTakingFiles();
    Thread.sleep(300);
    first.destroyForcibly(); // SIGKILL: no shutdown hook runs
    assertThat(first.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(status(run)).as("the killed run is left running").isEqualTo("running");

    Process second = startServe("second");
    try {
      awaitReady("second", second);
      awaitNoRunRunning();
    } finally {
      second.destroy(); // SIGTERM: a clean stop
      assertThat(second.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }

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

  private Process startServe(String name) throws Exception {
    List<String> args =
        new ArrayList<>(List.of("serve", "--data-dir", dir.resolve("data").toString()));
    args.addAll(List.of("--sftp-bind", "127.0.0.1", "--sftp-port", "0"));
    args.addAll(List.of("--http-bind", "127.0.0.1", "--http-port", "0"));
    args.addAll(List.of("--interval", "2s", "--quiet-period", "1s", "--tick", "200ms"));
    args.addAll(POSTGRES.cliOptions());
    return SecondJvm.start(Main.class, dir.resolve(name + ".out"), args.toArray(String[]::new));
  }

  private int awaitReady(String name, Process process) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      Matcher ready = READY.matcher(Files.readString(dir.resolve(name + ".out")));
      if (ready.find()) {
        return Integer.parseInt(ready.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "serve did not get ready: " + Files.readString(dir.resolve(name + ".out.err")));
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
    return POSTGRES
        .jdbc()
        .query(
            "select status from runs where district_id = ? order by id",
            r -> r.getString(1),
            DISTRICT);
  }

  private long lastRun() {
    return POSTGRES
        .jdbc()
        .queryOne("select max(id) from runs where district_id = ?", r -> r.getLong(1), DISTRICT)
        .orElseThrow();
  }
}
