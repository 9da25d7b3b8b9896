package io.rosterd.oneroster.generate;

import static io.rosterd.oneroster.IssueCode.REF_UNKNOWN_ORG;
import static io.rosterd.oneroster.IssueCode.ROW_DUPLICATE_SOURCED_ID;
import static io.rosterd.oneroster.IssueCode.ROW_FIELD_COUNT;
import static io.rosterd.oneroster.IssueCode.USER_EMAIL_IN_USE;
import static io.rosterd.oneroster.IssueCode.VALUE_CONTROL_CHARACTER;
import static io.rosterd.oneroster.IssueCode.VALUE_INVALID;
import static io.rosterd.oneroster.IssueCode.VALUE_REQUIRED;
import static io.rosterd.oneroster.IssueCode.VALUE_TOO_LONG;

import io.rosterd.oneroster.IssueCode;

/** The defects injected into users.csv, each with the one issue it must cause. */
enum UserDefect {
  BLANK_SOURCED_ID(VALUE_REQUIRED, "sourcedId"),
  BLANK_GIVEN_NAME(VALUE_REQUIRED, "givenName"),
  BLANK_FAMILY_NAME(VALUE_REQUIRED, "familyName"),
  BLANK_ENABLED_USER(VALUE_REQUIRED, "enabledUser"),
  INVALID_ENABLED_USER(VALUE_INVALID, "enabledUser"),
  INVALID_EMAIL(VALUE_INVALID, "email"),
  EMAIL_IN_USE(USER_EMAIL_IN_USE, "email"),
  DUPLICATE_SOURCED_ID(ROW_DUPLICATE_SOURCED_ID, "sourcedId"),
  UNKNOWN_PRIMARY_ORG(REF_UNKNOWN_ORG, "primaryOrgSourcedId"),
  INVALID_AGE_GROUP(VALUE_INVALID, "ageGroup"),
  CONTROL_CHARACTER(VALUE_CONTROL_CHARACTER, "givenName"),
  NAME_TOO_LONG(VALUE_TOO_LONG, "familyName"),
  FIELD_COUNT(ROW_FIELD_COUNT, "");

  final IssueCode code;
  final String column;

  UserDefect(IssueCode code, String column) {
    this.code = code;
    this.column = column;
  }

  /**
   * Whether the skipped row's own sourcedId is unusable, so the user gets no roles: a role naming
   * it would be an unknown or someone else's user rather than a clean cascade.
   */
  boolean losesSourcedId() {
    return this == BLANK_SOURCED_ID || this == DUPLICATE_SOURCED_ID || this == FIELD_COUNT;
  }

  /** Whether the kind needs an earlier accepted user to copy from. */
  boolean copiesEarlierUser() {
    return this == EMAIL_IN_USE || this == DUPLICATE_SOURCED_ID;
  }
}
