package io.rosterd.server.credentials;

import java.time.Instant;
import java.util.List;

/**
 * A district's SFTP account as support sees it: never its password or hash.
 *
 * @param hasPassword false until a password is issued (then logins are by key only)
 * @param passwordSetAt when the current password was issued, or null
 * @param lockedUntil logins refused until then after repeated failures, or null
 */
public record SftpAccount(
    String districtId,
    String username,
    boolean enabled,
    boolean hasPassword,
    Instant passwordSetAt,
    int failedAttempts,
    Instant lockedUntil,
    List<SftpKey> keys) {

  public SftpAccount {
    keys = List.copyOf(keys);
  }

  SftpAccount withKeys(List<SftpKey> newKeys) {
    return new SftpAccount(
        districtId,
        username,
        enabled,
        hasPassword,
        passwordSetAt,
        failedAttempts,
        lockedUntil,
        newKeys);
  }
}
