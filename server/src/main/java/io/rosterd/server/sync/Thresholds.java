package io.rosterd.server.sync;

/**
 * The mass-removal guard of a district: a run that would remove or disable more than {@code
 * percent} of a kind's active records, and at least {@code minimum} of them, is held.
 */
public record Thresholds(double percent, long minimum) {
  public static final Thresholds DEFAULT = new Thresholds(10, 20);
}
