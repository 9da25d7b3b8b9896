package io.rosterd.server.credentials;

import java.time.Instant;
import java.util.Optional;

/**
 * A one-time credential link as stored (never its token).
 *
 * @param revealedAt when its password was made and shown, or null
 * @param supersededAt when a newer link for the district replaced it, or null
 */
public record CredentialLink(
    long id,
    String district,
    String reason,
    Instant createdAt,
    Instant expiresAt,
    Instant revealedAt,
    Instant supersededAt) {

  /** Why the link can no longer show the password at {@code now}; empty while it can. */
  public Optional<String> spent(Instant now) {
    if (revealedAt != null) {
      return Optional.of(
          "these SFTP credentials were already shown, at "
              + revealedAt
              + ", and are shown only once. If that was not you, ask rosterd support to rotate"
              + " the password: a new link then goes to the district's technical contact");
    }
    return closedForKeys(now);
  }

  /**
   * Why the link can no longer add SSH keys: replaced or expired. A used link still can, until it
   * expires: the contact often reveals the password first and adds a key next.
   */
  public Optional<String> closedForKeys(Instant now) {
    if (supersededAt != null) {
      return Optional.of(
          "this link was replaced by a newer one at "
              + supersededAt
              + " (the password was rotated): use the link in the newest email");
    }
    return expired(now);
  }

  /** Whether the link has outlived its 72 hours. */
  public Optional<String> expired(Instant now) {
    if (!now.isBefore(expiresAt)) {
      return Optional.of(
          "this link expired at "
              + expiresAt
              + " (links last 72 hours). Ask rosterd support for a new one: they rotate the"
              + " password, which emails a new link to the district's technical contact");
    }
    return Optional.empty();
  }
}
