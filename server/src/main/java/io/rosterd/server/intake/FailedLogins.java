package io.rosterd.server.intake;

import java.time.Instant;

/**
 * The failed SFTP logins counted against one username or one client address.
 *
 * @param kind {@code username} or {@code address}
 * @param key the username or the address
 * @param failures failed logins since the last success (or since they were forgotten)
 * @param lockedUntil no login before then (a backoff or a lockout), or null
 * @param lastUsername the username of the last failure (for an address: whose it probably is)
 */
public record FailedLogins(
    String kind,
    String key,
    int failures,
    Instant lastFailedAt,
    Instant lockedUntil,
    String lastUsername) {

  public static final String USERNAME = "username";
  public static final String ADDRESS = "address";

  /** True while logins are refused. */
  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** For the log: "username springfield: 4 failed logins, locked until 2026-...". */
  public String describe() {
    String locked = lockedUntil == null ? "" : ", no login until " + lockedUntil;
    return kind + " " + key + ": " + failures + " failed logins" + locked;
  }
}
