package io.rosterd.oneroster.generate;

import io.rosterd.oneroster.FileKind;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes roles.csv row by row. A role of a skipped user or at a skipped org is reported as a
 * cascade and gets no defect of its own; any other role may get one.
 */
final class RolesFile implements Closeable {

  private static final FileKind FILE = FileKind.ROLES;

  private final CsvOut out;
  private final Defects defects;
  private final Cycle<RoleDefect> kinds = new Cycle<>(RoleDefect.values());
  private final RoleLine line = new RoleLine();
  private final Remembered remembered = new Remembered();
  private boolean beginDateReported;
  private long unknowns;

  RolesFile(Path dir, Defects defects) throws IOException {
    this.out = CsvOut.open(dir.resolve(FILE.fileName()), RoleLine.HEADER);
    this.defects = defects;
  }

  void write(String userSourcedId, String roleType, String role, Org org, RowFate userFate)
      throws IOException {
    line.of("rol-" + (out.rows() + 1), userSourcedId, roleType, role, org);
    if (userFate == RowFate.SKIPPED) {
      defects.cascade(FILE, out.line(), line.sourcedId, "userSourcedId");
    } else if (!org.clean()) {
      defects.cascade(FILE, out.line(), line.sourcedId, "orgSourcedId");
    } else if (!defects.strike() || !inject()) {
      remembered.role(line);
    }
    line.writeTo(out);
  }

  long rows() {
    return out.rows();
  }

  /** Injects the next defect that fits; false when none does (the row stays clean). */
  private boolean inject() {
    RoleDefect defect = kinds.next(remembered::canSupply);
    if (defect == null) {
      return false;
    }
    apply(defect);
    if (defect == RoleDefect.INVALID_BEGIN_DATE) {
      reportIgnoredBeginDate();
    } else {
      defects.injected(defect.code, FILE, out.line(), line.sourcedId, defect.column);
    }
    return true;
  }

  /**
   * A warning that would repeat on many rows is reported once per file, at its first line and
   * without a sourcedId (it stands for many rows).
   */
  private void reportIgnoredBeginDate() {
    if (beginDateReported) {
      defects.injectedQuietly();
    } else {
      defects.injected(RoleDefect.INVALID_BEGIN_DATE.code, FILE, out.line(), "", "beginDate");
      beginDateReported = true;
    }
  }

  private void apply(RoleDefect defect) {
    switch (defect) {
      case BLANK_SOURCED_ID -> line.sourcedId = "";
      case BLANK_USER -> line.userSourcedId = "";
      case BLANK_ORG -> line.orgSourcedId = "";
      case BLANK_ROLE -> line.role = "";
      case BLANK_ROLE_TYPE -> line.roleType = "";
      case INVALID_ROLE -> line.role = "janitor";
      case INVALID_ROLE_TYPE -> line.roleType = "tertiary";
      case UNKNOWN_USER -> line.userSourcedId = "usr-missing-" + ++unknowns;
      case UNKNOWN_ORG -> line.orgSourcedId = "org-missing-" + ++unknowns;
      case SECOND_PRIMARY -> remembered.repeatPrimary(line);
      case DUPLICATE_SOURCED_ID -> line.sourcedId = remembered.sourcedId;
      case FIELD_COUNT -> line.ragged = true;
      // A US-style date, a typical export mistake.
      case INVALID_BEGIN_DATE -> line.beginDate = "08/18/2025";
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  /** The latest accepted role, and the latest accepted primary role, for defects that copy. */
  private static final class Remembered {
    String sourcedId;
    String primaryUser;
    String primaryOrg;
    String primaryRole;

    void role(RoleLine role) {
      sourcedId = role.sourcedId;
      if ("primary".equals(role.roleType)) {
        primaryUser = role.userSourcedId;
        primaryOrg = role.orgSourcedId;
        primaryRole = role.role;
      }
    }

    boolean canSupply(RoleDefect defect) {
      return switch (defect) {
        case DUPLICATE_SOURCED_ID -> sourcedId != null;
        case SECOND_PRIMARY -> primaryUser != null;
        default -> true;
      };
    }

    /** Makes the row a second primary role of the latest user with an accepted primary role. */
    void repeatPrimary(RoleLine line) {
      line.userSourcedId = primaryUser;
      line.orgSourcedId = primaryOrg;
      line.roleType = "primary";
      line.role = primaryRole;
    }
  }
}
