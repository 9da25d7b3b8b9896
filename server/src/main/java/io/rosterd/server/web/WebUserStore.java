package io.rosterd.server.web;

import io.rosterd.server.store.Jdbc;
import io.rosterd.server.store.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code web_users} table: accounts, their password hashes and failed sign-ins. */
public final class WebUserStore {
  private static final String COLUMNS =
      "id, email, district_id, created_at, last_login_at, failed_logins, locked_until";

  private final Jdbc jdbc;

  public WebUserStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** An account and its password hash, as a sign-in needs them. */
  record Login(WebUser user, String passwordHash) {
    @Override
    public String toString() {
      return "Login[" + user.email() + "]"; // never the hash
    }
  }

  /**
   * Creates an account.
   *
   * @param district null for support staff
   * @throws IllegalArgumentException when the email is taken
   */
  public WebUser create(String email, String district, String passwordHash) {
    try {
      return jdbc.queryOne(
              "insert into web_users (email, district_id, password_hash) values (?, ?, ?)"
                  + " returning "
                  + COLUMNS,
              WebUserStore::user,
              email,
              district,
              passwordHash)
          .orElseThrow();
    } catch (StoreException e) {
      if (e.isUniqueViolation()) {
        throw new IllegalArgumentException("there is already an account for " + email, e);
      }
      throw e;
    }
  }

  /**
   * Gives the account of {@code email} a new password: lifts its lockout and signs it out of every
   * browser. Empty when there is no such account.
   */
  public Optional<WebUser> resetPassword(String email, String passwordHash) {
    Optional<WebUser> user =
        jdbc.queryOne(
            "update web_users set password_hash = ?, failed_logins = 0, locked_until = null"
                + " where lower(email) = lower(?) returning "
                + COLUMNS,
            WebUserStore::user,
            passwordHash,
            email);
    user.ifPresent(u -> jdbc.update("delete from web_sessions where user_id = ?", u.id()));
    return user;
  }

  /** Removes the account of {@code email} and its sessions; false when there is none. */
  public boolean remove(String email) {
    return jdbc.update("delete from web_users where lower(email) = lower(?)", email) == 1;
  }

  public List<WebUser> list() {
    return jdbc.query("select " + COLUMNS + " from web_users order by id", WebUserStore::user);
  }

  /** The contacts with an account for one district. */
  public List<WebUser> ofDistrict(String district) {
    return jdbc.query(
        "select " + COLUMNS + " from web_users where district_id = ? order by email",
        WebUserStore::user,
        district);
  }

  Optional<Login> login(String email) {
    return jdbc.queryOne(
        "select " + COLUMNS + ", password_hash from web_users where lower(email) = lower(?)",
        r -> new Login(user(r), r.getString("password_hash")),
        email);
  }

  /** Counts a failed sign-in; from {@code lockAfter} failures on, locks until {@code until}. */
  void failed(long id, int lockAfter, Instant until) {
    jdbc.update(
        "update web_users set failed_logins = failed_logins + 1,"
            + " locked_until = case when failed_logins + 1 >= ? then ? else locked_until end"
            + " where id = ?",
        lockAfter,
        Timestamp.from(until),
        id);
  }

  void succeeded(long id, Instant now) {
    jdbc.update(
        "update web_users set failed_logins = 0, locked_until = null, last_login_at = ?"
            + " where id = ?",
        Timestamp.from(now),
        id);
  }

  static WebUser user(ResultSet r) throws SQLException {
    return new WebUser(
        r.getLong("id"),
        r.getString("email"),
        r.getString("district_id"),
        instant(r, "created_at"),
        instant(r, "last_login_at"),
        r.getInt("failed_logins"),
        instant(r, "locked_until"));
  }

  static Instant instant(ResultSet r, String column) throws SQLException {
    Timestamp time = r.getTimestamp(column);
    return time == null ? null : time.toInstant();
  }
}
