package io.rosterd.server.sync;

import io.rosterd.oneroster.IssueCounts;
import io.rosterd.server.store.Jdbc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Takes an upload into a new run's archive and spots the hourly "same files again" case, which is
 * then finished at once as unchanged. Also moves held runs on (approve, discard) and marks
 * failures.
 */
final class Snapshots {
  private Snapshots() {}

  static Snapshot take(
      DataSource db, RunArchive archive, DistrictSettings district, Path upload, String source) {
    long run = Tx.run(db, c -> RunStore.create(c, district.id(), source, district.strict()));
    Path folder = archive.folder(district.id(), run);
    List<ArchivedFile> files = copy(db, archive, upload, folder, run);
    return Tx.run(db, c -> record(c, district, run, folder, files));
  }

  /** Takes the files of {@code source} by moving them: the drop box's way. */
  static Snapshot takeMoved(
      DataSource db,
      RunArchive archive,
      DistrictSettings district,
      String sourceName,
      SnapshotSource source) {
    long run = Tx.run(db, c -> RunStore.create(c, district.id(), sourceName, district.strict()));
    Path folder = archive.folder(district.id(), run);
    Path partial = RunArchive.partial(folder);
    List<ArchivedFile> files;
    try {
      Files.createDirectories(partial);
      source.moveInto(partial);
      files = RunArchive.describe(partial);
      if (files.isEmpty()) {
        throw new IOException("no file was left to take");
      }
      Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      source.putBack(partial);
      RunArchive.deleteIfEmpty(partial);
      SyncException failure =
          new SyncException("the files could not be taken into the run's archive: " + e, e);
      fail(db, run, failure);
      throw failure;
    }
    return Tx.run(db, c -> record(c, district, run, folder, files));
  }

  private static List<ArchivedFile> copy(
      DataSource db, RunArchive archive, Path upload, Path folder, long run) {
    Path partial = RunArchive.partial(folder);
    try {
      List<ArchivedFile> files = archive.copy(upload, partial);
      Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
      return files;
    } catch (IOException e) {
      SyncException failure =
          new SyncException("the upload could not be copied into the run's archive: " + e, e);
      fail(db, run, failure);
      throw failure;
    }
  }

  private static Snapshot record(
      Connection c, DistrictSettings district, long run, Path folder, List<ArchivedFile> files)
      throws SQLException {
    RunStore.setArchive(c, run, folder.toString());
    RunRecords.saveFiles(c, run, files, List.of());
    Optional<RunRow> last = RunStore.lastApplied(c, district.id());
    // A run that skipped rows may fare better with the same files later (an email another
    // district held is let go, a missing org arrives), so only a clean run is not read again.
    boolean same =
        last.isPresent()
            && last.get().status() != RunStatus.APPLIED_WITH_ERRORS
            && last.get().strict() == district.strict()
            && RunStore.files(c, last.get().id()).equals(files);
    if (!same) {
      return new Snapshot(run, folder, null);
    }
    PlanCounts counts = ActiveCounts.asUnchanged(c, district.id());
    IssueCounts none = new IssueCounts(0, 0, 0);
    String message = "the same files as run " + last.get().id() + "; nothing to do";
    RunStore.setArchive(c, run, last.get().archivePath());
    RunArchive.delete(folder);
    RunStore.finish(c, run, RunStatus.UNCHANGED, counts, none, message);
    RunOutcome outcome =
        new RunOutcome(
            run, district.id(), RunStatus.UNCHANGED, counts, List.of(), List.of(), none, message);
    return new Snapshot(run, folder, outcome);
  }

  /** Records a complete archive folder a stopped run left unrecorded. */
  static void adopt(DataSource db, long run, Path folder) {
    try {
      List<ArchivedFile> files = RunArchive.describe(folder);
      Tx.run(
          db,
          c -> {
            RunStore.setArchive(c, run, folder.toString());
            RunRecords.saveFiles(c, run, files, List.of());
            return null;
          });
    } catch (IOException e) {
      throw new SyncException("the archive " + folder + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** Takes a held run back to running for approval; refuses any other status. */
  static Path reopenHeld(DataSource db, String district, long run) {
    return Tx.run(
        db,
        c -> {
          RunRow row = heldRun(c, district, run);
          Transitions.set(
              c,
              run,
              RunStatus.HELD,
              RunStatus.RUNNING,
              "approved: being applied from its archived files");
          Jdbc.on(c).update("update runs set approved = true where id = ?", run);
          return Path.of(row.archivePath());
        });
  }

  static void discardHeld(DataSource db, String district, long run) {
    Tx.run(
        db,
        c -> {
          heldRun(c, district, run);
          Transitions.set(
              c,
              run,
              RunStatus.HELD,
              RunStatus.DISCARDED,
              "discarded: nothing of this upload was applied; the roster is as it was");
          return null;
        });
  }

  private static RunRow heldRun(Connection c, String district, long run) throws SQLException {
    RunRow row =
        RunStore.find(c, run)
            .filter(r -> r.district().equals(district))
            .orElseThrow(
                () -> new RunConflict("run " + run + " of " + district + " does not exist"));
    if (row.status() != RunStatus.HELD) {
      throw new RunConflict(
          "run "
              + run
              + " is "
              + row.status().label()
              + ", not held; only a held run can be"
              + " approved or discarded");
    }
    return row;
  }

  static void fail(DataSource db, long run, RuntimeException cause) {
    Tx.run(
        db,
        c -> {
          Transitions.fail(c, run, cause.getMessage());
          return null;
        });
  }
}
