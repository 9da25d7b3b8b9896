package io.rosterd.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rosterd.server.cli.Main;
import io.rosterd.server.district.DistrictStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled PostgreSQL on a real data directory: kept across restarts, shared by every rosterd
 * process on the same data (started by one, joined by the others), and started again after a crash.
 */
final class EmbeddedServerTest {

  @TempDir Path dataDir;

  @Test
  void keepsItsDataWhenStoppedAndStartedAgain() {
    try (Database first = Database.embedded(dataDir)) {
      assertThat(first.startedServer()).isTrue();
      districts(first).create("kept", "Kept District", "it@kept.org");
    }
    assertThat(pidFile()).doesNotExist();

    try (Database again = Database.embedded(dataDir)) {
      assertThat(again.startedServer()).isTrue();
      assertThat(districts(again).find("kept")).isPresent();
    }
  }

  @Test
  void aSecondDatabaseInThisJvmJoinsTheRunningServerAndLeavesItRunning() throws IOException {
    try (Database first = Database.embedded(dataDir)) {
      PostmasterPid running = PostmasterPid.read(postgresDir()).orElseThrow();
      try (Database second = Database.embedded(dataDir)) {
        districts(first).create("joined", "Joined District", "it@joined.org");

        assertThat(second.startedServer()).isFalse();
        assertThat(second.url()).isEqualTo(first.url());
        assertThat(districts(second).find("joined")).isPresent();
      }
      assertThat(districts(first).list()).hasSize(1);
      assertThat(PostmasterPid.read(postgresDir())).contains(running);
    }
    assertThat(pidFile()).as("stopped by the last to leave").doesNotExist();
  }

  @Test
  void aSecondProcessSeesWhatTheFirstWroteWhileTheFirstHoldsTheServer() throws Exception {
    try (Database first = Database.embedded(dataDir)) {
      districts(first).create("shared", "Shared District", "it@shared.org");
      long serverPid = PostmasterPid.read(postgresDir()).orElseThrow().pid();

      SecondJvm.Result list =
          SecondJvm.run(
              Main.class,
              dataDir,
              "district",
              "list",
              "--data-dir",
              dataDir.toString(),
              "--format",
              "json");

      assertThat(list.exitCode()).as("exit status; stderr: %s", list.err()).isZero();
      assertThat(list.out()).contains("\"id\" : \"shared\"");
      assertThat(PostmasterPid.read(postgresDir()).orElseThrow().pid()).isEqualTo(serverPid);
      assertThat(districts(first).find("shared")).isPresent();
    }
    assertThat(pidFile()).doesNotExist();
  }

  @Test
  void twoProcessesStartingAtOnceShareOneServer() throws Exception {
    List<Process> creates = new java.util.ArrayList<>();
    for (String id : List.of("east", "west")) {
      Path output = Files.createTempFile(dataDir, id, ".out");
      creates.add(SecondJvm.start(Main.class, output, createArgs(id)));
    }
    for (Process create : creates) {
      assertThat(create.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
      assertThat(create.exitValue()).as("exit status; output in %s", dataDir).isZero();
    }
    assertThat(pidFile()).as("the last to leave stopped it").doesNotExist();

    try (Database after = Database.embedded(dataDir)) {
      assertThat(districts(after).list()).extracting(d -> d.id()).containsExactly("east", "west");
    }
  }

  private String[] createArgs(String id) {
    return new String[] {
      "district",
      "create",
      "--id",
      id,
      "--name",
      id,
      "--contact-email",
      "it@" + id + ".org",
      "--data-dir",
      dataDir.toString()
    };
  }

  @Test
  void clearsAPostmasterPidLeftByADeadServerAndStarts() throws Exception {
    List<String> written;
    try (Database first = Database.embedded(dataDir)) {
      districts(first).create("survivor", "Survivor District", "it@survivor.org");
      written = Files.readAllLines(pidFile());
    }
    long deadPid = deadProcessId();
    written.set(0, Long.toString(deadPid));
    Files.write(pidFile(), written); // as a killed server, or a power cut, leaves it

    try (Database again = Database.embedded(dataDir)) {
      assertThat(again.startedServer()).isTrue();
      assertThat(districts(again).find("survivor")).isPresent();
      assertThat(PostmasterPid.read(postgresDir()).orElseThrow().pid()).isNotEqualTo(deadPid);
    }
  }

  @Test
  void theProcessThatStartedTheServerLeavesItRunningWhileAnotherUsesIt() throws Exception {
    Process other;
    try (Database first = Database.embedded(dataDir)) {
      districts(first).create("stays", "Stays District", "it@stays.org");
      other = hold("ready, started: false");
    }
    try {
      PostmasterPid running = PostmasterPid.read(postgresDir()).orElseThrow();
      assertThat(ServerControl.serves(running.port(), postgresDir())).isTrue();
      assertSharedMemoryInUse(running);
    } finally {
      other.destroyForcibly().waitFor();
    }
    try (Database last = Database.embedded(dataDir)) {
      assertThat(last.startedServer()).as("joined the server left running").isFalse();
      assertThat(districts(last).find("stays")).isPresent();
    }
    assertThat(pidFile()).as("stopped by the last to leave").doesNotExist();
  }

  @Test
  void aServerOrphanedByAKilledProcessIsJoinedAndStoppedByTheLastToLeave() throws Exception {
    hold("ready, started: true").destroyForcibly().waitFor(); // SIGKILL: PostgreSQL lives on
    PostmasterPid orphan = PostmasterPid.read(postgresDir()).orElseThrow();
    try (Database next = Database.embedded(dataDir)) {
      assertThat(next.startedServer()).isFalse();
      assertThat(districts(next).list()).isEmpty();
    } finally {
      awaitStopped(orphan);
    }
    assertThat(ProcessHandle.of(orphan.pid()).filter(ProcessHandle::isAlive)).isEmpty();
  }

  /** The guard that keeps a new server off data a half-dead one still uses (Linux only). */
  private static void assertSharedMemoryInUse(PostmasterPid running) throws IOException {
    assumeTrue(Files.isReadable(Path.of("/proc/sysvipc/shm")), "Linux shows shared memory");
    assertThat(running.sharedMemoryInUse()).isTrue();
  }

  private static DistrictStore districts(Database database) {
    return new DistrictStore(database.jdbc());
  }

  private Path postgresDir() throws IOException {
    return dataDir.resolve("postgres").toRealPath();
  }

  private Path pidFile() {
    return dataDir.resolve("postgres").resolve(PostmasterPid.NAME);
  }

  private static long deadProcessId() throws Exception {
    Process done = new ProcessBuilder("true").start();
    done.waitFor();
    return done.pid();
  }

  /** Another JVM that opens the database on the data dir and holds it until killed. */
  private Process hold(String readyLine) throws Exception {
    Path output = Files.createTempFile(dataDir, "holder", ".out");
    Process holder = SecondJvm.start(HoldServer.class, output, dataDir.toString());
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!Files.readString(output).contains("ready")) {
      if (!holder.isAlive()) {
        Path errors = output.resolveSibling(output.getFileName() + ".err");
        throw new AssertionError("the holder JVM ended: " + Files.readString(errors));
      }
      assertThat(System.nanoTime()).as("holder ready in time").isLessThan(deadline);
      Thread.sleep(50);
    }
    assertThat(Files.readString(output)).contains(readyLine);
    return holder;
  }

  private void awaitStopped(PostmasterPid server) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (Files.exists(pidFile()) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    if (Files.exists(pidFile())) { // a failed test must not leave a server behind
      ProcessHandle.of(server.pid()).ifPresent(ProcessHandle::destroy);
    }
    assertThat(pidFile()).doesNotExist();
  }
}
