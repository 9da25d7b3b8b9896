package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.Mode;
import java.util.List;

/**
 * Reads {@code status} and {@code dateLastModified} — columns 1 and 2 of every OneRoster 1.2 layout
 * — by the rules of the file's mode: required in delta, not for bulk.
 */
final class Lifecycle {
  static final int STATUS = 1;
  static final int DATE_LAST_MODIFIED = 2;

  /** What a row means for the roster. */
  enum Outcome {
    UPSERT,
    DELETE,
    DROP
  }

  private static final List<String> STATUSES = List.of("active", "tobedeleted");

  private Lifecycle() {}

  static Outcome of(RowCheck check, Mode mode) {
    return mode == Mode.DELTA ? delta(check) : bulk(check);
  }

  private static Outcome delta(RowCheck check) {
    for (int column : new int[] {STATUS, DATE_LAST_MODIFIED}) {
      if (check.value(column).isEmpty() && !check.reported(column)) {
        check.error(
            IssueCode.ROW_DELTA_LIFECYCLE_REQUIRED,
            column == STATUS ? "status" : "dateLastModified",
            "In a delta file every row needs status (active or tobedeleted) and dateLastModified"
                + " (e.g. 2024-08-01T00:00:00.000Z); "
                + (column == STATUS ? "status" : "dateLastModified")
                + " is blank. Fill it in, or send the file as bulk in manifest.csv.");
      }
    }
    String status = check.oneOf(STATUS, STATUSES, false, false);
    String modified = check.value(DATE_LAST_MODIFIED);
    if (!modified.isEmpty() && !Formats.dateTime(modified, !check.strict())) {
      check.error(
          IssueCode.VALUE_INVALID,
          "dateLastModified",
          "dateLastModified must be a UTC date-time like 2024-08-01T00:00:00.000Z; found "
              + Shown.value(modified)
              + ".");
    }
    return status.equals("tobedeleted") ? Outcome.DELETE : Outcome.UPSERT;
  }

  private static Outcome bulk(RowCheck check) {
    String status = check.value(STATUS);
    String modified = check.value(DATE_LAST_MODIFIED);
    String column = status.isEmpty() ? "dateLastModified" : "status";
    if (status.isEmpty() && modified.isEmpty()) {
      return Outcome.UPSERT;
    }
    if (check.strict()) {
      check.error(
          IssueCode.ROW_BULK_LIFECYCLE_STRICT,
          column,
          "status and dateLastModified must be blank in a bulk file (OneRoster 1.2); found "
              + Shown.value(status.isEmpty() ? modified : status)
              + ". Clear them, or send the file as delta in manifest.csv.");
      return Outcome.UPSERT;
    }
    if (status.equalsIgnoreCase("tobedeleted")) {
      check.repeated(
          IssueCode.ROW_BULK_TOBEDELETED,
          STATUS,
          "Rows with status tobedeleted in a bulk file were left out, so those records are"
              + " removed; a bulk file lists only what should exist.");
      return Outcome.DROP;
    }
    check.repeated(
        IssueCode.ROW_BULK_LIFECYCLE_IGNORED,
        STATUS,
        "status and dateLastModified are ignored in a bulk file: every row listed is active."
            + " Leave them blank, or send the file as delta in manifest.csv.");
    return Outcome.UPSERT;
  }
}
