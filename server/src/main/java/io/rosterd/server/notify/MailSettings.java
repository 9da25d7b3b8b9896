package io.rosterd.server.notify;

import java.net.URI;
import java.time.Duration;

/**
 * Where rosterd's emails go and what they link to.
 *
 * @param smtpHost null: no SMTP server; emails are logged and kept in the outbox only
 * @param publicUrl the address people reach rosterd's HTTP side at, for links in emails (no
 *     trailing slash)
 * @param supportEmail where alerts for support go (a district without a successful run for {@code
 *     staleAfter}, a failed run); null: logged only
 */
public record MailSettings(
    String smtpHost,
    int smtpPort,
    Tls tls,
    String smtpUser,
    String smtpPassword,
    String from,
    String publicUrl,
    String supportEmail,
    Duration staleAfter) {

  public static final Duration DEFAULT_STALE_AFTER = Duration.ofHours(48);

  public MailSettings {
    publicUrl = trimmed(publicUrl);
    URI uri = URI.create(publicUrl);
    if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "public URL '" + publicUrl + "' is not valid: expected like https://rosterd.example.org");
    }
    if (staleAfter.isNegative() || staleAfter.isZero()) {
      throw new IllegalArgumentException("the stale-after time must be positive");
    }
  }

  /** No SMTP, links to {@code publicUrl}: emails are logged and kept in the outbox. */
  public static MailSettings logOnly(String publicUrl) {
    return new MailSettings(
        null, 25, Tls.NONE, null, null, "rosterd@localhost", publicUrl, null, DEFAULT_STALE_AFTER);
  }

  /** An SMTP server without TLS or login (a local relay, GreenMail in tests). */
  public MailSettings withPlainSmtp(String host, int port, String supportAddress) {
    return new MailSettings(
        host, port, Tls.NONE, null, null, from, publicUrl, supportAddress, staleAfter);
  }

  public boolean smtpConfigured() {
    return smtpHost != null && !smtpHost.isBlank();
  }

  /** The host name in the public URL: where districts are told to connect with SFTP too. */
  public String publicHost() {
    return URI.create(publicUrl).getHost();
  }

  /** An absolute link to {@code path} (which starts with a slash). */
  public String link(String path) {
    return publicUrl + path;
  }

  private static String trimmed(String url) {
    String stripped = url.strip();
    return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
  }

  /** Never the SMTP password: settings end up in logs. */
  @Override
  public String toString() {
    return "MailSettings[smtp="
        + (smtpConfigured() ? smtpHost + ":" + smtpPort + " " + tls.label() : "none")
        + ", from="
        + from
        + ", publicUrl="
        + publicUrl
        + "]";
  }
}
