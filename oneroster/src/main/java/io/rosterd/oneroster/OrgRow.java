package io.rosterd.oneroster;

/**
 * An accepted org. Values are trimmed; blank optional values are empty strings.
 *
 * @param type canonical: school, local, department, district, state, national, or an {@code ext:}
 *     value as written
 * @param toBeDeleted true for a delta row with {@code status=tobedeleted}
 */
public record OrgRow(
    long line,
    String sourcedId,
    String name,
    String type,
    String identifier,
    String parentSourcedId,
    boolean toBeDeleted) {}
