package io.rosterd.server.sync;

import io.rosterd.oneroster.FileKind;
import java.util.List;
import java.util.Locale;

/**
 * The three kinds of roster record and how each is stored: its table, and its data columns with the
 * OneRoster name each one is reported under. One place for the column lists that staging, applying
 * and the change log share.
 */
public enum Kind {
  ORG(
      "orgs",
      List.of(
          new Column("name", "name"),
          new Column("type", "type"),
          new Column("identifier", "identifier"),
          new Column("parent_sourced_id", "parentSourcedId"))),
  USER(
      "users",
      List.of(
          new Column("enabled", "enabledUser"),
          new Column("given_name", "givenName"),
          new Column("family_name", "familyName"),
          new Column("middle_name", "middleName"),
          new Column("preferred_given_name", "preferredGivenName"),
          new Column("preferred_family_name", "preferredFamilyName"),
          new Column("email", "email"),
          new Column("identifier", "identifier"),
          new Column("username", "username"),
          new Column("primary_org_sourced_id", "primaryOrgSourcedId"),
          new Column("age_group", "ageGroup"),
          new Column("grades", "grades"),
          new Column("phone", "phone"),
          new Column("sms", "sms"))),
  ROLE(
      "roles",
      List.of(
          new Column("user_sourced_id", "userSourcedId"),
          new Column("org_sourced_id", "orgSourcedId"),
          new Column("role_type", "roleType"),
          new Column("role", "role"),
          new Column("begin_date", "beginDate"),
          new Column("end_date", "endDate")));

  /** A stored column and the OneRoster column it comes from. */
  public record Column(String sql, String oneRoster) {}

  private final String table;
  private final List<Column> columns;

  Kind(String table, List<Column> columns) {
    this.table = table;
    this.columns = columns;
  }

  public String table() {
    return table;
  }

  /** The data columns, in the order rows are staged. */
  public List<Column> columns() {
    return columns;
  }

  public String stagingTable() {
    return "stage_" + table;
  }

  /** The word used in counts and reports: org, user, role. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The plural used as the key of counts: orgs, users, roles. */
  public String plural() {
    return table;
  }

  /** The kind of record a file of {@code file}'s kind lists; the manifest lists none. */
  static Kind of(FileKind file) {
    return switch (file) {
      case ORGS -> ORG;
      case USERS -> USER;
      case ROLES -> ROLE;
      case MANIFEST -> throw new IllegalArgumentException("manifest.csv lists no records");
    };
  }

  String columnList() {
    return String.join(", ", columns.stream().map(Column::sql).toList());
  }
}
