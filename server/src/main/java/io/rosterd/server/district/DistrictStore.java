package io.rosterd.server.district;

import io.rosterd.server.store.Jdbc;
import io.rosterd.server.store.StoreException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The districts table: create, find, list, change settings. */
public final class DistrictStore {

  private static final String COLUMNS =
      "id, name, contact_email, threshold_percent, threshold_min, strict, paused,"
          + " run_interval_seconds, created_at, updated_at";

  private final Jdbc jdbc;

  public DistrictStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Creates a district with the default settings.
   *
   * @throws IllegalArgumentException when a value breaks {@link DistrictRules}
   * @throws DistrictExistsException when the id is taken
   */
  public District create(String id, String name, String contactEmail) {
    DistrictRules.require(DistrictRules.idProblem(id));
    DistrictRules.require(DistrictRules.nameProblem(name));
    DistrictRules.require(DistrictRules.emailProblem(contactEmail));
    String sql =
        "insert into districts (id, name, contact_email) values (?, ?, ?) returning " + COLUMNS;
    try {
      return jdbc.queryOne(sql, DistrictStore::district, id, name, contactEmail).orElseThrow();
    } catch (StoreException e) {
      if (e.isUniqueViolation()) {
        throw new DistrictExistsException(id);
      }
      throw e;
    }
  }

  public Optional<District> find(String id) {
    return jdbc.queryOne(
        "select " + COLUMNS + " from districts where id = ?", DistrictStore::district, id);
  }

  /** Every district, by id. */
  public List<District> list() {
    return jdbc.query("select " + COLUMNS + " from districts order by id", DistrictStore::district);
  }

  /**
   * Applies {@code change} to the district's settings.
   *
   * @return the district as changed, or empty when there is no district {@code id}
   * @throws IllegalArgumentException when a value breaks {@link DistrictRules}
   */
  public Optional<District> update(String id, SettingsChange change) {
    DistrictRules.require(DistrictRules.settingsProblem(change));
    String sql =
        "update districts set"
            + " threshold_percent = coalesce(?::numeric, threshold_percent),"
            + " threshold_min = coalesce(?::integer, threshold_min),"
            + " strict = coalesce(?::boolean, strict),"
            + " paused = coalesce(?::boolean, paused),"
            + " run_interval_seconds = case when ?::integer is null then run_interval_seconds"
            + " else nullif(?::integer, 0) end,"
            // A shorter interval brings the next run forward: it applies from now, not from
            // the next run the old interval had set.
            + " next_run_at = case when coalesce(?::integer, 0) > 0"
            + " then least(coalesce(next_run_at, now()), now() + make_interval(secs => ?::integer))"
            + " else next_run_at end,"
            + " updated_at = now()"
            + " where id = ? returning "
            + COLUMNS;
    return jdbc.queryOne(
        sql,
        DistrictStore::district,
        change.thresholdPercent(),
        change.thresholdMin(),
        change.strict(),
        change.paused(),
        intervalSeconds(change),
        intervalSeconds(change),
        intervalSeconds(change),
        intervalSeconds(change),
        id);
  }

  private static Integer intervalSeconds(SettingsChange change) {
    return change.runInterval() == null ? null : (int) change.runInterval().toSeconds();
  }

  private static District district(ResultSet row) throws SQLException {
    Integer interval = row.getObject("run_interval_seconds", Integer.class);
    return new District(
        row.getString("id"),
        row.getString("name"),
        row.getString("contact_email"),
        plainPercent(row.getBigDecimal("threshold_percent")),
        row.getInt("threshold_min"),
        row.getBoolean("strict"),
        row.getBoolean("paused"),
        interval == null ? null : java.time.Duration.ofSeconds(interval),
        row.getObject("created_at", OffsetDateTime.class).toInstant(),
        row.getObject("updated_at", OffsetDateTime.class).toInstant());
  }

  /** 10.00 as 10 and 12.50 as 12.5: the share as people write it. */
  public static BigDecimal plainPercent(BigDecimal stored) {
    BigDecimal stripped = stored.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
