package io.rosterd.server.schedule;

import io.rosterd.server.district.District;
import io.rosterd.server.intake.Arrival;
import io.rosterd.server.intake.Arrivals;
import io.rosterd.server.intake.DropBox;
import io.rosterd.server.report.LeftFile;
import io.rosterd.server.sync.DistrictClaim;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.RunPipeline;
import io.rosterd.server.sync.RunSource;
import io.rosterd.server.sync.Runs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One look at a district's drop box, under its claim: finishes what a stopped rosterd left running,
 * then runs the finished files (after the quiet period, unless run now) and writes the district's
 * reports.
 */
public final class DistrictRunner {
  private static final Logger LOG = LoggerFactory.getLogger(DistrictRunner.class);

  private final RunPipeline pipeline;
  private final DropBox dropBox;
  private final Arrivals arrivals;
  private final DistrictReports reports;
  private final LeftFiles leftFiles;
  private final RunObserver observer;
  private final Clock clock;

  public DistrictRunner(
      RunPipeline pipeline,
      DropBox dropBox,
      Arrivals arrivals,
      DistrictReports reports,
      LeftFiles leftFiles,
      RunObserver observer,
      Clock clock) {
    this.pipeline = pipeline;
    this.dropBox = dropBox;
    this.arrivals = arrivals;
    this.reports = reports;
    this.leftFiles = leftFiles;
    this.observer = observer;
    this.clock = clock;
  }

  /**
   * Looks at the district's drop box and runs what is ready.
   *
   * @param quietPeriod how long the drop box must have been quiet; null to run now
   */
  public Attempt attempt(DistrictClaim claim, District district, Duration quietPeriod) {
    recover(claim, district);
    Pending pending =
        Pending.judge(arrivals.of(district.id()), clock.instant(), Instant.now(), quietPeriod);
    List<LeftFile> left = left(pending.leave());
    if (pending.waiting()) {
      return Attempt.waitingForQuiet(pending.quietFor(), left);
    }
    if (pending.take().isEmpty()) {
      return Attempt.nothingToRun(left, pending.heldBack());
    }
    String source = quietPeriod == null ? RunSource.RUN_NOW : RunSource.SCHEDULED;
    long started = System.nanoTime();
    RunOutcome run;
    try {
      run =
          pipeline.run(
              claim,
              Runs.settingsOf(district),
              source,
              new DropBoxSnapshot(dropBox, district.id(), pending.take()));
    } catch (RuntimeException e) {
      if (!Thread.currentThread().isInterrupted()) { // else a stop cut it short: it is redone
        observer.failed(district.id(), e);
      }
      throw e;
    }
    observer.finished(run, Duration.ofNanos(System.nanoTime() - started));
    if (run.run() != null) {
      leftFiles.save(run.run(), left);
    }
    report(run, pending.take().stream().map(Arrival::name).toList(), left);
    return Attempt.ran(run, left);
  }

  /**
   * Applies a held run of the district past the guard, under its claim, and reports it to the
   * district as every run is.
   */
  public RunOutcome approve(DistrictClaim claim, District district, long run) {
    long started = System.nanoTime();
    RunOutcome outcome = pipeline.approve(claim, Runs.settingsOf(district), run);
    observer.finished(outcome, Duration.ofNanos(System.nanoTime() - started));
    report(outcome, List.of(), List.of());
    return outcome;
  }

  /**
   * Drops a held run and tells the district as after every run: its reports, which said the run was
   * held, would otherwise keep saying so.
   */
  public RunOutcome discard(String district, long run) {
    RunOutcome discarded = pipeline.discard(district, run);
    report(discarded, List.of(), List.of());
    return discarded;
  }

  private void report(RunOutcome run, List<String> taken, List<LeftFile> left) {
    reports.write(run, taken, left);
  }

  /** Finishes what a stopped rosterd left running in this district: redone, or failed. */
  public void recover(DistrictClaim claim, District district) {
    for (RunOutcome redone :
        pipeline.recover(
            claim,
            Runs.settingsOf(district),
            partial -> DropBoxSnapshot.putBack(dropBox, district.id(), partial))) {
      report(redone, List.of(), List.of());
    }
  }

  private static List<LeftFile> left(List<Arrival> files) {
    return files.stream().map(f -> new LeftFile(f.name(), f.state().reason())).toList();
  }
}
