package io.rosterd.server.web;

import io.rosterd.server.hash.Secrets;
import io.rosterd.server.hash.Sha256;
import io.rosterd.server.store.Jdbc;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Signed-in browsers, in the database so every rosterd on it knows them and a restart signs nobody
 * out. The cookie holds a random secret; only its SHA-256 is stored.
 */
final class SessionStore {
  static final Duration LIFETIME = Duration.ofHours(12);

  private final Jdbc jdbc;
  private final Clock clock;

  SessionStore(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A new session: its secret goes into the cookie, never anywhere else. */
  record Opened(String secret, Session session) {}

  Opened open(WebUser user) {
    String secret = Secrets.random();
    String csrf = Secrets.random();
    jdbc.update("delete from web_sessions where expires_at < ?", Timestamp.from(clock.instant()));
    jdbc.update(
        "insert into web_sessions (id_sha256, user_id, csrf_token, expires_at) values (?, ?, ?, ?)",
        Sha256.of(secret),
        user.id(),
        csrf,
        Timestamp.from(clock.instant().plus(LIFETIME)));
    return new Opened(secret, new Session(user, csrf));
  }

  Optional<Session> find(String secret) {
    if (secret == null || secret.isEmpty() || secret.length() > 100) {
      return Optional.empty();
    }
    return jdbc.queryOne(
        "select u.id, u.email, u.district_id, u.created_at, u.last_login_at, u.failed_logins,"
            + " u.locked_until, s.csrf_token from web_sessions s join web_users u on u.id ="
            + " s.user_id where s.id_sha256 = ? and s.expires_at > ?",
        r -> new Session(WebUserStore.user(r), r.getString("csrf_token")),
        Sha256.of(secret),
        Timestamp.from(clock.instant()));
  }

  void close(String secret) {
    if (secret != null) {
      jdbc.update("delete from web_sessions where id_sha256 = ?", Sha256.of(secret));
    }
  }
}
