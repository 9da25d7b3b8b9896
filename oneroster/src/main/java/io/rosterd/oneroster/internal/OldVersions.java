package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.IssueCode;

/** Recognises OneRoster 1.0 and 1.1 uploads, which rosterd refuses with what 1.2 needs. */
final class OldVersions {
  private OldVersions() {}

  /** OneRoster 1.0 and 1.1 put role and orgSourcedIds in users.csv; 1.0 had no enabledUser. */
  static void checkUsersHeader(java.util.List<String> header) {
    java.util.Set<String> names = new java.util.HashSet<>();
    header.forEach(h -> names.add(h.trim().toLowerCase(java.util.Locale.ROOT)));
    if (names.contains("orgsourcedids") && names.contains("role")) {
      throw refuse(
          names.contains("enableduser") ? "1.1" : "1.0",
          "users.csv has the role and orgSourcedIds columns of that version");
    }
  }

  static UploadRejected refuse(String version, String evidence) {
    return Rejections.upload(
        IssueCode.UPLOAD_OLD_ONEROSTER,
        "This upload is OneRoster "
            + version
            + " ("
            + evidence
            + "); rosterd reads OneRoster 1.2. Export OneRoster 1.2 from your SIS: users.csv"
            + " without the role and orgSourcedIds columns, roles.csv linking each user to its"
            + " orgs (userSourcedId, roleType, role, orgSourcedId), and manifest.csv with"
            + " oneroster.version 1.2.");
  }
}
