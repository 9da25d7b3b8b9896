package io.rosterd.server.credentials;

import io.rosterd.server.hash.Secrets;
import io.rosterd.server.hash.Sha256;
import io.rosterd.server.store.Columns;
import io.rosterd.server.store.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One-time links that hand a district its SFTP password. Only a link token's SHA-256 is stored (a
 * token has 256 random bits: a fast hash leaves nothing to guess, as for API tokens).
 *
 * <p>The password does not exist until the link is opened: {@link #reveal} makes it, stores its
 * Argon2id hash and returns it in the same transaction. So no password waits anywhere in plain text
 * (not in the database, not in an email, not in the outbox) for the 72 hours a link may wait, and a
 * link stolen after use is worth nothing. The price: until then the account has no password (keys
 * only), and a reveal whose answer is lost needs a new link.
 */
public final class CredentialLinks {
  public static final Duration LIFETIME = Duration.ofHours(72);
  private static final String PREFIX = "rcl_";
  private static final int MAX_TOKEN = 100;
  private static final String COLUMNS =
      "id, district_id, reason, created_at, expires_at, revealed_at, superseded_at";

  private final Jdbc jdbc;

  public CredentialLinks(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** A new link's token, which is not stored anywhere, and when it expires. */
  public record Issued(String token, Instant expiresAt) {
    @Override
    public String toString() {
      return "Issued[expires " + expiresAt + "]"; // never the token in a log
    }
  }

  /** The password a link showed, with the district it is for. */
  public record Revealed(CredentialLink link, String password) {
    @Override
    public String toString() {
      return "Revealed[" + link.district() + "]";
    }
  }

  /**
   * Issues a link for the district; every earlier link of it stops working, used or not: a used
   * link can still add SSH keys, and a rotation must end whatever access an old link gave.
   *
   * @param reason onboarding or rotation
   */
  public Issued issue(String district, String reason, String createdBy, Instant now) {
    return jdbc.inTransaction(
        tx -> {
          tx.update(
              "update credential_links set superseded_at = ? where district_id = ?"
                  + " and superseded_at is null",
              Timestamp.from(now),
              district);
          String token = PREFIX + Secrets.random();
          Instant expires = now.plus(LIFETIME);
          tx.update(
              "insert into credential_links"
                  + " (district_id, token_sha256, reason, created_by, created_at, expires_at)"
                  + " values (?, ?, ?, ?, ?, ?)",
              district,
              Sha256.of(token),
              reason,
              createdBy,
              Timestamp.from(now),
              Timestamp.from(expires));
          return new Issued(token, expires);
        });
  }

  /** The link a token names; empty for a token never issued. */
  public Optional<CredentialLink> find(String token) {
    if (!looksLikeToken(token)) {
      return Optional.empty();
    }
    return jdbc.queryOne(
        "select " + COLUMNS + " from credential_links where token_sha256 = ?",
        CredentialLinks::link,
        Sha256.of(token));
  }

  /**
   * Makes the district's new password, stores its hash and marks the link used, all at once: two
   * clicks at the same moment get one password, the other a {@link LinkGoneException}.
   *
   * @return empty for a token never issued
   * @throws LinkGoneException when the link was used, replaced or has expired
   */
  public Optional<Revealed> reveal(String token, String clientAddress, Instant now) {
    if (!looksLikeToken(token)) {
      return Optional.empty();
    }
    return jdbc.inTransaction(
        tx ->
            tx.queryOne(
                    "select "
                        + COLUMNS
                        + " from credential_links where token_sha256 = ? for update",
                    CredentialLinks::link,
                    Sha256.of(token))
                .map(link -> reveal(tx, link, clientAddress, now)));
  }

  private static Revealed reveal(Jdbc tx, CredentialLink link, String address, Instant now) {
    link.spent(now)
        .ifPresent(
            why -> {
              throw new LinkGoneException(why);
            });
    IssuedPassword password = IssuedPassword.generate();
    new SftpAccountStore(tx).setPassword(link.district(), password.hash());
    tx.update(
        "update credential_links set revealed_at = ?, reveal_address = ? where id = ?",
        Timestamp.from(now),
        address,
        link.id());
    CredentialLink used =
        new CredentialLink(
            link.id(),
            link.district(),
            link.reason(),
            link.createdAt(),
            link.expiresAt(),
            now,
            null);
    return new Revealed(used, password.password());
  }

  private static boolean looksLikeToken(String token) {
    return token != null && token.startsWith(PREFIX) && token.length() <= MAX_TOKEN;
  }

  private static CredentialLink link(ResultSet row) throws SQLException {
    return new CredentialLink(
        row.getLong("id"),
        row.getString("district_id"),
        row.getString("reason"),
        Columns.instant(row, "created_at"),
        Columns.instant(row, "expires_at"),
        Columns.instant(row, "revealed_at"),
        Columns.instant(row, "superseded_at"));
  }
}
