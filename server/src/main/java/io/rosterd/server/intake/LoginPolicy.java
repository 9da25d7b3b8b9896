package io.rosterd.server.intake;

import java.time.Duration;
import java.time.Instant;

/**
 * The one place that says how failed SFTP logins are answered. A username or a client address may
 * fail a few times freely; after that each failure makes the next login wait (backoff: the first
 * wait, doubled per failure, at most the longest); at the lockout count it is locked out for the
 * lockout duration. Failures are forgotten once the last one is older than the lockout duration, so
 * a mistyped password now and then never adds up.
 *
 * @param username when a username backs off and is locked out
 * @param address when a client address does (more: a district's staff may share one address)
 */
public record LoginPolicy(
    Threshold username,
    Threshold address,
    Duration firstBackoff,
    Duration longestBackoff,
    Duration lockout) {

  /**
   * @param backoffAfter failures allowed without a wait
   * @param lockoutAfter the failure that locks out
   */
  public record Threshold(int backoffAfter, int lockoutAfter) {
    public Threshold {
      if (backoffAfter < 0 || lockoutAfter <= backoffAfter) {
        throw new IllegalArgumentException("need 0 <= backoffAfter < lockoutAfter");
      }
    }
  }

  /**
   * Usernames: 3 free failures, then waits of 1, 2, 4, ... seconds, locked out at the 10th for 15
   * minutes. Addresses: 20 free, locked out at the 50th.
   */
  public static LoginPolicy defaults() {
    return new LoginPolicy(
        new Threshold(3, 10),
        new Threshold(20, 50),
        Duration.ofSeconds(1),
        Duration.ofMinutes(1),
        Duration.ofMinutes(15));
  }

  /**
   * Until when logins are refused after the {@code failures}-th failure at {@code now}; null when
   * the next one may come at once.
   */
  public Instant lockedUntil(Threshold threshold, int failures, Instant now) {
    if (failures >= threshold.lockoutAfter()) {
      return now.plus(lockout);
    }
    int beyondFree = failures - threshold.backoffAfter();
    if (beyondFree <= 0) {
      return null;
    }
    // 2^30 s is decades: a shift beyond that only overflows, the cap applies long before
    Duration backoff = firstBackoff.multipliedBy(1L << Math.min(beyondFree - 1, 30));
    return now.plus(backoff.compareTo(longestBackoff) > 0 ? longestBackoff : backoff);
  }

  /** Failures whose last one came before this are forgotten. */
  public Instant forgetBefore(Instant now) {
    return now.minus(lockout);
  }
}
