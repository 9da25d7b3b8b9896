package io.rosterd.oneroster;

/**
 * An accepted role. Values are trimmed; blank optional values are empty strings.
 *
 * @param roleType {@code primary} or {@code secondary}
 * @param role canonical OneRoster 1.2 role (legacy {@code administrator} already mapped), or an
 *     {@code ext:} value as written
 * @param beginDate ISO date {@code yyyy-MM-dd} or empty
 * @param endDate ISO date {@code yyyy-MM-dd} or empty
 * @param toBeDeleted true for a delta row with {@code status=tobedeleted}
 */
public record RoleRow(
    long line,
    String sourcedId,
    String userSourcedId,
    String orgSourcedId,
    String roleType,
    String role,
    String beginDate,
    String endDate,
    boolean toBeDeleted) {}
