package io.rosterd.server.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds, starts and stops the bundled PostgreSQL process on a data directory. */
final class ServerControl {

  static final String USER = "postgres";
  private static final Logger LOG = LoggerFactory.getLogger(ServerControl.class);
  private static final Duration WAIT = Duration.ofSeconds(60);

  private ServerControl() {}

  /** The port of a live server on the data, or empty (after clearing a stale postmaster.pid). */
  static OptionalInt findRunning(Path postgresDir) throws IOException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      PostmasterPid pid = PostmasterPid.read(postgresDir).orElse(null);
      if (pid == null) {
        return OptionalInt.empty();
      }
      if (!pid.mayBeServing(postgresDir)) {
        StaleServer.clear(pid);
        return OptionalInt.empty();
      }
      if (pid.port() > 0 && serves(pid.port(), postgresDir)) {
        return OptionalInt.of(pid.port());
      }
      // Starting up or shutting down: wait for it to settle either way.
      if (System.nanoTime() > deadline) {
        throw new DatabaseUnavailableException(StaleServer.notAnswering(pid), null);
      }
      pause();
    }
  }

  /** True when a PostgreSQL on {@code port} answers and serves {@code postgresDir}. */
  static boolean serves(int port, Path postgresDir) {
    String url =
        "jdbc:postgresql://localhost:" + port + "/postgres?connectTimeout=5&socketTimeout=10";
    try (Connection connection = DriverManager.getConnection(url, USER, "");
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("show data_directory")) {
      return row.next() && Path.of(row.getString(1)).toRealPath().equals(postgresDir);
    } catch (SQLException | IOException e) {
      return false;
    }
  }

  static EmbeddedPostgres start(Path postgresDir, Path log) {
    try {
      EmbeddedPostgres server =
          EmbeddedPostgres.builder()
              .setDataDirectory(postgresDir)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false) // EmbeddedServer decides who stops it, and when
              // zonky's defaults trade durability for test speed; rosterd's data must survive a
              // power cut.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              // Sized for hourly bulk loads of large districts: fewer checkpoints (and full-page
              // writes) in the middle of a million-row load, room for staging in memory.
              .setServerConfig("shared_buffers", "256MB")
              .setServerConfig("max_wal_size", "4GB")
              .setServerConfig("temp_buffers", "128MB")
              .setServerConfig("work_mem", "64MB")
              .setServerConfig("maintenance_work_mem", "256MB")
              // The roster is read through its keys from memory, not from spinning disks: let
              // the planner take an index for a run's few changed rows.
              .setServerConfig("random_page_cost", "1.1")
              .setPGStartupWait(WAIT)
              .setOutputRedirector(Redirect.appendTo(log.toFile()))
              .setErrorRedirector(Redirect.appendTo(log.toFile()))
              .start();
      LOG.info("started PostgreSQL on {} (port {})", postgresDir, server.getPort());
      return server;
    } catch (IOException | RuntimeException e) {
      throw new DatabaseUnavailableException(
          "could not start the bundled PostgreSQL on " + postgresDir + " (its log: " + log + ")",
          e);
    }
  }

  /**
   * Stops a server this process did not start (one left by a process that has exited) the way
   * {@code pg_ctl stop -m fast} does: SIGINT to the postmaster, which rolls back open transactions
   * and ends every session, then waits for it to exit. Java sends only SIGTERM, PostgreSQL's
   * "smart" shutdown, which would wait for forgotten sessions while refusing new ones.
   */
  static void stopStartedElsewhere(Path postgresDir) throws IOException {
    Optional<ProcessHandle> server =
        PostmasterPid.read(postgresDir).flatMap(pid -> ProcessHandle.of(pid.pid()));
    if (server.isEmpty()) {
      return;
    }
    String pid = Long.toString(server.get().pid());
    Process kill = new ProcessBuilder("sh", "-c", "kill -INT \"$1\"", "sh", pid).start();
    try {
      if (kill.waitFor() != 0) {
        server.get().destroy();
      }
      server.get().onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("PostgreSQL (PID {}) on {} did not stop in {}", pid, postgresDir, WAIT);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DatabaseUnavailableException("interrupted while waiting for PostgreSQL", e);
    }
  }
}
