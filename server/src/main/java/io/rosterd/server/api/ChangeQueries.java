package io.rosterd.server.api;

import io.rosterd.server.store.Jdbc;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which records a run added, changed, disabled, removed or restored. The apply step logs every
 * change to an existing record in {@code changes} (with the fields it changed), but records an
 * addition only as the record's {@code added_run}: writing a change row for each of a first load's
 * millions of records would slow it. Both are read together here.
 */
final class ChangeQueries {
  /** The kinds as stored, in the order they are listed. */
  static final List<String> KINDS = List.of("org", "user", "role");

  /** The actions as stored. */
  static final List<String> ACTIONS =
      List.of("added", "updated", "disabled", "removed", "restored");

  private static final String ALL =
      "(select kind, sourced_id, action, fields from changes where run_id = ?"
          + " union all select 'org', sourced_id, 'added', '{}'::text[] from orgs"
          + "   where district_id = ? and added_run = ?"
          + " union all select 'user', sourced_id, 'added', '{}'::text[] from users"
          + "   where district_id = ? and added_run = ?"
          + " union all select 'role', sourced_id, 'added', '{}'::text[] from roles"
          + "   where district_id = ? and added_run = ?) c";

  private final Jdbc jdbc;

  ChangeQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A page of the run's changes, by kind (orgs, users, roles) and sourcedId.
   *
   * @param kind null for every kind
   * @param action null for every action
   */
  Map<String, Object> page(long run, String district, String kind, String action, Page page) {
    Where where = new Where().and("kind = ?", kind).and("action = ?", action);
    List<Object> parameters = new ArrayList<>(List.of(run, district, run, district, run));
    parameters.addAll(List.of(district, run));
    long total =
        jdbc.queryOne(
                "select count(*) from " + ALL + where.sql(),
                r -> r.getLong(1),
                with(parameters, where.parameters()))
            .orElse(0L);
    List<Map<String, Object>> changes =
        jdbc.query(
            "select kind, sourced_id, action, fields from "
                + ALL
                + where.sql()
                + " order by array_position(array['org', 'user', 'role'], kind), sourced_id,"
                + " action limit ? offset ?",
            ChangeQueries::change,
            with(parameters, where.parameters(page.size(), page.offset())));
    return page.answer(total, "changes", changes);
  }

  private static Object[] with(List<Object> first, Object[] then) {
    List<Object> all = new ArrayList<>(first);
    all.addAll(List.of(then));
    return all.toArray();
  }

  private static Map<String, Object> change(ResultSet r) throws SQLException {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("kind", r.getString("kind"));
    change.put("sourcedId", r.getString("sourced_id"));
    change.put("action", r.getString("action"));
    change.put("fields", fields(r.getArray("fields")));
    return change;
  }

  static List<String> fields(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }
}
