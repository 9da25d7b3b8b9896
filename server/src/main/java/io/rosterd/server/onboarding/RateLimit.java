package io.rosterd.server.onboarding;

import java.time.Duration;

/**
 * At most {@code max} requests a client address may make in {@code per}. Counted in PostgreSQL from
 * what was stored, so a restart or a second rosterd process does not reset it.
 */
public record RateLimit(int max, Duration per) {
  /** Access requests: a district asks once; five an hour leaves room for typos. */
  public static final RateLimit ACCESS_REQUESTS = new RateLimit(5, Duration.ofHours(1));
}
