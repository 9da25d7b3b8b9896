package io.rosterd.server.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary lockout after repeated failed logins, per username and per client address, so a
 * password cannot be guessed by trying. Kept in memory: a restart forgets it, and several rosterd
 * instances each count their own (good enough against guessing; the accounts table can take it over
 * later).
 */
final class LoginThrottle {

  /** Past this many usernames and addresses, expired entries are dropped. */
  private static final int MAX_TRACKED = 10_000;

  private final Clock clock;
  private final int maxPerUser;
  private final int maxPerAddress;
  private final Duration lockout;
  private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

  /**
   * Locks a username out after {@code maxPerUser} failures, an address after {@code maxPerAddress}
   * (higher: a school district's staff may share one address).
   */
  LoginThrottle(Clock clock, int maxPerUser, int maxPerAddress, Duration lockout) {
    this.clock = clock;
    this.maxPerUser = maxPerUser;
    this.maxPerAddress = maxPerAddress;
    this.lockout = lockout;
  }

  /** True while {@code username} or {@code address} is locked out. */
  boolean locked(String username, String address) {
    Instant now = clock.instant();
    return lockedKey("user:" + username, now) || lockedKey("address:" + address, now);
  }

  void failed(String username, String address) {
    Instant now = clock.instant();
    if (byKey.size() > MAX_TRACKED) {
      forgetExpired(now);
    }
    count("user:" + username, maxPerUser, now);
    count("address:" + address, maxPerAddress, now);
  }

  /** A success forgets the username's failures (not the address's: one address, many guesses). */
  void succeeded(String username) {
    byKey.remove("user:" + username);
  }

  // Guessing with ever new usernames must not grow the map without end.
  private void forgetExpired(Instant now) {
    byKey
        .values()
        .removeIf(
            f ->
                f.first.plus(lockout).isBefore(now)
                    && (f.lockedUntil == null || f.lockedUntil.isBefore(now)));
  }

  private boolean lockedKey(String key, Instant now) {
    Failures failures = byKey.get(key);
    return failures != null && failures.lockedUntil != null && now.isBefore(failures.lockedUntil);
  }

  private void count(String key, int maxFailures, Instant now) {
    byKey.compute(
        key,
        (k, old) -> {
          // failures older than the lockout period no longer count
          Failures fresh =
              old == null || old.first.plus(lockout).isBefore(now) ? new Failures(now) : old;
          fresh.count++;
          if (fresh.count >= maxFailures) {
            fresh.lockedUntil = now.plus(lockout);
            fresh.count = 0;
            fresh.first = now;
          }
          return fresh;
        });
  }

  private static final class Failures {
    private Instant first;
    private int count;
    private Instant lockedUntil;

    private Failures(Instant first) {
      this.first = first;
    }
  }
}
