package io.rosterd.server.sync;

import io.rosterd.oneroster.FileKind;
import io.rosterd.oneroster.OrgRow;
import io.rosterd.oneroster.RoleRow;
import io.rosterd.oneroster.RowSink;
import io.rosterd.oneroster.UserRow;
import io.rosterd.oneroster.keys.KeyHash;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Receives the accepted rows of a run, diffs each against the district's current roster, and
 * streams only the records that change into temporary staging tables with COPY. Unchanged rows are
 * counted and cost no write.
 */
final class Stager implements RowSink {
  private final Connection connection;
  private final CurrentRoster current;
  private final PlanCounts counts;
  private Kind copying;
  private CopyWriter copy;

  Stager(Connection connection, CurrentRoster current, PlanCounts counts) {
    this.connection = connection;
    this.current = current;
    this.counts = counts;
  }

  @Override
  public void org(OrgRow r) {
    CopyWriter out =
        stage(Kind.ORG, r.sourcedId(), ContentHash.of(r), r.toBeDeleted(), true, r.line());
    if (out != null) {
      out.text(r.name()).text(r.type()).text(r.identifier()).text(r.parentSourcedId()).endRow();
    }
  }

  @Override
  public void user(UserRow r) {
    CopyWriter out =
        stage(Kind.USER, r.sourcedId(), ContentHash.of(r), r.toBeDeleted(), r.enabled(), r.line());
    if (out != null) {
      out.bool(r.enabled())
          .text(r.givenName())
          .text(r.familyName())
          .text(r.middleName())
          .text(r.preferredGivenName())
          .text(r.preferredFamilyName())
          .textOrNull(r.email())
          .text(r.identifier())
          .text(r.username())
          .text(r.primaryOrgSourcedId())
          .text(r.ageGroup())
          .text(r.grades())
          .text(r.phone())
          .text(r.sms())
          .endRow();
    }
  }

  @Override
  public void role(RoleRow r) {
    CopyWriter out =
        stage(Kind.ROLE, r.sourcedId(), ContentHash.of(r), r.toBeDeleted(), true, r.line());
    if (out != null) {
      out.text(r.userSourcedId())
          .text(r.orgSourcedId())
          .text(r.roleType())
          .text(r.role())
          .textOrNull(r.beginDate())
          .textOrNull(r.endDate())
          .endRow();
    }
  }

  /** Keeps the record a skipped row names as it is: the bulk file did not leave it out. */
  @Override
  public void skipped(FileKind file, String sourcedId) {
    current.see(Kind.of(file), KeyHash.of(sourcedId));
  }

  /**
   * Decides what the row does and counts it; returns the COPY stream with the row's leading columns
   * written when it must be staged, or null when nothing is written.
   */
  private CopyWriter stage(
      Kind kind, String sourcedId, long content, boolean deleted, boolean enabled, long line) {
    long key = KeyHash.of(sourcedId);
    Action action = Diff.action(current.see(kind, key), content, deleted, enabled);
    if (action == null) {
      return null;
    }
    counts.of(kind).count(action);
    if (!action.writes()) {
      return null;
    }
    return copyFor(kind)
        .text(action.label())
        .number(line)
        .text(sourcedId)
        .number(key)
        .number(content);
  }

  private CopyWriter copyFor(Kind kind) {
    if (copying != kind) {
      finish();
      try {
        copy = new CopyWriter(connection, kind.stagingTable(), Staging.copyColumns(kind));
      } catch (SQLException e) {
        throw new SyncException("could not start staging " + kind.plural(), e);
      }
      copying = kind;
    }
    return copy;
  }

  /** Ends the COPY in progress; the staged rows are then visible to SQL. */
  void finish() {
    if (copy != null) {
      copy.close();
      copy = null;
      copying = null;
    }
  }
}
