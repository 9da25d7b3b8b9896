package io.rosterd.server.sync;

import io.rosterd.oneroster.Issue;
import io.rosterd.server.district.District;
import io.rosterd.server.store.Jdbc;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads runs back for people and scripts: lists, one run, its issues. */
public final class Runs {
  private final DataSource database;

  public Runs(DataSource database) {
    this.database = database;
  }

  /** The newest runs first, of one district or of all ({@code district} null). */
  public List<RunRow> list(String district, int limit) {
    Jdbc jdbc = new Jdbc(database);
    String order = " order by id desc limit ?";
    return district == null
        ? jdbc.query(RunRow.SELECT + order, RunRow::of, limit)
        : jdbc.query(RunRow.SELECT + " where district_id = ?" + order, RunRow::of, district, limit);
  }

  public Optional<RunRow> find(long run) {
    return Tx.run(database, c -> RunStore.find(c, run));
  }

  public List<Issue> issues(long run) {
    return Tx.run(database, c -> RunRecords.issues(c, run));
  }

  /** A stored run as reported by {@code rosterd import}. */
  public RunOutcome outcomeOf(RunRow row) {
    return new RunOutcome(
        row.id(),
        row.district(),
        row.status(),
        row.counts(),
        List.of(),
        issues(row.id()),
        new io.rosterd.oneroster.IssueCounts(row.errors(), row.warnings(), row.infos()),
        row.message());
  }

  /** What a run of this district needs to know of it. */
  public static DistrictSettings settingsOf(District district) {
    return new DistrictSettings(
        district.id(),
        district.strict(),
        new Thresholds(district.thresholdPercent().doubleValue(), district.thresholdMin()));
  }
}
