package io.rosterd.server.sync;

import io.rosterd.server.store.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a run's plan into the roster with set-based SQL from the staging tables, inside the run's
 * transaction: removals first (they free emails), then updates, then additions. Each change to an
 * existing record is logged with the OneRoster fields it changed; additions are recorded by the
 * record's {@code added_run}.
 */
final class Apply {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Apply.class);

  private final Connection connection;
  private final String district;
  private final long run;
  private final PlanCounts counts;
  private final boolean rolesInBulk;

  /**
   * @param rolesInBulk whether this run read a bulk roles.csv, the full list of roles
   */
  Apply(Connection connection, String district, long run, PlanCounts counts, boolean rolesInBulk) {
    this.connection = connection;
    this.district = district;
    this.run = run;
    this.counts = counts;
    this.rolesInBulk = rolesInBulk;
  }

  void run() throws SQLException {
    for (Kind kind : List.of(Kind.ROLE, Kind.USER, Kind.ORG)) {
      removeLeftOut(kind);
      removeDeleted(kind);
    }
    long usersOrOrgsRemoved =
        counts.of(Kind.USER).get(Action.REMOVED) + counts.of(Kind.ORG).get(Action.REMOVED);
    if (rolesInBulk && usersOrOrgsRemoved > 0) {
      removeRolesOfRemoved();
    }
    for (Kind kind : Kind.values()) {
      logChanges(kind);
      if (kind == Kind.USER) {
        releaseChangingEmails();
      }
      update(kind);
      insert(kind);
    }
  }

  private void removeLeftOut(Kind kind) throws SQLException {
    execute(
        "with removed as (update "
            + kind.table()
            + " set status = 'tobedeleted', "
            + disable(kind)
            + "changed_run = ?, updated_at = now()"
            + " where district_id = ? and status = 'active' and key_hash in"
            + " (select key_hash from stage_removed where kind = ?) returning sourced_id)"
            + " insert into changes (run_id, kind, sourced_id, action)"
            + " select ?, ?, sourced_id, 'removed' from removed",
        run,
        district,
        kind.label(),
        run,
        kind.label());
  }

  private void removeDeleted(Kind kind) throws SQLException {
    execute(
        "with removed as (update "
            + kind.table()
            + " t set status = 'tobedeleted', "
            + disable(kind)
            + "changed_run = ?, updated_at = now() from "
            + kind.stagingTable()
            + " s where t.district_id = ? and t.sourced_id = s.sourced_id and s.action = 'removed'"
            + " returning t.sourced_id)"
            + " insert into changes (run_id, kind, sourced_id, action)"
            + " select ?, ?, sourced_id, 'removed' from removed",
        run,
        district,
        run,
        kind.label());
  }

  /**
   * With a bulk roles.csv, a role whose user or org this run removed goes with it, whatever its own
   * row said: a row that could not be read keeps its role, and that role must not outlive its user.
   * Without roles.csv, roles stay as they are: a missing file changes nothing of its kind.
   */
  private void removeRolesOfRemoved() throws SQLException {
    String removedBy =
        " where x.district_id = r.district_id and x.sourced_id = r.%s"
            + " and x.status = 'tobedeleted' and x.changed_run = ?";
    long removed =
        execute(
            "with removed as (update roles r set status = 'tobedeleted', changed_run = ?,"
                + " updated_at = now() where r.district_id = ? and r.status = 'active'"
                + " and (exists (select 1 from users x"
                + String.format(removedBy, "user_sourced_id")
                + ") or exists (select 1 from orgs x"
                + String.format(removedBy, "org_sourced_id")
                + ")) returning r.sourced_id)"
                + " insert into changes (run_id, kind, sourced_id, action)"
                + " select ?, 'role', sourced_id, 'removed' from removed",
            run,
            district,
            run,
            run,
            run);
    counts.of(Kind.ROLE).add(Action.REMOVED, removed);
  }

  private static String disable(Kind kind) {
    return kind == Kind.USER ? "enabled = false, " : "";
  }

  private void logChanges(Kind kind) throws SQLException {
    String fields =
        kind.columns().stream()
            .map(
                c ->
                    "case when t."
                        + c.sql()
                        + " is distinct from s."
                        + c.sql()
                        + " then '"
                        + c.oneRoster()
                        + "' end")
            .collect(Collectors.joining(", "));
    execute(
        "insert into changes (run_id, kind, sourced_id, action, fields)"
            + " select ?, ?, s.sourced_id, s.action, array_remove(array["
            + fields
            + "]::text[], null) from "
            + kind.stagingTable()
            + " s join "
            + kind.table()
            + " t on t.district_id = ? and t.sourced_id = s.sourced_id"
            + " where s.action in ('updated', 'disabled', 'restored')",
        run,
        kind.label(),
        district);
  }

  /** Clears the emails that change first, so two users may swap addresses in one upload. */
  private void releaseChangingEmails() throws SQLException {
    execute(
        "update users t set email = null from stage_users s where t.district_id = ?"
            + " and t.sourced_id = s.sourced_id and s.action in ('updated', 'disabled', 'restored')"
            + " and t.email is distinct from s.email",
        district);
  }

  private void update(Kind kind) throws SQLException {
    String assignments =
        kind.columns().stream()
            .map(c -> c.sql() + " = s." + c.sql())
            .collect(Collectors.joining(", "));
    execute(
        "update "
            + kind.table()
            + " t set "
            + assignments
            + ", status = 'active', content_hash = s.content_hash, key_hash = s.key_hash,"
            + " changed_run = ?, updated_at = now() from "
            + kind.stagingTable()
            + " s where t.district_id = ? and t.sourced_id = s.sourced_id"
            + " and s.action in ('updated', 'disabled', 'restored')",
        run,
        district);
  }

  private void insert(Kind kind) throws SQLException {
    execute(
        "insert into "
            + kind.table()
            + " (district_id, sourced_id, key_hash, content_hash, added_run, changed_run, "
            + kind.columnList()
            + ") select ?, sourced_id, key_hash, content_hash, ?, ?, "
            + kind.columnList()
            + " from "
            + kind.stagingTable()
            + " where action = 'added'",
        district,
        run,
        run);
  }

  private int execute(String sql, Object... parameters) {
    long start = System.nanoTime();
    int rows = Jdbc.on(connection).update(sql, parameters);
    LOG.debug("{} ms: {}", (System.nanoTime() - start) / 1_000_000, sql);
    return rows;
  }
}
