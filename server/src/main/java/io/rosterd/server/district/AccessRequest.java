package io.rosterd.server.district;

import java.time.Instant;

/**
 * A district's request to start using rosterd, naming its technical contact.
 *
 * @param state pending, approved or declined
 * @param district the district made when it was approved, or null
 */
public record AccessRequest(
    long id,
    String districtName,
    String contactName,
    String contactEmail,
    String phone,
    String notes,
    String state,
    String district,
    String decidedBy,
    Instant decidedAt,
    String declineReason,
    Instant createdAt) {

  public static final String PENDING = "pending";
  public static final String APPROVED = "approved";
  public static final String DECLINED = "declined";
}
