package io.rosterd.server.schedule;

import io.rosterd.server.intake.Arrival;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a run of a district would take from its drop box now, and what it would leave.
 *
 * @param take the finished files, when the drop box has been quiet long enough; else none
 * @param leave the files left for a later run, with why
 * @param quietFor how much longer to wait for quiet before taking {@code take}; zero when not
 *     waiting
 */
record Pending(List<Arrival> take, List<Arrival> leave, Duration quietFor) {
  /**
   * Run now skips the quiet period, but not a set still arriving: a file written this recently
   * holds back the finished ones, so a manifest is never taken without the users.csv behind it.
   */
  private static final Duration STILL_WRITING = Duration.ofMinutes(1);

  /**
   * Judges a drop box. Finished files are quiet once their upload finished {@code quiet} ago (by
   * rosterd's clock); files still being written count by their time on the disk (wall-clock), so a
   * district sending several files is taken whole, not one file at a time.
   *
   * @param quiet the quiet period, or null to skip it (run now); open files are never taken
   */
  static Pending judge(List<Arrival> arrivals, Instant now, Instant wallNow, Duration quiet) {
    List<Arrival> finished = new ArrayList<>();
    List<Arrival> others = new ArrayList<>();
    for (Arrival arrival : arrivals) {
      (arrival.state() == Arrival.State.FINISHED ? finished : others).add(arrival);
    }
    if (finished.isEmpty()) {
      return new Pending(finished, others, Duration.ZERO);
    }
    if (quiet == null) {
      return waitAfterWrites(others, wallNow, STILL_WRITING).isZero()
          ? new Pending(finished, others, Duration.ZERO)
          : new Pending(List.of(), arrivals, Duration.ZERO);
    }
    Duration wait =
        max(waitAfterUploads(finished, now, quiet), waitAfterWrites(others, wallNow, quiet));
    return wait.isZero()
        ? new Pending(finished, others, Duration.ZERO)
        : new Pending(List.of(), arrivals, wait);
  }

  private static Duration waitAfterUploads(List<Arrival> finished, Instant now, Duration quiet) {
    Instant newest =
        finished.stream().map(Arrival::finishedAt).max(Comparator.naturalOrder()).orElseThrow();
    return positive(Duration.between(now, newest.plus(quiet)));
  }

  private static Duration waitAfterWrites(List<Arrival> others, Instant wallNow, Duration quiet) {
    Optional<Instant> newest =
        others.stream().map(Arrival::lastWritten).max(Comparator.naturalOrder());
    return newest
        .map(t -> positive(Duration.between(wallNow, t.plus(quiet))))
        .orElse(Duration.ZERO);
  }

  private static Duration positive(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Finished files were left: the set they belong to is still arriving. */
  boolean heldBack() {
    return leave.stream().anyMatch(arrival -> arrival.state() == Arrival.State.FINISHED);
  }

  boolean waiting() {
    return !quietFor.isZero();
  }
}
