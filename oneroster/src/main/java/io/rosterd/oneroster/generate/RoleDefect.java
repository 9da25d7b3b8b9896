package io.rosterd.oneroster.generate;

import static io.rosterd.oneroster.IssueCode.REF_UNKNOWN_ORG;
import static io.rosterd.oneroster.IssueCode.REF_UNKNOWN_USER;
import static io.rosterd.oneroster.IssueCode.ROLE_SECOND_PRIMARY;
import static io.rosterd.oneroster.IssueCode.ROW_DUPLICATE_SOURCED_ID;
import static io.rosterd.oneroster.IssueCode.ROW_FIELD_COUNT;
import static io.rosterd.oneroster.IssueCode.VALUE_IGNORED;
import static io.rosterd.oneroster.IssueCode.VALUE_INVALID;
import static io.rosterd.oneroster.IssueCode.VALUE_REQUIRED;

import io.rosterd.oneroster.IssueCode;

/**
 * The defects injected into roles.csv, each with the issue it must cause in the lenient profile. A
 * bad {@code beginDate} only passes a value along, so lenient drops it with a warning that is
 * reported once per file, at its first row with no sourcedId; the row itself is accepted.
 */
enum RoleDefect {
  BLANK_SOURCED_ID(VALUE_REQUIRED, "sourcedId"),
  BLANK_USER(VALUE_REQUIRED, "userSourcedId"),
  BLANK_ORG(VALUE_REQUIRED, "orgSourcedId"),
  BLANK_ROLE(VALUE_REQUIRED, "role"),
  BLANK_ROLE_TYPE(VALUE_REQUIRED, "roleType"),
  INVALID_ROLE(VALUE_INVALID, "role"),
  INVALID_ROLE_TYPE(VALUE_INVALID, "roleType"),
  UNKNOWN_USER(REF_UNKNOWN_USER, "userSourcedId"),
  UNKNOWN_ORG(REF_UNKNOWN_ORG, "orgSourcedId"),
  SECOND_PRIMARY(ROLE_SECOND_PRIMARY, "roleType"),
  DUPLICATE_SOURCED_ID(ROW_DUPLICATE_SOURCED_ID, "sourcedId"),
  FIELD_COUNT(ROW_FIELD_COUNT, ""),
  INVALID_BEGIN_DATE(VALUE_IGNORED, "beginDate");

  final IssueCode code;
  final String column;

  RoleDefect(IssueCode code, String column) {
    this.code = code;
    this.column = column;
  }
}
