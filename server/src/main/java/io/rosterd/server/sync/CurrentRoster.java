package io.rosterd.server.sync;

import io.rosterd.oneroster.KnownRoster;
import io.rosterd.oneroster.keys.KeyHash;
import io.rosterd.oneroster.keys.LongLongMap;
import io.rosterd.server.store.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What a district has before a run, loaded once: every record as (sourcedId hash → content hash and
 * flags), about 32 bytes a record, so a 3M-record district fits in a bounded heap. The run diffs
 * its rows against this without a round trip per row, and marks what it saw so that what a bulk
 * file left out can be removed.
 */
public final class CurrentRoster implements KnownRoster {
  static final long ACTIVE = 1;
  static final long ENABLED = 2;
  static final long SEEN = 4;
  static final long ABSENT = Long.MIN_VALUE;
  private static final long FLAGS = (1L << ContentHash.FLAG_BITS) - 1;

  private final Map<String, KnownOrg> activeOrgs = new HashMap<>();
  private final Map<Kind, LongLongMap> records = new EnumMap<>(Kind.class);
  private final Map<Kind, Long> activeCounts = new EnumMap<>(Kind.class);

  private CurrentRoster() {
    for (Kind kind : Kind.values()) {
      records.put(kind, new LongLongMap(1 << 12));
      activeCounts.put(kind, 0L);
    }
  }

  static CurrentRoster load(Connection connection, String district) throws SQLException {
    CurrentRoster roster = new CurrentRoster();
    roster.loadOrgs(connection, district);
    roster.loadHashes(connection, district, Kind.USER);
    roster.loadHashes(connection, district, Kind.ROLE);
    return roster;
  }

  /**
   * What the district has, for checking an upload before any run (the upload page): its orgs and
   * users, so references to them resolve as a run would resolve them.
   */
  public static KnownRoster knownTo(DataSource database, String district) {
    return Tx.run(
        database,
        c -> {
          CurrentRoster roster = new CurrentRoster();
          roster.loadOrgs(c, district);
          roster.loadHashes(c, district, Kind.USER);
          return roster;
        });
  }

  private void loadOrgs(Connection connection, String district) throws SQLException {
    String sql =
        "select sourced_id, type, parent_sourced_id, status = 'active', content_hash"
            + " from orgs where district_id = ?";
    Jdbc.on(connection)
        .forEachRow(
            sql,
            row -> {
              String id = row.getString(1);
              boolean active = row.getBoolean(4);
              if (active) {
                activeOrgs.put(id, new KnownOrg(id, row.getString(2), row.getString(3)));
              }
              remember(Kind.ORG, KeyHash.of(id), row.getLong(5), active, true);
            },
            district);
  }

  private void loadHashes(Connection connection, String district, Kind kind) throws SQLException {
    StateCopy.read(
        connection,
        kind,
        district,
        (key, content, active, enabled) -> remember(kind, key, content, active, enabled));
  }

  private void remember(Kind kind, long key, long content, boolean active, boolean enabled) {
    long flags = (active ? ACTIVE : 0) | (enabled ? ENABLED : 0);
    records.get(kind).put(key, (content & ~FLAGS) | flags);
    if (active) {
      activeCounts.merge(kind, 1L, Long::sum);
    }
  }

  /** The stored state of a record ({@link #ABSENT} if none), and marks it as seen in this run. */
  long see(Kind kind, long key) {
    LongLongMap map = records.get(kind);
    long state = map.get(key, ABSENT);
    if (state != ABSENT) {
      map.put(key, state | SEEN);
    }
    return state;
  }

  /** Calls {@code removed} with the key of every active record of {@code kind} not seen. */
  void forEachUnseenActive(Kind kind, LongLongMap.EntryVisitor removed) {
    records
        .get(kind)
        .forEach(
            (key, state) -> {
              if ((state & ACTIVE) != 0 && (state & SEEN) == 0) {
                removed.visit(key, state);
              }
            });
  }

  long activeCount(Kind kind) {
    return activeCounts.get(kind);
  }

  static boolean sameContent(long state, long content) {
    return (state & ~FLAGS) == (content & ~FLAGS);
  }

  @Override
  public Map<String, KnownOrg> orgs() {
    return activeOrgs;
  }

  @Override
  public boolean hasUser(String sourcedId) {
    long state = records.get(Kind.USER).get(KeyHash.of(sourcedId), ABSENT);
    return state != ABSENT && (state & ACTIVE) != 0;
  }

  /** Product-wide email ownership is checked in SQL on the staged rows: see {@link CrossCheck}. */
  @Override
  public Optional<EmailOwner> emailOwner(String email) {
    return Optional.empty();
  }
}
