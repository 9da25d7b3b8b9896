package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the header of a roster file and maps its fields to the schema's columns: by name, any
 * order and case in lenient; the exact OneRoster 1.2 layout in strict.
 */
final class HeaderCheck {
  private final Schema schema;
  private final String file;
  private final boolean strict;
  private final IssueLog log;
  private final boolean withoutRoles;

  /**
   * @param withoutRoles the upload has no roles.csv: a users.csv with role and orgSourcedIds
   *     columns is then OneRoster 1.0/1.1 (with roles.csv they are just unknown columns)
   */
  HeaderCheck(Schema schema, String file, boolean strict, IssueLog log, boolean withoutRoles) {
    this.schema = schema;
    this.file = file;
    this.strict = strict;
    this.log = log;
    this.withoutRoles = withoutRoles;
  }

  /** The column index of every field (-1 for columns rosterd does not use). */
  int[] map(List<String> header) {
    if (schema.kind() == io.rosterd.oneroster.FileKind.USERS && withoutRoles) {
      OldVersions.checkUsersHeader(header);
    }
    if (strict) {
      checkLayout(header);
    }
    int[] fieldToColumn = new int[header.size()];
    List<String> unknown = new ArrayList<>();
    List<String> recased = new ArrayList<>();
    List<Integer> blank = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).trim();
      int column = name.isEmpty() ? -1 : schema.match(name);
      fieldToColumn[i] = column;
      if (name.isEmpty()) {
        blank.add(i + 1);
      } else if (column < 0) {
        unknown.add(name);
      } else {
        checkUnique(fieldToColumn, i, header);
        if (!name.equals(schema.columns().get(column)) && !isAlias(name)) {
          recased.add(name);
        }
      }
    }
    checkRequired(fieldToColumn, header);
    noteUnusual(unknown, recased, blank);
    return fieldToColumn;
  }

  private boolean isAlias(String name) {
    return name.startsWith(Schema.METADATA_PREFIX);
  }

  private void checkLayout(List<String> header) {
    for (List<String> layout : schema.layouts()) {
      if (header.size() >= layout.size()
          && header.subList(0, layout.size()).equals(layout)
          && header.subList(layout.size(), header.size()).stream()
              .allMatch(h -> h.startsWith(Schema.METADATA_PREFIX) && h.length() > 9)) {
        return;
      }
    }
    throw reject(
        IssueCode.HEADER_LAYOUT_STRICT,
        "",
        "The header of "
            + file
            + " is not the OneRoster 1.2 layout (names, case and order must match exactly;"
            + " extension columns must be named metadata.* and come last). Expected: "
            + String.join(",", schema.layouts().get(0))
            + (schema.layouts().size() > 1
                ? " (or, for OneRoster 1.2.0: " + String.join(",", schema.layouts().get(1)) + ")"
                : "")
            + ". Found: "
            + String.join(",", header)
            + ".");
  }

  private void checkUnique(int[] fieldToColumn, int field, List<String> header) {
    for (int earlier = 0; earlier < field; earlier++) {
      if (fieldToColumn[earlier] == fieldToColumn[field]) {
        String column = schema.columns().get(fieldToColumn[field]);
        throw reject(
            IssueCode.HEADER_DUPLICATE_COLUMN,
            column,
            String.format(
                "%s names the column %s twice (\"%s\" in column %d and \"%s\" in column %d); it is"
                    + " unclear which to use. Remove one of them.",
                file,
                column,
                header.get(earlier).trim(),
                earlier + 1,
                header.get(field).trim(),
                field + 1));
      }
    }
  }

  private void checkRequired(int[] fieldToColumn, List<String> header) {
    List<String> missing = new ArrayList<>();
    for (String column : schema.columns()) {
      int index = schema.index(column);
      if (schema.required().contains(column)
          && Arrays.stream(fieldToColumn).noneMatch(c -> c == index)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      throw reject(
          IssueCode.HEADER_MISSING_COLUMN,
          missing.get(0),
          String.format(
              "%s has no %s column%s (required: %s). Found the columns: %s. %s",
              file,
              String.join(", ", missing),
              missing.size() > 1 ? "s" : "",
              String.join(", ", schema.required().stream().sorted().toList()),
              String.join(",", header),
              howToAdd(header, missing.size())));
    }
  }

  /** A one-column header holding semicolons or tabs is a file with the wrong separator. */
  private static String howToAdd(List<String> header, int missing) {
    if (header.size() == 1 && header.get(0).contains(";")) {
      return "The columns are separated by semicolons (;), but a CSV file needs commas: export it"
          + " again with commas (in Excel, \"CSV UTF-8 (Comma delimited)\").";
    }
    if (header.size() == 1 && header.get(0).contains("\t")) {
      return "The columns are separated by tabs, but a CSV file needs commas: export it again as"
          + " CSV (in Excel, \"CSV UTF-8 (Comma delimited)\").";
    }
    return "Add the missing column" + (missing > 1 ? "s" : "") + " to the first line of the file.";
  }

  private void noteUnusual(List<String> unknown, List<String> recased, List<Integer> blank) {
    if (!unknown.isEmpty()) {
      log.add(
          Issue.of(
              IssueCode.HEADER_UNKNOWN_COLUMN,
              file,
              1,
              "",
              unknown.get(0),
              file
                  + " has columns rosterd does not use; they are ignored: "
                  + String.join(", ", unknown)
                  + ". Check the spelling if one of them was meant to be a OneRoster column."));
    }
    if (!recased.isEmpty()) {
      log.add(
          Issue.of(
              IssueCode.HEADER_CASE_FIXED,
              file,
              1,
              "",
              recased.get(0),
              "Column names in "
                  + file
                  + " differ from OneRoster's in case or spacing and were matched anyway: "
                  + String.join(", ", recased)
                  + ". Use the exact names (e.g. sourcedId) to pass strict validation."));
    }
    if (!blank.isEmpty()) {
      log.add(
          Issue.of(
              IssueCode.HEADER_BLANK_COLUMN,
              file,
              1,
              "",
              "",
              file
                  + " has columns with no name (column "
                  + String.join(", ", blank.stream().map(String::valueOf).toList())
                  + "); their values are ignored. Name the column or remove it."));
    }
  }

  private UploadRejected reject(IssueCode code, String column, String message) {
    return new UploadRejected(Issue.of(code, file, 1, "", column, message));
  }
}
