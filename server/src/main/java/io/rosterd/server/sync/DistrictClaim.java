package io.rosterd.server.sync;

import io.rosterd.oneroster.keys.KeyHash;
import io.rosterd.server.store.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The right to run one district, held from taking its files to reporting its run: a session
 * advisory lock on a connection of its own. Every rosterd process on the database respects it, and
 * it dies with the connection, so a killed process never leaves a district claimed.
 */
public final class DistrictClaim implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(200);

  private final String district;
  private final Connection connection;

  private DistrictClaim(String district, Connection connection) {
    this.district = district;
    this.connection = connection;
  }

  /** The claim, unless another run of the district holds it now. */
  public static Optional<DistrictClaim> tryTake(DataSource db, String district) {
    Connection c = null;
    try {
      c = db.getConnection();
      c.setAutoCommit(true);
      if (locked(c, district)) {
        return Optional.of(new DistrictClaim(district, c));
      }
      c.close();
      return Optional.empty();
    } catch (SQLException e) {
      closeQuietly(c);
      throw new SyncException("could not claim district " + district + ": " + e.getMessage(), e);
    }
  }

  /** Waits for the claim up to {@code patience}; empty when another run still holds it then. */
  public static Optional<DistrictClaim> take(DataSource db, String district, Duration patience) {
    Instant giveUp = Instant.now().plus(patience);
    while (true) {
      Optional<DistrictClaim> claim = tryTake(db, district);
      if (claim.isPresent() || Instant.now().isAfter(giveUp)) {
        return claim;
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }

  /**
   * Whether some process holds the district's claim now: a run shown as running while nobody does
   * was left by a stopped process, and waits to be redone.
   */
  public static boolean isHeld(DataSource db, String district) {
    long key = key(district);
    // A bigint advisory lock shows in pg_locks as two 32-bit halves, high in classid.
    return new Jdbc(db)
        .queryOne(
            "select exists (select 1 from pg_locks where locktype = 'advisory' and granted"
                + " and database = (select oid from pg_database where datname = current_database())"
                + " and classid = ?::bigint::oid and objid = ?::bigint::oid and objsubid = 1)",
            r -> r.getBoolean(1),
            key >>> 32,
            key & 0xFFFF_FFFFL)
        .orElse(false);
  }

  public String district() {
    return district;
  }

  void requireFor(String otherDistrict) {
    if (!district.equals(otherDistrict)) {
      throw new IllegalArgumentException(
          "the claim is for district " + district + ", not " + otherDistrict);
    }
  }

  @Override
  public void close() {
    // Unlocking all of the session's advisory locks leaves the pooled connection clean for reuse.
    try (var statement = connection.createStatement()) {
      statement.execute("select pg_advisory_unlock_all()");
    } catch (SQLException e) {
      // A dead connection has no locks left; closing it below is all there is to do.
    } finally {
      closeQuietly(connection);
    }
  }

  private static boolean locked(Connection c, String district) throws SQLException {
    try (var statement = c.prepareStatement("select pg_try_advisory_lock(?)")) {
      statement.setLong(1, key(district));
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getBoolean(1);
      }
    }
  }

  static long key(String district) {
    return KeyHash.of("rosterd.claim:" + district);
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // nothing more can be done with a connection that will not close
      }
    }
  }
}
