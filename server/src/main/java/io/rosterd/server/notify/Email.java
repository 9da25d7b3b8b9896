package io.rosterd.server.notify;

import java.util.List;

/**
 * One email to send.
 *
 * @param kind what it is about, for the outbox and for not repeating an alert: run.held,
 *     run.rejected, run.errors, run.failed, credentials.link, credentials.changed, district.stale
 * @param district the district it is about, or null
 * @param secrets parts of the body (a one-time link) never logged, and cut out of the stored body
 *     once the email is sent or given up on
 * @param dedupeKey null, or a key no other email has: an alert posted twice goes once
 */
public record Email(
    String kind,
    String district,
    List<String> recipients,
    String subject,
    String body,
    List<String> secrets,
    String dedupeKey) {

  public Email {
    recipients = List.copyOf(recipients);
    secrets = List.copyOf(secrets);
  }

  public static Email of(
      String kind, String district, List<String> recipients, String subject, String body) {
    return new Email(kind, district, recipients, subject, body, List.of(), null);
  }

  public Email withSecret(String secret) {
    return new Email(kind, district, recipients, subject, body, List.of(secret), dedupeKey);
  }

  public Email withDedupeKey(String key) {
    return new Email(kind, district, recipients, subject, body, secrets, key);
  }

  /** The body with every secret replaced by a note: what may be logged and kept. */
  public String redactedBody() {
    return redact(body, secrets);
  }

  static String redact(String text, List<String> secrets) {
    String redacted = text;
    for (String secret : secrets) {
      redacted = redacted.replace(secret, "[one-time link removed]");
    }
    return redacted;
  }

  @Override
  public String toString() {
    return "Email[" + kind + " to " + recipients + ": " + subject + "]";
  }
}
