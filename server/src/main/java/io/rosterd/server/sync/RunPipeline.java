package io.rosterd.server.sync;

import io.rosterd.oneroster.FileReport;
import io.rosterd.oneroster.Mode;
import io.rosterd.oneroster.ReadOptions;
import io.rosterd.oneroster.UploadCheck;
import io.rosterd.oneroster.UploadResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A run, start to end, as one straight line: snapshot → read and check (staging every change) →
 * cross-check → plan → guard → apply in one transaction → record. Every step is a class of its own;
 * this is the one place the whole line is visible.
 */
public final class RunPipeline {
  private static final Duration CLAIM_PATIENCE = Duration.ofMinutes(15);

  private final DataSource database;
  private final RunArchive archive;

  public RunPipeline(DataSource database, Path dataDir) {
    this.database = database;
    this.archive = new RunArchive(dataDir);
  }

  /**
   * Runs a copy of an upload now, once no other run of the district is going on. A dry run plans
   * and reports but records and changes nothing.
   */
  public RunOutcome run(DistrictSettings district, Path upload, String source, boolean dryRun) {
    if (dryRun) {
      return inTransaction(c -> execute(c, district, upload, null, false));
    }
    try (DistrictClaim claim = claim(district.id())) {
      Snapshot snapshot = Snapshots.take(database, archive, district, upload, source);
      return finish(district, snapshot);
    }
  }

  /** Runs the files of {@code files}, moved into the run's archive: the drop box's runs. */
  public RunOutcome run(
      DistrictClaim claim, DistrictSettings district, String source, SnapshotSource files) {
    claim.requireFor(district.id());
    Snapshot snapshot = Snapshots.takeMoved(database, archive, district, source, files);
    return finish(district, snapshot);
  }

  /** Applies a held run from its archive, past the guard. */
  public RunOutcome approve(DistrictSettings district, long run) {
    try (DistrictClaim claim = claim(district.id())) {
      return approve(claim, district, run);
    }
  }

  /** As {@link #approve(DistrictSettings, long)}, under a claim the caller took. */
  public RunOutcome approve(DistrictClaim claim, DistrictSettings district, long run) {
    claim.requireFor(district.id());
    Path folder = Snapshots.reopenHeld(database, district.id(), run);
    return executeRecorded(district, run, folder, true);
  }

  /** Waits for the district's claim: a scheduled run of it may be going on. */
  public DistrictClaim claim(String district) {
    return DistrictClaim.take(database, district, CLAIM_PATIENCE)
        .orElseThrow(
            () ->
                new RunConflict(
                    "another run of district "
                        + district
                        + " has been going on for over "
                        + CLAIM_PATIENCE.toMinutes()
                        + " minutes; try again when it has finished ('rosterd runs list')"));
  }

  private RunOutcome finish(DistrictSettings district, Snapshot snapshot) {
    if (snapshot.unchanged() != null) {
      return snapshot.unchanged();
    }
    return executeRecorded(district, snapshot.run(), snapshot.folder(), false);
  }

  /** Drops a held run: nothing of it is applied; its archive stays. */
  public RunOutcome discard(String district, long run) {
    Snapshots.discardHeld(database, district, run);
    Runs runs = new Runs(database);
    return runs.outcomeOf(runs.find(run).orElseThrow());
  }

  /**
   * Finishes the district's runs that a stopped rosterd left running: each is redone from its
   * archive, or failed when its files never got there (files caught half-way go to {@code
   * putBack}). A run whose approval was recorded is redone past its guard. Returns the redone runs.
   */
  public List<RunOutcome> recover(
      DistrictClaim claim, DistrictSettings district, Consumer<Path> putBack) {
    claim.requireFor(district.id());
    return new Recovery(database, archive)
        .recover(
            district,
            putBack,
            (run, folder, approved) -> executeRecorded(district, run, folder, approved));
  }

  private RunOutcome executeRecorded(
      DistrictSettings district, long run, Path folder, boolean approved) {
    try {
      Path input = RunArchive.readable(folder);
      RunOutcome outcome = inTransaction(c -> execute(c, district, input, run, approved));
      Statistics.refreshAfter(database, outcome);
      return outcome;
    } catch (RuntimeException e) {
      // A stop that could not wait interrupts the run: it is left running, and redone on start.
      if (!Thread.currentThread().isInterrupted()) {
        Snapshots.fail(database, run, e);
      }
      throw e;
    }
  }

  private RunOutcome execute(
      Connection c, DistrictSettings district, Path files, Long run, boolean approved)
      throws SQLException {
    StepTimes times = new StepTimes(run, district.id());
    Staging.create(c);
    CurrentRoster current = CurrentRoster.load(c, district.id());
    times.done("load current");
    PlanCounts counts = new PlanCounts();
    Stager stager = new Stager(c, current, counts);
    ReadOptions options = district.strict() ? ReadOptions.strict() : ReadOptions.lenient();
    UploadResult read = UploadCheck.run(files, options, current, stager);
    stager.finish();
    times.done("read and stage");
    RunIssues issues = new RunIssues(read);
    if (read.rejected()) {
      return times.logged(Outcomes.rejected(c, district, run, read, issues));
    }
    Staging.removals(c, current, bulkKinds(read), counts);
    countSkipped(read, counts);
    Staging.analyze(c);
    new CrossCheck(c, district.id(), issues, counts).run();
    times.done("cross-check");
    List<String> holdReasons = Guard.reasons(counts, current, district.thresholds());
    if (run == null) {
      return times.logged(Outcomes.dryRun(c, district, read, issues, counts, holdReasons));
    }
    if (!holdReasons.isEmpty() && !approved) {
      return times.logged(Outcomes.held(c, district, run, read, issues, counts, holdReasons));
    }
    new Apply(c, district.id(), run, counts, bulkKinds(read).contains(Kind.ROLE)).run();
    times.done("apply");
    return times.logged(Outcomes.applied(c, district, run, read, issues, counts, approved));
  }

  /** The kinds whose file was read as bulk: what they leave out is removed. */
  private static Set<Kind> bulkKinds(UploadResult read) {
    Set<Kind> bulk = EnumSet.noneOf(Kind.class);
    for (FileReport file : read.files()) {
      if (file.mode() == Mode.BULK && FileReport.READ.equals(file.status())) {
        Kinds.ofFileKind(file.kind()).ifPresent(bulk::add);
      }
    }
    return bulk;
  }

  private static void countSkipped(UploadResult read, PlanCounts counts) {
    for (FileReport file : read.files()) {
      Kinds.ofFileKind(file.kind()).ifPresent(kind -> counts.of(kind).skipped(file.skipped()));
    }
  }

  private <T> T inTransaction(io.rosterd.server.store.Jdbc.ConnectionWork<T> work) {
    return Tx.run(database, work);
  }
}
