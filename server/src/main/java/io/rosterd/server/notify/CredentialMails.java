package io.rosterd.server.notify;

import io.rosterd.server.district.District;
import java.time.Instant;
import java.util.List;

/**
 * The texts of the credential emails. A link email carries the link and never a password; the link
 * is marked secret so that it is neither logged nor kept once the email is sent.
 */
public final class CredentialMails {
  private CredentialMails() {}

  /** To the technical contact: the one-time link to the SFTP credentials. */
  public static Email link(District district, String link, Instant expires, boolean rotation) {
    String why =
        rotation
            ? "The SFTP password of "
                + named(district)
                + " was rotated: the old password no longer works. Your new credentials are ready:"
            : "rosterd is set up for "
                + named(district)
                + ", and you are its technical contact. Your SFTP credentials are ready:";
    String body =
        "Hello,\n\n"
            + why
            + "\n\n  "
            + link
            + "\n\nThe link shows the SFTP host, port and username, the server's host-key"
            + " fingerprints (check them on your first connection), and the password. The password"
            + " is made when you press \"Show the password\" and shown that once: put it straight"
            + " into your SIS export's settings or a password manager. There you can also add an"
            + " SSH public key, the better choice for an unattended export.\n\n"
            + "The link works until "
            + expires
            + " (72 hours). If it has expired, or was opened before you opened it, ask rosterd"
            + " support for a new one.\n\n"
            + "rosterd never sends a password by email.\n";
    return Email.of(
            "credentials.link",
            district.id(),
            List.of(district.contactEmail()),
            "rosterd: SFTP credentials for " + district.name(),
            body)
        .withSecret(link);
  }

  /** To the contacts who chose credential emails: what changed, and what to do if unexpected. */
  public static Email changed(District district, List<String> to, String what, Instant at) {
    String body =
        "Hello,\n\n"
            + "The SFTP credentials of "
            + named(district)
            + " changed at "
            + at
            + ":\n\n  "
            + what
            + "\n\nIf nobody at your district expected this, contact rosterd support at once.\n";
    return Email.of(
        "credentials.changed",
        district.id(),
        to,
        "rosterd: SFTP credentials of " + district.name() + " changed",
        body);
  }

  static String named(District district) {
    return district.name() + " (district id " + district.id() + ")";
  }
}
