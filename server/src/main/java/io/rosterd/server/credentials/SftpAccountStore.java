package io.rosterd.server.credentials;

import io.rosterd.server.intake.FailedLogins;
import io.rosterd.server.intake.LoginLockouts;
import io.rosterd.server.store.Columns;
import io.rosterd.server.store.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SFTP accounts and keys tables. Every change takes a district id and does nothing (returns
 * false) when there is no such district; a district without an account row (created before
 * credentials, or by code that skips them) gets one on its first change, with username = its id.
 */
public final class SftpAccountStore {

  /** The account of an existing district, made if missing; later statements may update it. */
  private static final String ENSURE =
      "insert into sftp_accounts (district_id, username) select id, id from districts where id = ?"
          + " on conflict (district_id) do nothing";

  private static final String ACCOUNT =
      "select d.id, coalesce(a.username, d.id) as username, coalesce(a.enabled, true) as enabled,"
          + " a.password_hash is not null as has_password, a.password_set_at"
          + " from districts d left join sftp_accounts a on a.district_id = d.id where d.id = ?";

  private final Jdbc jdbc;

  public SftpAccountStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** The district's account, keys and failed logins at {@code now}; empty: no such district. */
  public Optional<SftpAccount> find(String districtId, Instant now) {
    return jdbc.inTransaction(
        tx ->
            tx.queryOne(ACCOUNT, SftpAccountStore::base, districtId)
                .map(base -> account(tx, base, now)));
  }

  /**
   * Replaces the password hash (issuing the first password, or rotating it) and lifts a lockout.
   */
  public boolean setPassword(String districtId, String hash) {
    return changeAndUnlock(
        districtId,
        "update sftp_accounts set password_hash = ?, password_set_at = now(),"
            + " updated_at = now() where district_id = ?",
        hash,
        districtId);
  }

  /**
   * Removes the password, so that password logins stop at once (keys still work): a rotation whose
   * new password is made only when its one-time link is opened.
   */
  public boolean removePassword(String districtId) {
    return change(
        districtId,
        "update sftp_accounts set password_hash = null, password_set_at = null,"
            + " updated_at = now() where district_id = ?",
        districtId);
  }

  /** Enables or disables logins; enabling also lifts a lockout. */
  public boolean setEnabled(String districtId, boolean enabled) {
    String sql = "update sftp_accounts set enabled = ?, updated_at = now() where district_id = ?";
    return enabled
        ? changeAndUnlock(districtId, sql, true, districtId)
        : change(districtId, sql, false, districtId);
  }

  /**
   * Lifts the lockout of the district's username, and of the addresses whose last failed login was
   * as it, forgetting their failures ({@link LoginLockouts#unlock}). Empty when there is no such
   * district; else the entries that were removed.
   */
  public Optional<List<FailedLogins>> unlock(String districtId) {
    return jdbc.inTransaction(tx -> unlock(tx, districtId));
  }

  /**
   * Adds {@code key} to the district's account.
   *
   * @return false when the district has had this key already (or there is no such district)
   */
  public boolean addKey(String districtId, SshKey key) {
    String sql =
        "insert into sftp_keys (district_id, fingerprint, algorithm, public_key, comment)"
            + " select district_id, ?, ?, ?, ? from sftp_accounts where district_id = ?"
            + " on conflict (district_id, fingerprint) do nothing";
    return change(
        districtId, sql, key.fingerprint(), key.algorithm(), key.line(), key.comment(), districtId);
  }

  /** Removes the key with {@code fingerprint}; false when the district has no such key. */
  public boolean removeKey(String districtId, String fingerprint) {
    return jdbc.update(
            "delete from sftp_keys where district_id = ? and fingerprint = ?",
            districtId,
            fingerprint)
        > 0;
  }

  /** The district and password hash of the enabled account {@code username}, for a login. */
  public Optional<PasswordLogin> passwordLogin(String username) {
    return jdbc.queryOne(
        "select district_id, password_hash from sftp_accounts"
            + " where username = ? and enabled and password_hash is not null",
        row -> new PasswordLogin(row.getString(1), row.getString(2)),
        username);
  }

  /** The district and stored key of the enabled account {@code username} with that fingerprint. */
  public Optional<KeyLogin> keyLogin(String username, String fingerprint) {
    return jdbc.queryOne(
        "select a.district_id, k.public_key from sftp_accounts a"
            + " join sftp_keys k on k.district_id = a.district_id"
            + " where a.username = ? and a.enabled and k.fingerprint = ?",
        row -> new KeyLogin(row.getString(1), row.getString(2)),
        username,
        fingerprint);
  }

  /** What a password login checks against. */
  public record PasswordLogin(String districtId, String passwordHash) {
    @Override
    public String toString() {
      return "PasswordLogin[" + districtId + "]"; // never the hash in a log
    }
  }

  /** What a key login checks against: the stored key as an OpenSSH line. */
  public record KeyLogin(String districtId, String publicKey) {}

  /** The columns of an account row; the rest of {@link SftpAccount} comes from other tables. */
  private record Base(
      String districtId,
      String username,
      boolean enabled,
      boolean hasPassword,
      Instant passwordSetAt) {}

  private boolean change(String districtId, String sql, Object... params) {
    return jdbc.inTransaction(tx -> change(tx, districtId, sql, params));
  }

  private boolean changeAndUnlock(String districtId, String sql, Object... params) {
    return jdbc.inTransaction(
        tx -> change(tx, districtId, sql, params) && unlock(tx, districtId).isPresent());
  }

  private static boolean change(Jdbc tx, String districtId, String sql, Object... params) {
    tx.update(ENSURE, districtId);
    return tx.update(sql, params) > 0;
  }

  private static Optional<List<FailedLogins>> unlock(Jdbc tx, String districtId) {
    return tx.queryOne(ACCOUNT, SftpAccountStore::base, districtId)
        .map(base -> new LoginLockouts(tx).unlock(base.username()));
  }

  private static List<SftpKey> keys(Jdbc tx, String districtId) {
    return tx.query(
        "select fingerprint, algorithm, public_key, comment, added_at from sftp_keys"
            + " where district_id = ? order by added_at, fingerprint",
        row ->
            new SftpKey(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                Columns.instant(row, "added_at")),
        districtId);
  }

  private static Base base(ResultSet row) throws SQLException {
    return new Base(
        row.getString("id"),
        row.getString("username"),
        row.getBoolean("enabled"),
        row.getBoolean("has_password"),
        Columns.instant(row, "password_set_at"));
  }

  private static SftpAccount account(Jdbc tx, Base base, Instant now) {
    LoginLockouts lockouts = new LoginLockouts(tx);
    Optional<FailedLogins> failed = lockouts.ofUsername(base.username(), now);
    return new SftpAccount(
        base.districtId(),
        base.username(),
        base.enabled(),
        base.hasPassword(),
        base.passwordSetAt(),
        failed.map(FailedLogins::failures).orElse(0),
        failed.map(FailedLogins::lastFailedAt).orElse(null),
        failed.filter(f -> f.lockedAt(now)).map(FailedLogins::lockedUntil).orElse(null),
        lockouts.lockedAddresses(base.username(), now),
        keys(tx, base.districtId()));
  }
}
