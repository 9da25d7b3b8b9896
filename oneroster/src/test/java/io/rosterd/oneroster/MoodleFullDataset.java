package io.rosterd.oneroster;

import io.rosterd.oneroster.fixture.ExpectedIssue;
import io.rosterd.oneroster.fixture.Rows;
import java.util.List;

/**
 * Every issue expected from Moodle's hand-made {@code v1p2_full_dataset.zip} (catalyst, main), as
 * read from its files against {@code docs/oneroster.md}:
 *
 * <ul>
 *   <li>manifest.csv lines 21-23 leave file.scoreScales, file.userProfiles and file.userResources
 *       blank: files rosterd does not use, so a warning in lenient and a bad value in strict;
 *   <li>orgs.csv's only org names a parent that is nowhere (lenient skips it, and every user whose
 *       primary org it is); its bulk row carries status and dateLastModified (strict skips it);
 *   <li>users.csv misspells prefferedGivenName/MiddleName/FamilyName (unknown columns, or a layout
 *       mismatch in strict), writes dateLastModified as 1/05/2023 and status in bulk rows, and
 *       enabledUser TRUE (fine in lenient);
 *   <li>roles.csv has the header typo dataLastModified and two blank column names, so its 9-field
 *       rows stop before those trailing unnamed columns, which is allowed;
 *   <li>userprofiles.csv (lower case) holds roles data and is not read.
 * </ul>
 */
final class MoodleFullDataset {

  static final List<ExpectedIssue> LENIENT =
      Rows.of(
          "info,file.not_used,,0,,",
          "warning,manifest.other_file_mismatch,manifest.csv,21,,file.scoreScales",
          "warning,manifest.other_file_mismatch,manifest.csv,22,,file.userProfiles",
          "warning,manifest.other_file_mismatch,manifest.csv,23,,file.userResources",
          "error,ref.unknown_org,orgs.csv,2,org-sch-222-456,parentSourcedId",
          "warning,row.bulk_lifecycle_ignored,orgs.csv,2,,status",
          "info,header.unknown_column,users.csv,1,,prefferedGivenName",
          "warning,row.bulk_lifecycle_ignored,users.csv,2,,status",
          "error,ref.skipped_dependency,users.csv,2,usr-222-123456,primaryOrgSourcedId",
          "error,ref.skipped_dependency,users.csv,3,usr-222-66778899,primaryOrgSourcedId",
          "error,ref.skipped_dependency,users.csv,4,usr-222-1234561,primaryOrgSourcedId",
          "error,ref.skipped_dependency,users.csv,5,usr-222-987654,primaryOrgSourcedId",
          "error,ref.skipped_dependency,users.csv,6,usr-222-1234561232,primaryOrgSourcedId",
          "error,ref.skipped_dependency,users.csv,7,usr-222-567891,primaryOrgSourcedId",
          "info,header.unknown_column,roles.csv,1,,dataLastModified",
          "warning,header.blank_column,roles.csv,1,,",
          "error,ref.skipped_dependency,roles.csv,2,rol-123-1234,orgSourcedId",
          "error,ref.skipped_dependency,roles.csv,2,rol-123-1234,userSourcedId",
          "error,ref.skipped_dependency,roles.csv,3,rol-321-3333,orgSourcedId",
          "error,ref.skipped_dependency,roles.csv,3,rol-321-3333,userSourcedId",
          "error,ref.skipped_dependency,roles.csv,4,rol-654-4564,orgSourcedId",
          "error,ref.skipped_dependency,roles.csv,4,rol-654-4564,userSourcedId",
          "error,ref.skipped_dependency,roles.csv,5,rol-345-9876,orgSourcedId",
          "error,ref.skipped_dependency,roles.csv,5,rol-345-9876,userSourcedId",
          "error,ref.skipped_dependency,roles.csv,6,rol-222-1122,orgSourcedId",
          "error,ref.skipped_dependency,roles.csv,6,rol-222-1122,userSourcedId",
          "error,ref.skipped_dependency,roles.csv,7,rol-321-3211,orgSourcedId",
          "error,ref.skipped_dependency,roles.csv,7,rol-321-3211,userSourcedId",
          "error,ref.skipped_dependency,roles.csv,8,rol-333-9898,orgSourcedId",
          "error,ref.skipped_dependency,roles.csv,8,rol-333-9898,userSourcedId",
          "warning,row.bulk_lifecycle_ignored,roles.csv,2,,status");

  static final List<ExpectedIssue> STRICT =
      Rows.of(
          "info,file.not_used,,0,,",
          "error,manifest.bad_value,manifest.csv,21,,file.scoreScales",
          "error,manifest.bad_value,manifest.csv,22,,file.userProfiles",
          "error,manifest.bad_value,manifest.csv,23,,file.userResources",
          "error,row.field_forbidden_in_bulk,orgs.csv,2,org-sch-222-456,status",
          "error,header.layout_mismatch,users.csv,1,,",
          "error,header.layout_mismatch,roles.csv,1,,");

  private MoodleFullDataset() {}
}
