package io.rosterd.oneroster.generate;

import java.io.IOException;

/**
 * The values of one users.csv row in the OneRoster 1.2.1 layout plus {@code metadata.ageGroup},
 * reused row after row; defects change them before writing.
 */
final class UserLine {

  static final String HEADER =
      "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,"
          + "middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,"
          + "userMasterIdentifier,preferredGivenName,preferredMiddleName,preferredFamilyName,"
          + "primaryOrgSourcedId,pronouns,metadata.ageGroup";

  String sourcedId;
  String enabledUser;
  String username;
  String userIds;
  String givenName;
  String familyName;
  String middleName;
  String identifier;
  String email;
  String agentSourcedIds;
  String grades;
  String primaryOrgSourcedId;
  String ageGroup;
  boolean ragged;

  /** Bulk rows leave status and dateLastModified blank. A ragged row has one field too many. */
  void writeTo(CsvOut out) throws IOException {
    out.cell(sourcedId).blanks(2).cell(enabledUser).cell(username).cell(userIds);
    out.cell(givenName).cell(familyName).cell(middleName).cell(identifier).cell(email);
    out.blanks(2).cell(agentSourcedIds).cell(grades).blanks(5);
    out.cell(primaryOrgSourcedId).blanks(1).cell(ageGroup);
    if (ragged) {
      out.cell("extra");
    }
    out.endRow();
  }
}
