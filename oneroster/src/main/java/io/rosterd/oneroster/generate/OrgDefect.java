package io.rosterd.oneroster.generate;

import static io.rosterd.oneroster.IssueCode.ORG_CYCLE;
import static io.rosterd.oneroster.IssueCode.ORG_GROUP_NESTING;
import static io.rosterd.oneroster.IssueCode.REF_UNKNOWN_ORG;
import static io.rosterd.oneroster.IssueCode.ROW_DUPLICATE_SOURCED_ID;
import static io.rosterd.oneroster.IssueCode.ROW_FIELD_COUNT;
import static io.rosterd.oneroster.IssueCode.VALUE_CONTROL_CHARACTER;
import static io.rosterd.oneroster.IssueCode.VALUE_INVALID;
import static io.rosterd.oneroster.IssueCode.VALUE_REQUIRED;
import static io.rosterd.oneroster.IssueCode.VALUE_TOO_LONG;

import io.rosterd.oneroster.IssueCode;

/**
 * The defects injected into orgs.csv, each with the one issue it must cause. Kinds that lose the
 * row's own sourcedId, or make its parent chain odd, go only to orgs nothing sits under, so what
 * cascades from them stays unambiguous.
 */
enum OrgDefect {
  BLANK_SOURCED_ID(VALUE_REQUIRED, "sourcedId", true),
  BLANK_NAME(VALUE_REQUIRED, "name", false),
  BLANK_TYPE(VALUE_REQUIRED, "type", false),
  INVALID_TYPE(VALUE_INVALID, "type", false),
  NAME_TOO_LONG(VALUE_TOO_LONG, "name", false),
  CONTROL_CHARACTER(VALUE_CONTROL_CHARACTER, "name", false),
  UNKNOWN_PARENT(REF_UNKNOWN_ORG, "parentSourcedId", false),
  DUPLICATE_SOURCED_ID(ROW_DUPLICATE_SOURCED_ID, "sourcedId", true),
  FIELD_COUNT(ROW_FIELD_COUNT, "", true),
  OWN_PARENT(ORG_CYCLE, "parentSourcedId", true),
  GROUP_TOO_DEEP(ORG_GROUP_NESTING, "parentSourcedId", true);

  final IssueCode code;
  final String column;

  /** Only for orgs without children. */
  final boolean childless;

  OrgDefect(IssueCode code, String column, boolean childless) {
    this.code = code;
    this.column = column;
    this.childless = childless;
  }

  /** Whether the skipped row's sourcedId is unusable, so nothing may refer to it. */
  boolean losesSourcedId() {
    return this == BLANK_SOURCED_ID || this == DUPLICATE_SOURCED_ID || this == FIELD_COUNT;
  }
}
