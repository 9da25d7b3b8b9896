package io.rosterd.server.schedule;

import io.rosterd.server.sync.RunOutcome;
import java.time.Duration;

/** Told of every run the scheduler makes: metrics, emails. */
@FunctionalInterface
public interface RunObserver {

  void finished(RunOutcome run, Duration took);

  /** A run of the district that ended in an exception instead of an outcome. */
  default void failed(String district, RuntimeException error) {}

  /** This observer, then {@code next}: one failing never keeps the other from hearing. */
  default RunObserver andThen(RunObserver next) {
    RunObserver first = this;
    return new RunObserver() {
      @Override
      public void finished(RunOutcome run, Duration took) {
        first.finished(run, took);
        next.finished(run, took);
      }

      @Override
      public void failed(String district, RuntimeException error) {
        first.failed(district, error);
        next.failed(district, error);
      }
    };
  }
}
