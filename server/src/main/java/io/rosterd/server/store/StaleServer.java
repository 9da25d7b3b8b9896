package io.rosterd.server.store;

import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is left when a PostgreSQL server was killed (or the machine lost power): a postmaster.pid
 * naming a process that is gone. It is cleared before starting a new server, unless processes of
 * the old server still hold its shared memory — then starting would corrupt the data, so rosterd
 * refuses and says what to do.
 */
final class StaleServer {

  private static final Logger LOG = LoggerFactory.getLogger(StaleServer.class);

  private StaleServer() {}

  static void clear(PostmasterPid stale) throws IOException {
    if (stale.sharedMemoryInUse()) {
      throw new DatabaseUnavailableException(
          "processes of a stopped PostgreSQL (PID "
              + stale.pid()
              + ") still use "
              + stale.file().getParent()
              + "; wait for them to exit, or end them ('ps -ef | grep postgres'), then retry",
          null);
    }
    Files.deleteIfExists(stale.file());
    LOG.warn(
        "cleared {}: the PostgreSQL (PID {}) that wrote it is no longer running",
        stale.file(),
        stale.pid());
  }

  static String notAnswering(PostmasterPid pid) {
    return "a PostgreSQL (PID "
        + pid.pid()
        + ") holds "
        + pid.file().getParent()
        + " but does not accept connections on port "
        + pid.port()
        + "; if it is stuck, stop it ('kill "
        + pid.pid()
        + "') and retry";
  }
}
