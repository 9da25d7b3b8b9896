package io.rosterd.server.sync;

import io.rosterd.server.store.Jdbc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes the runs a stopped process left {@code running}: redone from their archive when the
 * files got there, otherwise failed, with files caught half-way handed back to the drop box. Only
 * called under the district's claim, so a run still going on in another process is never touched.
 */
final class Recovery {
  private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

  private final DataSource database;
  private final RunArchive archive;

  Recovery(DataSource database, RunArchive archive) {
    this.database = database;
    this.archive = archive;
  }

  List<RunOutcome> recover(DistrictSettings district, Consumer<Path> putBack, RedoRun redo) {
    List<RunOutcome> redone = new ArrayList<>();
    for (RunRow left : leftRunning(district.id())) {
      Path folder = archive.folder(district.id(), left.id());
      RunRow run = adoptIfComplete(left, folder);
      if (!run.archivePath().isEmpty() && Files.isDirectory(Path.of(run.archivePath()))) {
        if (supersededByNewer(run)) {
          continue;
        }
        LOG.warn(
            "redoing run {} of district {}{}, left running by a stopped rosterd",
            run.id(),
            district.id(),
            run.approved() ? " as approved" : "");
        redone.add(redo.redo(run.id(), Path.of(run.archivePath()), run.approved()));
      } else {
        Path partial = RunArchive.partial(folder);
        // An import's partial folder holds copies; only the drop box's files are moved.
        if (Files.isDirectory(partial) && !RunSource.IMPORT.equals(run.source())) {
          putBack.accept(partial);
          RunArchive.deleteIfEmpty(partial);
        }
        String message =
            "rosterd stopped before this run's files were in its archive; any files it had"
                + " taken went back to the drop box for the next run";
        LOG.warn("run {} of district {}: {}", run.id(), district.id(), message);
        Snapshots.fail(database, run.id(), new SyncException(message));
      }
    }
    return redone;
  }

  /**
   * A newer run of the district finished while this one was left: redoing this one now would put
   * older files (past the guard, if it was being approved) over the newer run's roster. It is
   * superseded instead, as a held run is by a newer upload; its files stay in its archive.
   */
  private boolean supersededByNewer(RunRow run) {
    int moved =
        new Jdbc(database)
            .update(
                "update runs set status = 'superseded', finished_at = clock_timestamp(),"
                    + " message = 'rosterd stopped during this run, and a newer run of the"
                    + " district finished before it could be redone; nothing of it was applied'"
                    + " where id = ? and status = 'running' and exists (select 1 from runs n"
                    + " where n.district_id = ? and n.id > ? and n.status <> 'running')",
                run.id(),
                run.district(),
                run.id());
    if (moved == 1) {
      LOG.warn(
          "run {} of district {}, left running by a stopped rosterd, is superseded by a newer run",
          run.id(),
          run.district());
    }
    return moved == 1;
  }

  /**
   * A run stopped between its archive folder's rename and recording it: the files are all there.
   */
  private RunRow adoptIfComplete(RunRow run, Path folder) {
    if (!run.archivePath().isEmpty() || !Files.isDirectory(folder)) {
      return run;
    }
    Snapshots.adopt(database, run.id(), folder);
    return run.withArchivePath(folder.toString());
  }

  private List<RunRow> leftRunning(String district) {
    return new Jdbc(database)
        .query(
            RunRow.SELECT + " where district_id = ? and status = 'running' order by id",
            RunRow::of,
            district);
  }

  @FunctionalInterface
  interface RedoRun {
    /**
     * @param approved whether support approved the run past its guard before the process stopped
     */
    RunOutcome redo(long run, Path folder, boolean approved);
  }
}
