package io.rosterd.server.credentials;

import io.rosterd.server.intake.FailedLogins;
import java.time.Instant;
import java.util.List;

/**
 * A district's SFTP account as support sees it: never its password or hash.
 *
 * @param hasPassword false until a password is issued (then logins are by key only)
 * @param passwordSetAt when the current password was issued, or null
 * @param failedAttempts failed password logins of the username still counted (since the last
 *     success, and not yet forgotten)
 * @param lastFailedAt when the last of them was, or null
 * @param lockedUntil password logins of the username refused until then (a backoff or a lockout),
 *     or null when they are not
 * @param lockedAddresses client addresses locked out now whose last failed login was as this
 *     username: its district's logins from there are refused too
 */
public record SftpAccount(
    String districtId,
    String username,
    boolean enabled,
    boolean hasPassword,
    Instant passwordSetAt,
    int failedAttempts,
    Instant lastFailedAt,
    Instant lockedUntil,
    List<FailedLogins> lockedAddresses,
    List<SftpKey> keys) {

  public SftpAccount {
    lockedAddresses = List.copyOf(lockedAddresses);
    keys = List.copyOf(keys);
  }
}
