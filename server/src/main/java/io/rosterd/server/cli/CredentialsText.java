package io.rosterd.server.cli;

import io.rosterd.server.credentials.SftpAccount;
import io.rosterd.server.credentials.SftpKey;
import io.rosterd.server.intake.FailedLogins;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** SFTP credentials as people read them. Never a password hash; a password only when issued. */
final class CredentialsText {

  private CredentialsText() {}

  /**
   * The lines a district's technical contact needs, unindented so a script can pick them out. The
   * password is shown this once: rosterd keeps only its hash.
   */
  static void writeIssued(String districtId, String username, String password, PrintWriter out) {
    out.println("sftp-username: " + username);
    out.println("sftp-password: " + password);
    out.println(
        "The password is shown only this once: send it to the district's technical contact now."
            + " 'rosterd credentials rotate "
            + districtId
            + "' issues a new one if it is lost.");
  }

  static void writeAccount(String headline, SftpAccount account, PrintWriter out) {
    out.println(headline);
    line(out, "username", account.username());
    line(out, "logins", account.enabled() ? "enabled" : "disabled");
    line(out, "password", password(account));
    line(out, "failed logins", failed(account));
    line(out, "locked until", locked(account));
    for (FailedLogins address : account.lockedAddresses()) {
      line(out, "locked address", lockedAddress(account, address));
    }
    if (account.keys().isEmpty()) {
      line(out, "keys", "none; 'rosterd credentials add-key " + account.districtId() + " FILE'");
      return;
    }
    line(out, "keys", String.valueOf(account.keys().size()));
    for (SftpKey key : account.keys()) {
      out.printf(
          "    %s  %s  %s  added %s%n",
          key.fingerprint(),
          key.algorithm(),
          key.comment().isEmpty() ? "(no comment)" : key.comment(),
          time(key.addedAt()));
    }
  }

  private static String password(SftpAccount account) {
    if (!account.hasPassword()) {
      return "none yet (keys only); 'rosterd credentials rotate " + account.districtId() + "'";
    }
    return "set " + time(account.passwordSetAt()) + " (shown only when issued)";
  }

  private static String failed(SftpAccount account) {
    if (account.failedAttempts() == 0) {
      return "none since the last successful password login";
    }
    return account.failedAttempts()
        + " since the last successful password login, the last "
        + time(account.lastFailedAt());
  }

  private static String locked(SftpAccount account) {
    if (account.lockedUntil() == null || account.lockedUntil().isBefore(Instant.now())) {
      return "not locked";
    }
    return time(account.lockedUntil())
        + " after "
        + account.failedAttempts()
        + " failed logins; "
        + unlock(account);
  }

  private static String lockedAddress(SftpAccount account, FailedLogins address) {
    return address.key()
        + " until "
        + time(address.lockedUntil())
        + " after "
        + address.failures()
        + " failed logins, the last as "
        + account.username()
        + "; "
        + unlock(account);
  }

  private static String unlock(SftpAccount account) {
    return "'rosterd credentials unlock " + account.districtId() + "' lifts it now";
  }

  private static void line(PrintWriter out, String label, String value) {
    out.printf("  %-15s %s%n", label + ":", value);
  }

  private static String time(Instant instant) {
    return instant == null ? "unknown" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
