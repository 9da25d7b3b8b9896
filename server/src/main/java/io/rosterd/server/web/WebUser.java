package io.rosterd.server.web;

import java.time.Instant;

/**
 * An account for the web pages.
 *
 * @param district the district a contact belongs to; null for support staff
 * @param lockedUntil sign-ins refused until then after repeated failures, or null
 */
public record WebUser(
    long id,
    String email,
    String district,
    Instant createdAt,
    Instant lastLoginAt,
    int failedLogins,
    Instant lockedUntil) {

  public boolean isSupport() {
    return district == null;
  }

  /** Support reaches every district; a contact only their own. */
  public boolean mayReach(String districtId) {
    return isSupport() || district.equals(districtId);
  }
}
