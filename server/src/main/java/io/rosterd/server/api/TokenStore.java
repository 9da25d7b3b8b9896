package io.rosterd.server.api;

import io.rosterd.server.hash.Secrets;
import io.rosterd.server.hash.Sha256;
import io.rosterd.server.store.Columns;
import io.rosterd.server.store.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The {@code api_tokens} table. A token is 32 random bytes, shown once; only its SHA-256 is kept. A
 * fast hash is right here, unlike for passwords: a token has 256 bits of entropy, so there is
 * nothing to guess, and every API request checks one.
 */
public final class TokenStore {
  static final String PREFIX = "rsd_";
  private static final String COLUMNS =
      "id, name, district_id, created_at, last_used_at, revoked_at";

  private final Jdbc jdbc;

  public TokenStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** A new token and its secret, which is not stored anywhere. */
  public record Issued(ApiToken token, String secret) {}

  /** Creates a token for support (district null) or for one district. */
  public Issued create(String name, String district) {
    String secret = PREFIX + Secrets.random();
    ApiToken token =
        jdbc.queryOne(
                "insert into api_tokens (name, district_id, secret_sha256) values (?, ?, ?)"
                    + " returning "
                    + COLUMNS,
                TokenStore::token,
                name,
                district,
                Sha256.of(secret))
            .orElseThrow();
    return new Issued(token, secret);
  }

  public List<ApiToken> list() {
    return jdbc.query("select " + COLUMNS + " from api_tokens order by id", TokenStore::token);
  }

  /** Revokes a token; false when there is no such live token. */
  public boolean revoke(long id) {
    return jdbc.update(
            "update api_tokens set revoked_at = now() where id = ? and revoked_at is null", id)
        == 1;
  }

  /** Who a presented secret belongs to, if it is a live token. */
  public Optional<Caller> caller(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    Optional<ApiToken> token =
        jdbc.queryOne(
            "select " + COLUMNS + " from api_tokens where secret_sha256 = ? and revoked_at is null",
            TokenStore::token,
            Sha256.of(secret));
    token.ifPresent(this::touch);
    return token.map(t -> new Caller(t.name(), t.district()));
  }

  // At most one write a minute per token: a busy script should not turn every read into a write.
  private void touch(ApiToken token) {
    jdbc.update(
        "update api_tokens set last_used_at = now() where id = ?"
            + " and (last_used_at is null or last_used_at < now() - interval '1 minute')",
        token.id());
  }

  private static ApiToken token(ResultSet row) throws SQLException {
    return new ApiToken(
        row.getLong("id"),
        row.getString("name"),
        row.getString("district_id"),
        Columns.instant(row, "created_at"),
        Columns.instant(row, "last_used_at"),
        Columns.instant(row, "revoked_at"));
  }
}
