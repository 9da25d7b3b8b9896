package io.rosterd.server.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** How long each step of a run took, logged when the run ends: where a slow run spent its time. */
final class StepTimes {
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private long start = System.nanoTime();

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
