package io.rosterd.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wall-clock samples of one measured step, and their median. */
final class Timing {
  private final List<Double> seconds = new ArrayList<>();

  /** Runs {@code step} once and records how long it took. */
  <T> T measure(java.util.function.Supplier<T> step) {
    long start = System.nanoTime();
    T result = step.get();
    seconds.add((System.nanoTime() - start) / 1e9);
    return result;
  }

  /** Records a duration measured by the caller, for steps that time only part of their work. */
  void add(long nanos) {
    seconds.add(nanos / 1e9);
  }

  double median() {
    List<Double> sorted = new ArrayList<>(seconds);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  String rounded() {
    return seconds.stream().map(s -> String.format("%.2f", s)).toList().toString();
  }

  List<Double> samples() {
    return List.copyOf(seconds);
  }
}
