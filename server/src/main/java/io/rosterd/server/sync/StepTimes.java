package io.rosterd.server.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How long each step of a run took, logged when the run ends: where a slow run spent its time. */
final class StepTimes {
  private static final Logger LOG = LoggerFactory.getLogger(RunPipeline.class);

  private final Map<String, Long> millis = new LinkedHashMap<>();
  private final Long run;
  private final String district;
  private long start = System.nanoTime();

  StepTimes(Long run, String district) {
    this.run = run;
    this.district = district;
  }

  /** Ends the run's last step, logs every step's time, and hands the outcome on. */
  RunOutcome logged(RunOutcome outcome) {
    done("record");
    LOG.info("run {} of {}: {} ({})", run, district, outcome.status().label(), this);
    return outcome;
  }

  /** Ends the step in progress under {@code name} and starts the next. */
  void done(String name) {
    long now = System.nanoTime();
    millis.merge(name, (now - start) / 1_000_000, Long::sum);
    start = now;
  }

  @Override
  public String toString() {
    return millis.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue() + " ms")
        .collect(Collectors.joining(", "));
  }
}
