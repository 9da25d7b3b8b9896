package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;
import java.util.List;
import java.util.Locale;

/**
 * Checks the values of one row at a time and reports what is wrong with them. Any error marks the
 * row as failed; the pass then skips it. One instance serves a whole file.
 */
final class RowCheck {
  static final int MAX_ID = 255;
  static final int MAX_TEXT = 255;

  private final String file;
  private final Schema schema;
  private final boolean strict;
  private final IssueLog log;
  private final HeaderShape shape;
  private RawRow row;
  private String sourcedId;
  private boolean failed;
  private boolean[] unusable;

  RowCheck(String file, Schema schema, boolean strict, IssueLog log, HeaderShape shape) {
    this.file = file;
    this.schema = schema;
    this.strict = strict;
    this.log = log;
    this.shape = shape;
    this.unusable = new boolean[schema.columns().size()];
  }

  /** Starts a row: checks its shape and characters. False when its values cannot be trusted. */
  boolean start(RawRow next) {
    row = next;
    // a short record may stop before the sourcedId: the slot then holds an earlier record's
    sourcedId =
        next.sourcedIdField < 0
            ? ""
            : next.controlCharacter[0] ? Shown.printable(next.get(0)) : next.get(0);
    failed = false;
    java.util.Arrays.fill(unusable, false);
    if (next.unclosedQuote) {
      failed = true;
      return false;
    }
    if (!shape.fits(next.fieldCount)) {
      error(
          IssueCode.ROW_FIELD_COUNT,
          "",
          String.format(
              "This row has %d fields but the header has %d, so its values cannot be matched to"
                  + " columns. Check for a missing or extra comma, or a value with a comma that"
                  + " is not in quotes.",
              next.fieldCount, shape.fields()));
      return false;
    }
    checkCharacters();
    return true;
  }

  private void checkCharacters() {
    for (int column = 0; column < row.values.length; column++) {
      if (row.controlCharacter[column]) {
        unusable[column] = true;
        error(
            IssueCode.VALUE_CONTROL_CHARACTER,
            column,
            "The value "
                + Shown.value(row.get(column))
                + " holds a line break, tab or other control character. Remove it; OneRoster"
                + " values are single-line text.");
      }
      if (strict && row.unquotedQuote[column]) {
        error(
            IssueCode.VALUE_QUOTE_STRICT,
            column,
            "The value "
                + Shown.value(row.get(column))
                + " holds a quote (\") but is not in quotes, which RFC 4180 does not allow."
                + " Quote the value and double the quote inside it (\"O\"\"Brien\").");
      }
    }
  }

  boolean failed() {
    return failed;
  }

  String sourcedId() {
    return sourcedId;
  }

  /**
   * The sourcedId of a row whose values could not be matched to columns (a wrong field count), when
   * it is the record's first field (no missing or extra comma can have shifted it); else empty.
   * Such a row still names its record.
   */
  String sourcedIdOfUnreadRow() {
    return row.sourcedIdField == 0 && !row.unclosedQuote && !row.controlCharacter[0]
        ? sourcedId
        : "";
  }

  long line() {
    return row.line;
  }

  RawRow row() {
    return row;
  }

  boolean strict() {
    return strict;
  }

  /**
   * The trimmed value of a column, or empty when it was already reported as unusable — so one bad
   * value gives one error, not an echo in every check that reads it.
   */
  String value(int column) {
    return unusable[column] ? "" : row.get(column);
  }

  boolean reported(int column) {
    return unusable[column];
  }

  void error(IssueCode code, int column, String message) {
    error(code, schema.columns().get(column), message);
  }

  void error(IssueCode code, String column, String message) {
    failed = true;
    log.add(Issue.of(code, file, row.line, sourcedId, column, message));
  }

  /** A warning or note about this row that is reported once per file and column. */
  void repeated(IssueCode code, int column, String message) {
    log.addRepeated(code, file, row.line, schema.columns().get(column), message);
  }

  /** A required text value at most {@code max} characters long; empty when it failed. */
  String required(int column, int max) {
    if (unusable[column]) {
      return "";
    }
    String value = row.get(column);
    if (value.isEmpty()) {
      error(
          IssueCode.VALUE_REQUIRED,
          column,
          schema.columns().get(column) + " is required but blank. Fill it in for this row.");
      return "";
    }
    return limited(column, value, max);
  }

  /** An optional text value at most {@code max} characters long. */
  String optional(int column, int max) {
    return limited(column, value(column), max);
  }

  private String limited(int column, String value, int max) {
    if (value.length() > max) {
      error(
          IssueCode.VALUE_TOO_LONG,
          column,
          String.format(
              "%s may hold at most %d characters; found %d (%s). Shorten it.",
              schema.columns().get(column), max, value.length(), Shown.value(value)));
      return "";
    }
    return value;
  }

  /**
   * One of {@code allowed} (or an {@code ext:} value when {@code extensible}); canonical case in
   * lenient with a warning; exact case in strict. Empty when blank (and not required) or wrong.
   */
  String oneOf(int column, List<String> allowed, boolean extensible, boolean required) {
    String value = required ? required(column, MAX_TEXT) : optional(column, MAX_TEXT);
    if (value.isEmpty()) {
      return "";
    }
    if (allowed.contains(value) || (extensible && isExtension(value))) {
      return value;
    }
    for (String canonical : allowed) {
      if (canonical.equalsIgnoreCase(value)) {
        return recased(column, value, canonical);
      }
    }
    error(IssueCode.VALUE_INVALID, column, notOneOf(column, value, allowed, extensible));
    return "";
  }

  private boolean isExtension(String value) {
    return strict ? value.startsWith("ext:") : value.regionMatches(true, 0, "ext:", 0, 4);
  }

  private String recased(int column, String value, String canonical) {
    String name = schema.columns().get(column);
    if (strict) {
      error(
          IssueCode.VALUE_CASE_STRICT,
          column,
          String.format(
              "%s must be written exactly %s in OneRoster 1.2; found %s. Fix the case.",
              name, Shown.value(canonical), Shown.value(value)));
      return "";
    }
    repeated(
        IssueCode.VALUE_CASE_FIXED,
        column,
        String.format(
            "%s values are matched ignoring case (%s was read as %s). Write them as OneRoster"
                + " does to pass strict validation.",
            name, Shown.value(value), Shown.value(canonical)));
    return canonical;
  }

  private String notOneOf(int column, String value, List<String> allowed, boolean extensible) {
    return String.format(
        "%s must be one of %s%s; found %s. Use one of those values%s.",
        schema.columns().get(column),
        String.join(", ", allowed),
        extensible ? ", or an ext: value" : "",
        Shown.value(value),
        strict ? "" : " (any case)");
  }

  /** A boolean; null when blank-and-required or wrong (already reported). */
  Boolean bool(int column) {
    String value = required(column, MAX_TEXT);
    if (value.isEmpty()) {
      return null;
    }
    Boolean parsed = strict ? strictBoolean(column, value) : lenientBoolean(value);
    if (parsed == null && !failed) {
      error(
          IssueCode.VALUE_INVALID,
          column,
          String.format(
              "%s must be %s; found %s.",
              schema.columns().get(column),
              strict ? "true or false" : "true or false (also yes/no, y/n, 1/0, any case)",
              Shown.value(value)));
    }
    return parsed;
  }

  private Boolean strictBoolean(int column, String value) {
    if (value.equals("true") || value.equals("false")) {
      return value.equals("true");
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      recased(column, value, value.toLowerCase(Locale.ROOT));
    }
    return null;
  }

  private static Boolean lenientBoolean(String value) {
    if (value.equals("true") || value.equals("false")) {
      return value.length() == 4;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1" -> Boolean.TRUE;
      case "false", "no", "n", "0" -> Boolean.FALSE;
      default -> null;
    };
  }

  /**
   * An optional value rosterd passes along but does not rely on: when it is malformed, lenient
   * drops it with a warning, strict skips the row. {@code expected} describes the format.
   */
  String passedAlong(int column, boolean wellFormed, String expected) {
    String value = value(column);
    if (value.isEmpty() || wellFormed) {
      return value;
    }
    String message =
        String.format(
            "%s must be %s; found %s.", schema.columns().get(column), expected, Shown.value(value));
    if (strict) {
      error(IssueCode.VALUE_INVALID, column, message);
    } else {
      repeated(IssueCode.VALUE_IGNORED, column, message + " The value was ignored.");
    }
    return "";
  }
}
