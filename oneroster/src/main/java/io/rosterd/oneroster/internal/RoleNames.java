package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.IssueCode;

/** Reads the role column, mapping OneRoster 1.1's {@code administrator} by the org's type. */
final class RoleNames {
  private static final String LEGACY = "administrator";

  private RoleNames() {}

  static String read(RowCheck check, int column, OrgDirectory.Org org) {
    String value = check.value(column);
    if (!value.equalsIgnoreCase(LEGACY)) {
      return check.oneOf(column, RolesPass.ROLES, true, true);
    }
    if (check.strict()) {
      check.error(
          IssueCode.VALUE_INVALID,
          "role",
          "role \"administrator\" is OneRoster 1.1; OneRoster 1.2 has districtAdministrator and"
              + " siteAdministrator. Use one of those.");
      return "";
    }
    if (org == null) {
      return "";
    }
    String mapped =
        RolesPass.districtLevel(org.type()) ? "districtAdministrator" : "siteAdministrator";
    check.repeated(
        IssueCode.ROLE_ADMINISTRATOR_MAPPED,
        column,
        String.format(
            "role administrator (OneRoster 1.1) was read as districtAdministrator at district,"
                + " state and national orgs and siteAdministrator elsewhere (first: %s at a %s"
                + " org). Write the 1.2 role to remove this warning.",
            mapped, org.type()));
    return mapped;
  }
}
