package io.rosterd.server.district;

import io.rosterd.server.store.Columns;
import io.rosterd.server.store.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code access_requests} table. */
public final class AccessRequestStore {
  private static final String COLUMNS =
      "id, district_name, contact_name, contact_email, phone, notes, state, district_id,"
          + " decided_by, decided_at, decline_reason, created_at";

  private final Jdbc jdbc;

  public AccessRequestStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** What a district sends: already checked by the caller. */
  public record Asked(
      String districtName, String contactName, String contactEmail, String phone, String notes) {}

  public AccessRequest add(Asked asked, String clientAddress, Instant now) {
    return jdbc.queryOne(
            "insert into access_requests (district_name, contact_name, contact_email, phone, notes,"
                + " client_address, created_at) values (?, ?, ?, ?, ?, ?, ?) returning "
                + COLUMNS,
            AccessRequestStore::request,
            asked.districtName(),
            asked.contactName(),
            asked.contactEmail(),
            asked.phone(),
            asked.notes(),
            clientAddress,
            Timestamp.from(now))
        .orElseThrow();
  }

  /** How many requests came from the address since then: for the rate limit. */
  public long countFrom(String clientAddress, Instant since) {
    return jdbc.queryOne(
            "select count(*) from access_requests where client_address = ? and created_at > ?",
            row -> row.getLong(1),
            clientAddress,
            Timestamp.from(since))
        .orElse(0L);
  }

  /** The requests in a state (or all when null), newest first. */
  public List<AccessRequest> list(String state) {
    return state == null
        ? jdbc.query(
            "select " + COLUMNS + " from access_requests order by id desc",
            AccessRequestStore::request)
        : jdbc.query(
            "select " + COLUMNS + " from access_requests where state = ? order by id desc",
            AccessRequestStore::request,
            state);
  }

  public Optional<AccessRequest> find(long id) {
    return jdbc.queryOne(
        "select " + COLUMNS + " from access_requests where id = ?",
        AccessRequestStore::request,
        id);
  }

  /** The request, locked until the caller's transaction ends: one decision per request. */
  public Optional<AccessRequest> lock(long id) {
    return jdbc.queryOne(
        "select " + COLUMNS + " from access_requests where id = ? for update",
        AccessRequestStore::request,
        id);
  }

  /** Records a decision on a pending request; false when it was not pending. */
  public boolean decide(
      long id, String state, String district, String by, String reason, Instant now) {
    return jdbc.update(
            "update access_requests set state = ?, district_id = ?, decided_by = ?,"
                + " decline_reason = ?, decided_at = ? where id = ? and state = 'pending'",
            state,
            district,
            by,
            reason,
            Timestamp.from(now),
            id)
        == 1;
  }

  private static AccessRequest request(ResultSet row) throws SQLException {
    return new AccessRequest(
        row.getLong("id"),
        row.getString("district_name"),
        row.getString("contact_name"),
        row.getString("contact_email"),
        row.getString("phone"),
        row.getString("notes"),
        row.getString("state"),
        row.getString("district_id"),
        row.getString("decided_by"),
        Columns.instant(row, "decided_at"),
        row.getString("decline_reason"),
        Columns.instant(row, "created_at"));
  }
}
