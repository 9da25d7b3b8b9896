package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.FileKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns rosterd knows in one kind of file: which are required, and the exact OneRoster 1.2
 * layouts the strict profile demands. A column's position in {@link #columns()} is its index in
 * every {@link RawRow} of that file.
 */
record Schema(
    FileKind kind, List<String> columns, Set<String> required, List<List<String>> layouts) {

  static final String METADATA_PREFIX = "metadata.";

  private static final List<String> ORG_LAYOUT =
      List.of(
          "sourcedId",
          "status",
          "dateLastModified",
          "name",
          "type",
          "identifier",
          "parentSourcedId");

  private static final List<String> USER_LAYOUT_1_2 =
      List.of(
          "sourcedId",
          "status",
          "dateLastModified",
          "enabledUser",
          "username",
          "userIds",
          "givenName",
          "familyName",
          "middleName",
          "identifier",
          "email",
          "sms",
          "phone",
          "agentSourcedIds",
          "grades",
          "password",
          "userMasterIdentifier",
          "resourceSourcedIds",
          "preferredGivenName",
          "preferredMiddleName",
          "preferredFamilyName",
          "primaryOrgSourcedId",
          "pronouns");

  private static final List<String> USER_LAYOUT_1_2_1 =
      USER_LAYOUT_1_2.stream().filter(c -> !c.equals("resourceSourcedIds")).toList();

  private static final List<String> ROLE_LAYOUT =
      List.of(
          "sourcedId",
          "status",
          "dateLastModified",
          "userSourcedId",
          "roleType",
          "role",
          "beginDate",
          "endDate",
          "orgSourcedId",
          "userProfileSourcedId");

  static final Schema ORGS =
      new Schema(
          FileKind.ORGS, ORG_LAYOUT, Set.of("sourcedId", "name", "type"), List.of(ORG_LAYOUT));

  static final Schema USERS =
      new Schema(
          FileKind.USERS,
          append(USER_LAYOUT_1_2, "ageGroup"),
          Set.of("sourcedId", "enabledUser", "givenName", "familyName", "email"),
          List.of(USER_LAYOUT_1_2_1, USER_LAYOUT_1_2));

  static final Schema ROLES =
      new Schema(
          FileKind.ROLES,
          ROLE_LAYOUT,
          Set.of("sourcedId", "userSourcedId", "roleType", "role", "orgSourcedId"),
          List.of(ROLE_LAYOUT));

  /** Header names that mean another column: the 1.2 extension spelling of ageGroup. */
  private static final Map<String, String> ALIASES = Map.of("metadata.agegroup", "ageGroup");

  static Schema of(FileKind kind) {
    return switch (kind) {
      case ORGS -> ORGS;
      case USERS -> USERS;
      case ROLES -> ROLES;
      case MANIFEST -> throw new IllegalArgumentException("the manifest has no row schema");
    };
  }

  /** The index of a canonical column name; every caller names a column of this schema. */
  int index(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException(column + " is not a column of " + kind.fileName());
    }
    return i;
  }

  /** The canonical column a header name means, ignoring case and spaces; -1 if unknown. */
  int match(String headerName) {
    String key = headerName.trim().toLowerCase(Locale.ROOT);
    String alias = ALIASES.get(key);
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      if (column.toLowerCase(Locale.ROOT).equals(key) || column.equals(alias)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> append(List<String> list, String extra) {
    List<String> copy = new java.util.ArrayList<>(list);
    copy.add(extra);
    return List.copyOf(copy);
  }
}
