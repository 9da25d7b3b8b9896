package io.rosterd.oneroster.generate;

import io.rosterd.oneroster.FileKind;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes orgs.csv from the plan. Defects go only to departments and groups: a skipped school would
 * skip hundreds of users and roles with it. Each org's {@link RowFate} is set here for the users
 * and roles written later.
 */
final class OrgsFile {

  private static final FileKind FILE = FileKind.ORGS;

  private final Defects defects;
  private final Cycle<OrgDefect> kinds = new Cycle<>(OrgDefect.values());
  private final OrgLine line = new OrgLine();
  private Org lastClean;
  private Org lastCleanNestedGroup;
  private long unknownParents;

  OrgsFile(Defects defects) {
    this.defects = defects;
  }

  long write(OrgPlan plan, Path dir) throws IOException {
    try (CsvOut out = CsvOut.open(dir.resolve(FILE.fileName()), OrgLine.HEADER)) {
      for (Org org : plan.all()) {
        write(org, out);
      }
      return out.rows();
    }
  }

  private void write(Org org, CsvOut out) throws IOException {
    line.of(org);
    if (org.parent != null && !org.parent.clean()) {
      org.fate = RowFate.SKIPPED;
      defects.cascade(FILE, out.line(), org.sourcedId, "parentSourcedId");
    } else if (mayBreak(org) && defects.strike()) {
      inject(org, out.line());
    }
    if (org.clean()) {
      remember(org);
    }
    line.writeTo(out);
  }

  private static boolean mayBreak(Org org) {
    return "department".equals(org.type) || "local".equals(org.type);
  }

  private void inject(Org org, long lineNumber) {
    OrgDefect defect = kinds.next(kind -> fits(kind, org));
    if (defect == null) {
      return;
    }
    apply(defect);
    org.fate = defect.losesSourcedId() ? RowFate.GONE : RowFate.SKIPPED;
    defects.injected(defect.code, FILE, lineNumber, line.sourcedId, defect.column);
  }

  private boolean fits(OrgDefect defect, Org org) {
    if (defect.childless && org.hasChildren) {
      return false;
    }
    return switch (defect) {
      // Repeating the parent's id would also make the row its own parent.
      case DUPLICATE_SOURCED_ID -> lastClean != null && lastClean != org.parent;
      case GROUP_TOO_DEEP -> lastCleanNestedGroup != null;
      default -> true;
    };
  }

  private void apply(OrgDefect defect) {
    switch (defect) {
      case BLANK_SOURCED_ID -> line.sourcedId = "";
      case BLANK_NAME -> line.name = "";
      case BLANK_TYPE -> line.type = "";
      case INVALID_TYPE -> line.type = "club";
      case NAME_TOO_LONG -> line.name = Defects.tooLong(line.name);
      case CONTROL_CHARACTER -> line.name = Defects.withControlCharacter(line.name);
      case UNKNOWN_PARENT -> line.parentSourcedId = "org-missing-" + ++unknownParents;
      case DUPLICATE_SOURCED_ID -> line.sourcedId = lastClean.sourcedId;
      case FIELD_COUNT -> line.ragged = true;
      case OWN_PARENT -> line.parentSourcedId = line.sourcedId;
      case GROUP_TOO_DEEP -> {
        line.type = "local";
        line.parentSourcedId = lastCleanNestedGroup.sourcedId;
      }
    }
  }

  private void remember(Org org) {
    lastClean = org;
    if (org.nestedGroup()) {
      lastCleanNestedGroup = org;
    }
  }
}
