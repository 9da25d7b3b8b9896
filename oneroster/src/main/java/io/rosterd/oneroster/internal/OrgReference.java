package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.IssueCode;

/** Resolves a reference to an org from a row of users.csv or roles.csv, reporting failures. */
final class OrgReference {
  private OrgReference() {}

  /** The org named in {@code column}, or null (reported) when it is missing or was skipped. */
  static OrgDirectory.Org resolve(
      RowCheck check, OrgDirectory orgs, String sourcedId, String column) {
    OrgDirectory.Org org = orgs.find(sourcedId);
    if (org == null) {
      check.error(IssueCode.REF_UNKNOWN_ORG, column, orgs.describeMissing(sourcedId, column));
      return null;
    }
    if (org.skipped()) {
      check.error(IssueCode.REF_SKIPPED, column, orgs.describeSkipped(org, column));
      return null;
    }
    return org;
  }
}
