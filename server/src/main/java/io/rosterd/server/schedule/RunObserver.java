package io.rosterd.server.schedule;

import io.rosterd.server.sync.RunOutcome;
import java.time.Duration;

/** Told of every run the scheduler makes: metrics. */
@FunctionalInterface
public interface RunObserver {
  RunObserver NONE = (run, took) -> {};

  void finished(RunOutcome run, Duration took);
}
