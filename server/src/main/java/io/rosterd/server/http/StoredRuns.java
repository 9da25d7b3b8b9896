package io.rosterd.server.http;

import io.rosterd.server.store.Jdbc;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the runs table says at one moment, read in two grouped queries: runs per status, and per
 * district the age of its last successful run.
 */
record StoredRuns(Map<String, Long> runsByStatus, List<DistrictAge> districts) {

  /** A district and the seconds since its last successful run; null when it never had one. */
  record DistrictAge(String district, Double secondsSinceSuccess) {}

  private static final String BY_STATUS = "select status, count(*) from runs group by status";

  /**
   * Each district's latest successful run (its files taken into the roster), found the way {@code
   * RunStore.lastApplied} finds it: walking the runs_by_district index backwards from the newest
   * run, instead of grouping over every run ever made. The age is taken on the database's clock, so
   * every rosterd process sharing the database reports the same figure.
   */
  private static final String SINCE_SUCCESS =
      "select d.id, extract(epoch from now() - last.finished_at)::float8 from districts d"
          + " left join lateral (select r.finished_at from runs r where r.district_id = d.id"
          + " and r.status in ('applied', 'applied_with_errors', 'unchanged')"
          + " order by r.id desc limit 1) last on true order by d.id";

  /** Reads both; the database cancels a statement that takes longer than {@code limit}. */
  static StoredRuns read(Jdbc jdbc, Duration limit) {
    return jdbc.inTransaction(
        tx -> {
          tx.update("set local statement_timeout = " + limit.toMillis());
          Map<String, Long> byStatus =
              tx.query(BY_STATUS, r -> Map.entry(r.getString(1), r.getLong(2))).stream()
                  .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
          List<DistrictAge> districts =
              tx.query(
                  SINCE_SUCCESS,
                  r -> new DistrictAge(r.getString(1), r.getObject(2, Double.class)));
          return new StoredRuns(byStatus, districts);
        });
  }
}
