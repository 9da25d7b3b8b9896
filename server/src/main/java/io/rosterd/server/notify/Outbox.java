package io.rosterd.server.notify;

import io.rosterd.server.store.Jdbc;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code outbox} table: every email, with its status. A row keeps its secrets (a one-time link)
 * only while it may still be sent; sending it, giving up on it, or only logging it cuts them out.
 */
final class Outbox {
  static final int MAX_ATTEMPTS = 5;

  private Outbox() {}

  /** A stored email that is due to be sent. */
  record Due(long id, int attempts, Email email) {}

  /**
   * Adds an email to send ({@code pending}), or one only logged (kept without its secrets).
   *
   * @return empty when an email with the same dedupe key is there already
   */
  static Optional<Long> add(Jdbc tx, Email email, boolean toSend) {
    return tx.queryOne(
        "insert into outbox"
            + " (kind, district_id, recipients, subject, body, secrets, status, dedupe_key)"
            + " values (?, ?, ?, ?, ?, ?::text[], ?, ?) on conflict (dedupe_key) do nothing"
            + " returning id",
        row -> row.getLong(1),
        email.kind(),
        email.district(),
        String.join(", ", email.recipients()),
        email.subject(),
        toSend ? email.body() : email.redactedBody(),
        toSend ? textArray(email.secrets()) : "{}",
        toSend ? "pending" : "logged",
        email.dedupeKey());
  }

  /** Locks the oldest email due now, so that another process does not send it too. */
  static Optional<Due> nextDue(Jdbc tx) {
    return tx.queryOne(
        "select id, kind, district_id, recipients, subject, body, secrets, attempts from outbox"
            + " where status in ('pending', 'failed') and next_attempt_at <= now()"
            + " order by id limit 1 for update skip locked",
        Outbox::due);
  }

  static void sent(Jdbc tx, Due due) {
    tx.update(
        "update outbox set status = 'sent', sent_at = now(), attempts = attempts + 1,"
            + " last_error = null, body = ?, secrets = '{}' where id = ?",
        due.email().redactedBody(),
        due.id());
  }

  /** Records a failed attempt: retried later (1, 4, 16, 64 minutes), given up after the 5th. */
  static void failed(Jdbc tx, Due due, String error) {
    int attempts = due.attempts() + 1;
    if (attempts >= MAX_ATTEMPTS) {
      tx.update(
          "update outbox set status = 'abandoned', attempts = ?, last_error = ?, body = ?,"
              + " secrets = '{}' where id = ?",
          attempts,
          error,
          due.email().redactedBody(),
          due.id());
      return;
    }
    long waitSeconds = Duration.ofMinutes(1L << (2 * (attempts - 1))).toSeconds();
    tx.update(
        "update outbox set status = 'failed', attempts = ?, last_error = ?,"
            + " next_attempt_at = now() + make_interval(secs => ?) where id = ?",
        attempts,
        error,
        waitSeconds,
        due.id());
  }

  private static Due due(ResultSet row) throws SQLException {
    Email email =
        new Email(
            row.getString("kind"),
            row.getString("district_id"),
            List.of(row.getString("recipients").split(", ")),
            row.getString("subject"),
            row.getString("body"),
            strings(row.getArray("secrets")),
            null);
    return new Due(row.getLong("id"), row.getInt("attempts"), email);
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  /** A PostgreSQL text[] literal; the secrets are URLs, quoted so commas cannot split them. */
  private static String textArray(List<String> values) {
    StringBuilder text = new StringBuilder("{");
    for (String value : values) {
      if (text.length() > 1) {
        text.append(',');
      }
      text.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return text.append('}').toString();
  }
}
