package io.rosterd.server.api;

import java.time.Instant;

/**
 * A bearer token as stored (its secret only as a hash).
 *
 * @param district null for a support token
 */
public record ApiToken(
    long id,
    String name,
    String district,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  public boolean isSupport() {
    return district == null;
  }
}
