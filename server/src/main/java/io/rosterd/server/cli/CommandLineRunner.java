package io.rosterd.server.cli;

import io.rosterd.server.intake.LocalDropBox;
import io.rosterd.server.notify.Notifications;
import io.rosterd.server.schedule.DistrictRunner;
import io.rosterd.server.serve.ServeConfig;
import io.rosterd.server.serve.Service;
import io.rosterd.server.store.Database;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What runs a district from the command line (runs start, approve, discard) beside {@code serve}:
 * the same drop box, reports and run emails as serve's own runs.
 */
final class CommandLineRunner {
  private CommandLineRunner() {}

  static DistrictRunner of(Database database, Path dataDir) {
    return Service.runner(
        database,
        ServeConfig.forCommandLine(dataDir, database.jdbc()),
        new LocalDropBox(dataDir),
        Notifications.forCommandLine(database.jdbc(), Clock.systemUTC()).runs(),
        Clock.systemUTC());
  }
}
