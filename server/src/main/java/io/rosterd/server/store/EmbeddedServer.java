package io.rosterd.server.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled PostgreSQL on {@code <data-dir>/postgres}, shared by every rosterd process on that
 * data directory: the first that needs it starts it, the others join it. Each process using it
 * holds a shared lock on {@code postgres.users}; the last one to leave stops it, whichever started
 * it — so no command loses its server because another finished first, and a server orphaned by a
 * killed process is stopped by the next one to leave. Starting, joining and leaving are serialised
 * between processes by an exclusive lock on {@code postgres.lock}, and within this JVM by this
 * class's monitor (file locks belong to a whole process).
 */
final class EmbeddedServer {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);
  private static final Map<Path, EmbeddedServer> IN_THIS_JVM = new HashMap<>();
  // Servers this JVM started and left running for other processes: zonky holds a lock on their
  // data until closed, which would stop this JVM from starting a server there again.
  private static final Map<Path, EmbeddedPostgres> LEFT_TO_OTHERS = new HashMap<>();

  static {
    OnExit.register("stopping the bundled PostgreSQL", EmbeddedServer::leaveAll);
  }

  private final Path dataDir;
  private final Path postgresDir;
  private final int port;
  private final EmbeddedPostgres started; // null when another process started it
  private FileChannel usersLock; // open while this process uses the server
  private int users; // leases in this JVM

  private EmbeddedServer(Path dataDir, Path postgresDir, int port, EmbeddedPostgres started) {
    this.dataDir = dataDir;
    this.postgresDir = postgresDir;
    this.port = port;
    this.started = started;
  }

  /** One {@link Database}'s use of the server. */
  static final class Lease {
    private final EmbeddedServer server;
    private final boolean startedServer;
    private boolean released;

    private Lease(EmbeddedServer server, boolean startedServer) {
      this.server = server;
      this.startedServer = startedServer;
    }

    int port() {
      return server.port;
    }

    /** True when taking this lease started the server. */
    boolean startedServer() {
      return startedServer;
    }

    void release() {
      synchronized (EmbeddedServer.class) {
        if (!released) {
          released = true;
          server.leave();
        }
      }
    }
  }

  /** Joins the server running on {@code dataDir}, or starts one. */
  static synchronized Lease acquire(Path dataDir) {
    try {
      Path postgresDir = Files.createDirectories(dataDir.resolve("postgres")).toRealPath();
      return underStartLock(dataDir, () -> startOrJoin(dataDir, postgresDir));
    } catch (IOException e) {
      throw new DatabaseUnavailableException("could not use the data directory " + dataDir, e);
    }
  }

  private static Lease startOrJoin(Path dataDir, Path postgresDir) throws IOException {
    EmbeddedServer inUse = IN_THIS_JVM.get(postgresDir);
    if (inUse != null) {
      return inUse.enter(false);
    }
    OptionalInt running = ServerControl.findRunning(postgresDir);
    if (running.isEmpty()) {
      releaseLeftToOthers(postgresDir);
    }
    return begin(dataDir, postgresDir, running).enter(running.isEmpty());
  }

  private static EmbeddedServer begin(Path dataDir, Path postgresDir, OptionalInt running) {
    EmbeddedServer server =
        running.isPresent()
            ? new EmbeddedServer(dataDir, postgresDir, running.getAsInt(), null)
            : started(dataDir, postgresDir, ServerControl.start(postgresDir, log(dataDir)));
    IN_THIS_JVM.put(postgresDir, server);
    return server;
  }

  private static EmbeddedServer started(Path dataDir, Path postgresDir, EmbeddedPostgres server) {
    return new EmbeddedServer(dataDir, postgresDir, server.getPort(), server);
  }

  private Lease enter(boolean startedNow) throws IOException {
    if (users++ == 0) {
      usersLock = open(dataDir, "postgres.users");
      usersLock.lock(0, Long.MAX_VALUE, true);
    }
    return new Lease(this, startedNow);
  }

  private void leave() {
    if (--users > 0) {
      return;
    }
    try {
      underStartLock(dataDir, this::stopUnlessUsedElsewhere);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Void stopUnlessUsedElsewhere() throws IOException {
    IN_THIS_JVM.remove(postgresDir);
    usersLock.close(); // releases this process's shared lock
    usersLock = null;
    if (!usedByOtherProcesses()) {
      stop();
    } else {
      LOG.info("left PostgreSQL on {} running: other rosterd processes use it", postgresDir);
      if (started != null) {
        LEFT_TO_OTHERS.put(postgresDir, started);
      }
    }
    return null;
  }

  private boolean usedByOtherProcesses() throws IOException {
    try (FileChannel channel = open(dataDir, "postgres.users");
        FileLock alone = channel.tryLock()) {
      return alone == null;
    }
  }

  private void stop() throws IOException {
    if (started != null) {
      started.close(); // pg_ctl stop -m fast
    } else {
      ServerControl.stopStartedElsewhere(postgresDir);
    }
    LOG.info("stopped PostgreSQL on {}", postgresDir);
  }

  /** Its server is gone (stopped by another process): lets go of zonky's lock on the data. */
  private static void releaseLeftToOthers(Path postgresDir) throws IOException {
    EmbeddedPostgres gone = LEFT_TO_OTHERS.remove(postgresDir);
    if (gone != null) {
      gone.close();
    }
  }

  /** At JVM exit, leaves every server still in use, stopping those no other process uses. */
  private static synchronized void leaveAll() {
    for (EmbeddedServer server : List.copyOf(IN_THIS_JVM.values())) {
      server.users = 1;
      server.leave();
    }
  }

  private interface Locked<T> {
    T run() throws IOException;
  }

  /** Runs {@code work} holding postgres.lock, waiting for any other process that holds it. */
  private static <T> T underStartLock(Path dataDir, Locked<T> work) throws IOException {
    try (FileChannel channel = open(dataDir, "postgres.lock")) {
      channel.lock(); // released when the channel closes
      return work.run();
    }
  }

  private static FileChannel open(Path dataDir, String name) throws IOException {
    return FileChannel.open(
        dataDir.resolve(name),
        StandardOpenOption.CREATE,
        StandardOpenOption.READ, // a shared lock needs a readable channel
        StandardOpenOption.WRITE);
  }

  private static Path log(Path dataDir) {
    return dataDir.resolve("postgres.log");
  }
}
