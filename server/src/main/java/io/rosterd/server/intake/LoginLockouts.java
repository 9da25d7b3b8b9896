package io.rosterd.server.intake;

import io.rosterd.server.store.Columns;
import io.rosterd.server.store.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backoff and lockout after failed SFTP logins, per username and per client address, kept in
 * PostgreSQL (table {@code sftp_login_failures}): a restart forgets nothing and every rosterd
 * process on the database counts into the same rows. Each count is one upsert, so processes failing
 * the same username at once never lose a failure. The thresholds are {@link LoginPolicy}'s.
 */
public final class LoginLockouts {

  private static final Logger LOG = LoggerFactory.getLogger(LoginLockouts.class);

  /** The rule of sftp_accounts.username: other names are never accounts, nor counted as one. */
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

  private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);
  private static final String COLUMNS =
      "kind, key, failures, last_failed_at, locked_until, last_username";

  private static final String COUNT =
      "insert into sftp_login_failures as f (kind, key, failures, last_failed_at, last_username)"
          + " values (?, ?, 1, ?, ?) on conflict (kind, key) do update set"
          + " failures = case when f.last_failed_at < ? then 1 else f.failures + 1 end,"
          + " locked_until = case when f.last_failed_at < ? then null else f.locked_until end,"
          + " last_failed_at = excluded.last_failed_at, last_username = excluded.last_username"
          + " returning "
          + COLUMNS;

  // greatest(): a short backoff counted late never shortens a lockout set meanwhile
  private static final String LOCK =
      "update sftp_login_failures set locked_until = greatest(locked_until, ?)"
          + " where kind = ? and key = ? returning "
          + COLUMNS;

  private final Jdbc jdbc;
  private final LoginPolicy policy;
  private final AtomicReference<Instant> nextCleanup = new AtomicReference<>(Instant.MIN);

  /** With the {@link LoginPolicy#defaults() default policy}. */
  public LoginLockouts(Jdbc jdbc) {
    this(jdbc, LoginPolicy.defaults());
  }

  public LoginLockouts(Jdbc jdbc, LoginPolicy policy) {
    this.jdbc = jdbc;
    this.policy = policy;
  }

  /** The lockout (or backoff) in force at {@code now} for the username or the address, if any. */
  public Optional<FailedLogins> inForce(String username, String address, Instant now) {
    return jdbc
        .query(
            "select "
                + COLUMNS
                + " from sftp_login_failures where locked_until > ? and"
                + " ((kind = 'username' and key = ?) or (kind = 'address' and key = ?))"
                + " order by locked_until desc",
            LoginLockouts::row,
            now,
            countable(username) ? username : null,
            address)
        .stream()
        .findFirst();
  }

  /**
   * Counts a failed login of {@code username} from {@code address} at {@code now}, both in one
   * transaction; returns the counts and any backoff or lockout they led to (username first; a name
   * that can never be an account is counted for the address only).
   */
  public List<FailedLogins> failed(String username, String address, Instant now) {
    forgetOld(now);
    return jdbc.inTransaction(
        tx -> {
          List<FailedLogins> counts = new ArrayList<>();
          if (countable(username)) {
            counts.add(count(tx, FailedLogins.USERNAME, username, username, now));
          }
          // a name that is no username (too long, odd characters) is not kept, even for support
          String tried = countable(username) ? username : "";
          counts.add(count(tx, FailedLogins.ADDRESS, address, tried, now));
          return counts;
        });
  }

  /** Forgets the username's failures (not the address's: one address may guess many names). */
  public void succeeded(String username) {
    jdbc.update("delete from sftp_login_failures where kind = 'username' and key = ?", username);
  }

  /** The username's failures still counted at {@code now}, for support; empty when none. */
  public Optional<FailedLogins> ofUsername(String username, Instant now) {
    return jdbc.queryOne(
        "select "
            + COLUMNS
            + " from sftp_login_failures where kind = 'username' and key = ?"
            + " and last_failed_at >= ?",
        LoginLockouts::row,
        username,
        policy.forgetBefore(now));
  }

  /** Addresses locked out at {@code now} whose last failed login was as {@code username}. */
  public List<FailedLogins> lockedAddresses(String username, Instant now) {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from sftp_login_failures where kind = 'address' and last_username = ?"
            + " and locked_until > ? order by key",
        LoginLockouts::row,
        username,
        now);
  }

  /**
   * Lifts the lockout of {@code username} and of the addresses whose last failed login was as it,
   * and forgets their failures: what support does when a district cannot log in. Returns the
   * entries removed.
   */
  public List<FailedLogins> unlock(String username) {
    List<FailedLogins> removed =
        jdbc.query(
            "delete from sftp_login_failures where (kind = 'username' and key = ?)"
                + " or (kind = 'address' and last_username = ?) returning "
                + COLUMNS,
            LoginLockouts::row,
            username,
            username);
    if (!removed.isEmpty()) {
      LOG.info("SFTP failed logins forgotten for {}: {}", username, removed);
    }
    return removed;
  }

  private FailedLogins count(Jdbc tx, String kind, String key, String username, Instant now) {
    Instant forget = policy.forgetBefore(now);
    FailedLogins counted =
        tx.queryOne(COUNT, LoginLockouts::row, kind, key, now, username, forget, forget)
            .orElseThrow();
    LoginPolicy.Threshold threshold =
        kind.equals(FailedLogins.USERNAME) ? policy.username() : policy.address();
    Instant until = policy.lockedUntil(threshold, counted.failures(), now);
    if (until == null) {
      return counted;
    }
    FailedLogins locked = tx.queryOne(LOCK, LoginLockouts::row, until, kind, key).orElseThrow();
    if (counted.failures() == threshold.lockoutAfter()) {
      LOG.warn("SFTP lockout: {} (the limit is {})", locked.describe(), threshold.lockoutAfter());
    }
    return locked;
  }

  // Names tried once and never again (guesses) would otherwise stay forever.
  private void forgetOld(Instant now) {
    Instant due = nextCleanup.get();
    if (now.isBefore(due) || !nextCleanup.compareAndSet(due, now.plus(CLEANUP_EVERY))) {
      return;
    }
    int forgotten =
        jdbc.update(
            "delete from sftp_login_failures where last_failed_at < ?"
                + " and (locked_until is null or locked_until < ?)",
            policy.forgetBefore(now),
            now);
    LOG.debug("SFTP failed logins: {} old entries forgotten", forgotten);
  }

  private static boolean countable(String username) {
    return username != null && USERNAME.matcher(username).matches();
  }

  private static FailedLogins row(ResultSet row) throws SQLException {
    return new FailedLogins(
        row.getString("kind"),
        row.getString("key"),
        row.getInt("failures"),
        Columns.instant(row, "last_failed_at"),
        Columns.instant(row, "locked_until"),
        row.getString("last_username"));
  }
}
