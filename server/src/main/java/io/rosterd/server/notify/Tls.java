package io.rosterd.server.notify;

import java.util.Locale;

/** How rosterd talks to the SMTP server. */
public enum Tls {
  /** Plain connection upgraded with STARTTLS, which must succeed (port 587). */
  STARTTLS,
  /** TLS from the first byte (SMTPS, port 465). */
  SSL,
  /** No encryption: only for a relay on the same machine or a test server. */
  NONE;

  /**
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Tls of(String text) {
    for (Tls tls : values()) {
      if (tls.name().equalsIgnoreCase(text.strip())) {
        return tls;
      }
    }
    throw new IllegalArgumentException(
        "SMTP TLS '" + text + "' is not known: use starttls, ssl or none");
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
