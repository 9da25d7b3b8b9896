package io.rosterd.server.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's log says what it did (uploads, runs); a command's stays quiet below WARN so its
 * report is all one sees. {@code serve} raises the level to INFO unless one was chosen.
 */
final class LogLevel {
  private LogLevel() {}

  static void infoUnlessSet() {
    if (System.getProperty("rosterd.log.level") == null
        && System.getenv("ROSTERD_LOG_LEVEL") == null
        && LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
      root.setLevel(Level.INFO);
    }
  }
}
