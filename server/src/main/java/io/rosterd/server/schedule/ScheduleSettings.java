package io.rosterd.server.schedule;

import java.time.Duration;

/**
 * How the scheduler paces runs.
 *
 * @param interval how often a district's drop box is looked at, unless the district sets its own
 * @param quietPeriod how long after the last write to a district's drop box its files are taken
 * @param tick how often the scheduler looks for districts that are due
 * @param workers how many districts run at once in this process
 * @param reportsKept how many runs' reports each district's {@code reports/} keeps
 * @param archivesKept how long a finished run's archived files are kept
 */
public record ScheduleSettings(
    Duration interval,
    Duration quietPeriod,
    Duration tick,
    int workers,
    int reportsKept,
    Duration archivesKept) {

  public static ScheduleSettings defaults() {
    return new ScheduleSettings(
        Duration.ofMinutes(60),
        Duration.ofMinutes(2),
        Duration.ofSeconds(15),
        2,
        100,
        Duration.ofDays(90));
  }

  public ScheduleSettings withTick(Duration every) {
    return new ScheduleSettings(interval, quietPeriod, every, workers, reportsKept, archivesKept);
  }

  public ScheduleSettings withReportsKept(int count) {
    return new ScheduleSettings(interval, quietPeriod, tick, workers, count, archivesKept);
  }

  public ScheduleSettings withWorkers(int count) {
    return new ScheduleSettings(interval, quietPeriod, tick, count, reportsKept, archivesKept);
  }

  public ScheduleSettings {
    requirePositive("interval", interval);
    requirePositive("tick", tick);
    requirePositive("archives-kept", archivesKept);
    if (quietPeriod.isNegative()) {
      throw new IllegalArgumentException("the quiet period cannot be negative: " + quietPeriod);
    }
    if (workers < 1 || reportsKept < 1) {
      throw new IllegalArgumentException("workers and reports kept must be at least 1");
    }
  }

  private static void requirePositive(String name, Duration value) {
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be longer than zero, not " + value);
    }
  }
}
