package io.rosterd.bench;

import io.rosterd.oneroster.generate.GeneratedDistrict;
import io.rosterd.server.sync.Action;
import io.rosterd.server.sync.Kind;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.RunStatus;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The measurements of the sync benchmark, and its report. */
public final class SyncResult {
  private final GeneratedDistrict district;
  private final Timing rawCopy = new Timing();
  private final Timing firstLoad = new Timing();
  private final Timing unchanged = new Timing();
  private final Timing onePercent = new Timing();
  private long unchangedWrites = -1;
  private long onePercentUpdated;
  private long peakHeap;

  SyncResult(GeneratedDistrict district) {
    this.district = district;
  }

  Timing rawCopy() {
    return rawCopy;
  }

  Timing firstLoad() {
    return firstLoad;
  }

  Timing unchanged() {
    return unchanged;
  }

  Timing onePercent() {
    return onePercent;
  }

  void check(RunOutcome outcome, RunStatus expected) {
    if (outcome.status() != expected) {
      throw new IllegalStateException(
          "expected "
              + expected
              + " but the run was "
              + outcome.status()
              + ": "
              + outcome.message());
    }
  }

  void recordWrites(long unchangedRunWrites, RunOutcome delta) {
    unchangedWrites = Math.max(unchangedWrites, unchangedRunWrites);
    onePercentUpdated = delta.counts().of(Kind.USER).get(Action.UPDATED);
  }

  void peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    peakHeap = Math.max(peakHeap, peak);
  }

  public long unchangedWrites() {
    return unchangedWrites;
  }

  public double ratio(Timing timing) {
    return timing.median() / rawCopy.median();
  }

  String report() {
    return String.format(
        "district: %,d orgs, %,d users, %,d roles%n"
            + "raw COPY into unindexed tables (floor): median %.2f s of %s%n"
            + "first load:          median %.2f s of %s -> %.2fx the floor (target <= 3)%n"
            + "same files again:    median %.2f s of %s -> %.2fx, %d row writes (target <= 1, 0)%n"
            + "1%% of users changed: median %.2f s of %s -> %.2fx, %,d users updated (target <= 1.5)%n"
            + "peak heap: %,d MB of %,d MB",
        district.orgs(),
        district.users(),
        district.roles(),
        rawCopy.median(),
        rawCopy.rounded(),
        firstLoad.median(),
        firstLoad.rounded(),
        ratio(firstLoad),
        unchanged.median(),
        unchanged.rounded(),
        ratio(unchanged),
        unchangedWrites,
        onePercent.median(),
        onePercent.rounded(),
        ratio(onePercent),
        onePercentUpdated,
        peakHeap >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
