package io.rosterd.oneroster;

/**
 * An accepted user. Values are trimmed; blank optional values are empty strings.
 *
 * @param email as written (trimmed); compare with {@code toLowerCase(Locale.ROOT)}
 * @param ageGroup {@code child}, {@code adult} or empty
 * @param toBeDeleted true for a delta row with {@code status=tobedeleted}
 */
public record UserRow(
    long line,
    String sourcedId,
    boolean enabled,
    String givenName,
    String familyName,
    String middleName,
    String preferredGivenName,
    String preferredFamilyName,
    String email,
    String identifier,
    String username,
    String primaryOrgSourcedId,
    String ageGroup,
    String grades,
    String phone,
    String sms,
    boolean toBeDeleted) {}
