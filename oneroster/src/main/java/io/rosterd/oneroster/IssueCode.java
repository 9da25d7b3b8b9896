package io.rosterd.oneroster;

import static io.rosterd.oneroster.Severity.ERROR;
import static io.rosterd.oneroster.Severity.INFO;
import static io.rosterd.oneroster.Severity.WARNING;

/**
 * Every finding rosterd can report, with a stable code. Codes never change meaning once released:
 * reports, scripts and {@code docs/errors.md} rely on them. A code whose {@link #rejects()} is true
 * refuses the whole upload; any other error skips one row.
 */
public enum IssueCode {
  // The upload as a whole: nothing is applied.
  UPLOAD_UNREADABLE("upload.unreadable", ERROR, true),
  UPLOAD_NO_ROSTER_FILES("upload.no_roster_files", ERROR, true),
  UPLOAD_OLD_ONEROSTER("upload.old_oneroster_version", ERROR, true),
  ZIP_UNREADABLE("zip.unreadable", ERROR, true),
  ZIP_UNSAFE_ENTRY("zip.unsafe_entry", ERROR, true),
  ZIP_TOO_MANY_ENTRIES("zip.too_many_entries", ERROR, true),
  ZIP_TOO_LARGE("zip.too_large", ERROR, true),
  ZIP_DUPLICATE_ENTRY("zip.duplicate_entry", ERROR, true),
  UPLOAD_UNKNOWN_FILE_STRICT("upload.unknown_file", ERROR, true),

  // Notes about file names.
  FILE_IGNORED("file.ignored", INFO, false),
  FILE_NAME_CLOSE("file.name_close", WARNING, false),
  FILE_NOT_USED("file.not_used", INFO, false),

  // One file cannot be read: the upload is refused.
  FILE_NOT_UTF8("file.not_utf8", ERROR, true),
  FILE_EMPTY("file.empty", ERROR, true),
  FILE_NO_DATA_ROWS("file.no_data_rows", ERROR, true),
  FILE_TOO_LARGE("file.too_large", ERROR, true),
  CSV_BROKEN_QUOTING("csv.broken_quoting", ERROR, true),
  CSV_FIELD_TOO_LONG("csv.field_too_long", ERROR, true),
  HEADER_MISSING_COLUMN("header.missing_column", ERROR, true),
  HEADER_DUPLICATE_COLUMN("header.duplicate_column", ERROR, true),
  HEADER_LAYOUT_STRICT("header.layout_mismatch", ERROR, true),
  HEADER_BLANK_COLUMN("header.blank_column", WARNING, false),
  HEADER_CASE_FIXED("header.case_fixed", WARNING, false),
  HEADER_UNKNOWN_COLUMN("header.unknown_column", INFO, false),

  // manifest.csv
  MANIFEST_MISSING("manifest.missing", ERROR, true),
  MANIFEST_BAD_HEADER("manifest.bad_header", ERROR, true),
  MANIFEST_BAD_VALUE("manifest.bad_value", ERROR, true),
  MANIFEST_BAD_VERSION("manifest.bad_version", ERROR, true),
  MANIFEST_FILE_MISSING("manifest.file_missing", ERROR, true),
  MANIFEST_FILE_UNEXPECTED("manifest.file_unexpected", ERROR, true),
  MANIFEST_OTHER_FILE_MISMATCH("manifest.other_file_mismatch", WARNING, false),
  MANIFEST_UNKNOWN_PROPERTY("manifest.unknown_property", INFO, false),

  // One row: that row is skipped, the rest applies.
  ROW_FIELD_COUNT("row.field_count", ERROR, false),
  VALUE_REQUIRED("value.required", ERROR, false),
  VALUE_INVALID("value.invalid", ERROR, false),
  VALUE_TOO_LONG("value.too_long", ERROR, false),
  VALUE_CONTROL_CHARACTER("value.control_character", ERROR, false),
  VALUE_QUOTE_STRICT("value.unquoted_quote", ERROR, false),
  VALUE_CASE_STRICT("value.case_mismatch", ERROR, false),
  ROW_DUPLICATE_SOURCED_ID("row.duplicate_sourced_id", ERROR, false),
  ROW_BULK_LIFECYCLE_STRICT("row.field_forbidden_in_bulk", ERROR, false),
  ROW_DELTA_LIFECYCLE_REQUIRED("row.field_required_in_delta", ERROR, false),
  USER_EMAIL_IN_USE("user.email_in_use", ERROR, false),
  REF_UNKNOWN_ORG("ref.unknown_org", ERROR, false),
  REF_UNKNOWN_USER("ref.unknown_user", ERROR, false),
  REF_SKIPPED("ref.skipped_dependency", ERROR, false),
  ORG_CYCLE("org.cycle", ERROR, false),
  ORG_GROUP_NESTING("org.group_nesting", ERROR, false),
  ROLE_SECOND_PRIMARY("role.second_primary", ERROR, false),

  // Accepted with a fix applied.
  VALUE_CASE_FIXED("value.case_fixed", WARNING, false),
  VALUE_IGNORED("value.ignored", WARNING, false),
  USER_EMAIL_BLANK("user.email_blank", WARNING, false),
  ROLE_ADMINISTRATOR_MAPPED("role.administrator_mapped", WARNING, false),
  ROW_BULK_LIFECYCLE_IGNORED("row.bulk_lifecycle_ignored", WARNING, false),
  ROW_BULK_TOBEDELETED("row.bulk_tobedeleted", WARNING, false),
  ROLE_REPEATS_PRIMARY_ORG("role.repeats_primary_org", INFO, false),
  ISSUES_TRUNCATED("issues.truncated", INFO, false);

  private final String code;
  private final Severity severity;
  private final boolean rejects;

  IssueCode(String code, Severity severity, boolean rejects) {
    this.code = code;
    this.severity = severity;
    this.rejects = rejects;
  }

  /** The stable code, e.g. {@code user.email_in_use}. */
  public String code() {
    return code;
  }

  public Severity severity() {
    return severity;
  }

  /** True when this issue refuses the whole upload rather than one row. */
  public boolean rejects() {
    return rejects;
  }

  /** The code whose stable string is {@code code}, e.g. as stored with a run. */
  public static IssueCode ofCode(String code) {
    for (IssueCode value : values()) {
      if (value.code.equals(code)) {
        return value;
      }
    }
    throw new IllegalArgumentException("no issue code " + code);
  }

  @Override
  public String toString() {
    return code;
  }
}
