package io.rosterd.server.api;

import io.rosterd.server.store.Jdbc;
import io.rosterd.server.sync.Kind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user of a district as support looks it up: its stored fields under their OneRoster names, its
 * roles, the orgs it belongs to, and the runs that added or changed it.
 */
final class UserLookup {
  private static final String USER =
      "select sourced_id, status, added_run, changed_run, created_at, updated_at, "
          + String.join(", ", Kind.USER.columns().stream().map(Kind.Column::sql).toList())
          + " from users where district_id = ?";

  private final Jdbc jdbc;

  UserLookup(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  List<Map<String, Object>> bySourcedId(String district, String sourcedId) {
    return withRecords(
        district, jdbc.query(USER + " and sourced_id = ?", UserLookup::user, district, sourcedId));
  }

  /** Every user holding the address (one active at most; removed ones keep theirs). */
  List<Map<String, Object>> byEmail(String district, String email) {
    return withRecords(
        district,
        jdbc.query(
            USER + " and lower(email) = lower(?) order by sourced_id",
            UserLookup::user,
            district,
            email));
  }

  private List<Map<String, Object>> withRecords(String district, List<Map<String, Object>> users) {
    for (Map<String, Object> user : users) {
      String id = (String) user.get("sourcedId");
      List<Map<String, Object>> roles = roles(district, id);
      user.put("roles", roles);
      user.put("orgs", orgs(district, user, roles));
      user.put("runs", runs(district, id, (Long) user.remove("addedRun")));
    }
    return users;
  }

  private static Map<String, Object> user(ResultSet r) throws SQLException {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("sourcedId", r.getString("sourced_id"));
    user.put("status", r.getString("status"));
    user.put("enabled", r.getBoolean("enabled"));
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Kind.Column column : Kind.USER.columns()) {
      fields.put(column.oneRoster(), r.getObject(column.sql()));
    }
    user.put("fields", fields);
    user.put("createdAt", text(r.getTimestamp("created_at")));
    user.put("updatedAt", text(r.getTimestamp("updated_at")));
    user.put("addedRun", r.getLong("added_run"));
    return user;
  }

  private List<Map<String, Object>> roles(String district, String user) {
    return jdbc.query(
        "select sourced_id, org_sourced_id, role_type, role, begin_date::text, end_date::text,"
            + " status from roles where district_id = ? and user_sourced_id = ?"
            + " order by sourced_id",
        r -> {
          Map<String, Object> role = new LinkedHashMap<>();
          role.put("sourcedId", r.getString(1));
          role.put("orgSourcedId", r.getString(2));
          role.put("roleType", r.getString(3));
          role.put("role", r.getString(4));
          role.put("beginDate", r.getString(5));
          role.put("endDate", r.getString(6));
          role.put("status", r.getString(7));
          return role;
        },
        district,
        user);
  }

  /** The user's primary org and the orgs of its roles. */
  private List<Map<String, Object>> orgs(
      String district, Map<String, Object> user, List<Map<String, Object>> roles) {
    Set<String> ids = new LinkedHashSet<>();
    Object primary = ((Map<?, ?>) user.get("fields")).get("primaryOrgSourcedId");
    if (primary instanceof String id && !id.isEmpty()) {
      ids.add(id);
    }
    roles.forEach(role -> ids.add((String) role.get("orgSourcedId")));
    return jdbc.query(
        "select sourced_id, name, type, status from orgs"
            + " where district_id = ? and sourced_id = any(?) order by sourced_id",
        r -> {
          Map<String, Object> org = new LinkedHashMap<>();
          org.put("sourcedId", r.getString(1));
          org.put("name", r.getString(2));
          org.put("type", r.getString(3));
          org.put("status", r.getString(4));
          org.put("primary", r.getString(1).equals(primary));
          return org;
        },
        district,
        ids.toArray(String[]::new));
  }

  /** The runs that added the user or changed it, newest first, with what each did. */
  private List<Map<String, Object>> runs(String district, String user, long addedRun) {
    return jdbc.query(
        "select r.id, r.status, r.created_at, c.action, c.fields from changes c"
            + " join runs r on r.id = c.run_id"
            + " where c.kind = 'user' and c.sourced_id = ? and r.district_id = ?"
            + " union all select r.id, r.status, r.created_at, 'added', '{}'::text[] from runs r"
            + " where r.id = ? and r.district_id = ? order by 1 desc",
        r -> {
          Map<String, Object> run = new LinkedHashMap<>();
          run.put("run", r.getLong(1));
          run.put("status", r.getString(2));
          run.put("createdAt", text(r.getTimestamp(3)));
          run.put("action", r.getString(4));
          run.put("fields", ChangeQueries.fields(r.getArray(5)));
          return run;
        },
        user,
        district,
        addedRun,
        district);
  }

  private static String text(Timestamp time) {
    return time == null ? null : time.toInstant().toString();
  }
}
