package io.rosterd.server.serve;

import io.rosterd.server.credentials.DatabaseSftpAccounts;
import io.rosterd.server.intake.Arrivals;
import io.rosterd.server.intake.DropBox;
import io.rosterd.server.intake.LocalDropBox;
import io.rosterd.server.intake.SftpServer;
import io.rosterd.server.intake.UploadStore;
import io.rosterd.server.schedule.DistrictReports;
import io.rosterd.server.schedule.DistrictRunner;
import io.rosterd.server.schedule.RunObserver;
import io.rosterd.server.schedule.Scheduler;
import io.rosterd.server.store.Database;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.sync.RunPipeline;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * rosterd running: the SFTP drop box, the scheduler and the HTTP side, on one database. Started by
 * {@code rosterd serve}, and in-process by the end-to-end tests on a clock they move.
 */
public final class Service implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Service.class);

  private final ServeConfig config;
  private final SftpServer sftp;
  private final Scheduler scheduler;

  private Service(ServeConfig config, SftpServer sftp, Scheduler scheduler) {
    this.config = config;
    this.sftp = sftp;
    this.scheduler = scheduler;
  }

  /** Starts every part; the scheduler's first tick finishes runs a stopped rosterd left. */
  public static Service start(Database database, ServeConfig config, Clock clock) {
    Jdbc jdbc = database.jdbc();
    DropBox dropBox = new LocalDropBox(config.dataDir());
    UploadStore uploads = new UploadStore(jdbc);
    Scheduler scheduler =
        new Scheduler(
            database.dataSource(),
            runner(database, config.dataDir(), config.schedule().reportsKept(), dropBox, clock),
            config.schedule(),
            clock);
    SftpServer sftp =
        SftpServer.start(config.sftp(), new DatabaseSftpAccounts(jdbc), dropBox, uploads, clock);
    scheduler.start();
    return new Service(config, sftp, scheduler);
  }

  /** What runs a district's drop box: shared with {@code rosterd runs start}. */
  public static DistrictRunner runner(
      Database database, Path dataDir, int reportsKept, DropBox dropBox, Clock clock) {
    return new DistrictRunner(
        new RunPipeline(database.dataSource(), dataDir),
        dropBox,
        new Arrivals(dropBox, new UploadStore(database.jdbc())),
        new DistrictReports(dropBox, clock, reportsKept),
        RunObserver.NONE,
        clock);
  }

  public int sftpPort() {
    return sftp.port();
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  /** Stops taking new runs, lets the current ones finish (or abandons them), closes SFTP. */
  @Override
  public void close() {
    LOG.info("rosterd stopping");
    scheduler.close(config.shutdownGrace());
    sftp.close();
  }
}
