package io.rosterd.server.sync;

import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.server.store.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The checks that need the whole product, done in SQL on the staged rows: an email may be held by
 * one active user only. A staged user whose email another user holds — in another district, or in
 * this one and not changed or removed by this upload — is skipped, and so are the new roles of a
 * user that was to be added.
 */
final class CrossCheck {
  private static final String COLLISIONS =
      "create temp table email_collisions on commit drop as"
          + " select s.sourced_id, s.line, s.email, s.action, u.district_id = ? as same_district"
          + " from stage_users s join users u"
          + "   on lower(u.email) = lower(s.email) and u.status = 'active' and u.email is not null"
          + " where s.email is not null and s.action <> 'removed'"
          + "   and (u.district_id <> ? or (u.sourced_id <> s.sourced_id"
          + "     and not exists (select 1 from stage_users o where o.sourced_id = u.sourced_id)"
          + "     and u.key_hash not in (select key_hash from stage_removed where kind = 'user')))";

  private final Connection connection;
  private final String district;
  private final RunIssues issues;
  private final PlanCounts counts;

  CrossCheck(Connection connection, String district, RunIssues issues, PlanCounts counts) {
    this.connection = connection;
    this.district = district;
    this.issues = issues;
    this.counts = counts;
  }

  void run() throws SQLException {
    Jdbc.on(connection).update(COLLISIONS, district, district);
    skipCollidingUsers();
    skipRolesOfUsersNotAdded();
  }

  private void skipCollidingUsers() throws SQLException {
    String sql =
        "delete from stage_users s using email_collisions c where s.sourced_id = c.sourced_id"
            + " returning c.line, c.sourced_id, c.email, c.action, c.same_district";
    Jdbc.on(connection)
        .forEachRow(
            sql,
            rows -> {
              counts.of(Kind.USER).add(Action.of(rows.getString(4)), -1);
              counts.of(Kind.USER).skipped(1);
              issues.add(
                  collision(
                      rows.getLong(1), rows.getString(2), rows.getString(3), rows.getBoolean(5)));
            });
  }

  private Issue collision(long line, String sourcedId, String email, boolean sameDistrict) {
    String holder =
        sameDistrict
            ? "another user of this district who keeps it (not changed or removed by this upload)"
            : "an account of another organization in the product, which cannot be taken over";
    return Issue.of(
        IssueCode.USER_EMAIL_IN_USE,
        "users.csv",
        line,
        sourcedId,
        "email",
        "email \""
            + email
            + "\" is held by "
            + holder
            + ". Use this user's own address, or ask"
            + " support if the account should move.");
  }

  private void skipRolesOfUsersNotAdded() throws SQLException {
    String sql =
        "delete from stage_roles r using email_collisions c"
            + " where c.action = 'added' and r.user_sourced_id = c.sourced_id"
            + " returning r.line, r.sourced_id, r.user_sourced_id, c.line, r.action";
    Jdbc.on(connection)
        .forEachRow(
            sql,
            rows -> {
              counts.of(Kind.ROLE).add(Action.of(rows.getString(5)), -1);
              counts.of(Kind.ROLE).skipped(1);
              issues.add(
                  Issue.of(
                      IssueCode.REF_SKIPPED,
                      "roles.csv",
                      rows.getLong(1),
                      rows.getString(2),
                      "userSourcedId",
                      "userSourcedId \""
                          + rows.getString(3)
                          + "\" names the user on line "
                          + rows.getLong(4)
                          + " of users.csv, which was skipped because its email is in use; fix that"
                          + " row and this one is taken too."));
            });
  }
}
