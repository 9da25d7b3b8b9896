package io.rosterd.server.district;

import java.time.Duration;

/** Durations written as people write them: {@code 90s, 2m, 1h, 7d}. */
public final class Durations {
  private Durations() {}

  /** The largest whole unit that says it exactly: 3600s as {@code 1h}, 90s as {@code 90s}. */
  public static String text(Duration d) {
    long s = d.toSeconds();
    if (d.toMillis() % 1000 != 0) {
      return d.toMillis() + "ms";
    }
    if (s != 0 && s % 86400 == 0) {
      return s / 86400 + "d";
    }
    if (s != 0 && s % 3600 == 0) {
      return s / 3600 + "h";
    }
    if (s != 0 && s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }
}
