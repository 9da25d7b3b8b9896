package io.rosterd.server.schedule;

import io.rosterd.server.report.LeftFile;
import io.rosterd.server.sync.RunOutcome;
import java.time.Duration;
import java.util.List;

/**
 * What came of looking at a district's drop box.
 *
 * @param run the run that was made; null when none was
 * @param quietFor how long to wait for the drop box to be quiet; zero when not waiting
 * @param left files left for a later run, with why
 * @param stillArriving finished files were left because others of the set are still being written
 */
public record Attempt(
    RunOutcome run, Duration quietFor, List<LeftFile> left, boolean stillArriving) {

  static Attempt ran(RunOutcome run, List<LeftFile> left) {
    return new Attempt(run, Duration.ZERO, left, false);
  }

  static Attempt nothingToRun(List<LeftFile> left, boolean stillArriving) {
    return new Attempt(null, Duration.ZERO, left, stillArriving);
  }

  static Attempt waitingForQuiet(Duration quietFor, List<LeftFile> left) {
    return new Attempt(null, quietFor, left, false);
  }

  /** Another run of the district was going on (here or in another process): nothing was done. */
  static Attempt claimedElsewhere() {
    return new Attempt(null, Duration.ZERO, List.of(), false);
  }

  public boolean ran() {
    return run != null;
  }

  /** Why a run asked for now made nothing, as a sentence about {@code district}. */
  public String whyNothingRan(String district) {
    if (stillArriving) {
      return "district "
          + district
          + " has files still being written; the finished ones wait for them so that the set is"
          + " taken together; run it again when the upload is done";
    }
    return "district " + district + " has no finished upload in its drop box";
  }
}
