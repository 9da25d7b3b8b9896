package io.rosterd.server.district;

import java.util.Locale;

/** The emails a district contact may choose to get. */
public enum Topic {
  /** A run was held: it would remove or disable too much, and waits for approval. */
  HELD,
  /** A run was rejected: a file could not be used, nothing was applied. */
  REJECTED,
  /** A run applied with rows skipped for errors. */
  ERRORS,
  /** The SFTP credentials changed: rotated, revealed, keys added or removed, disabled. */
  CREDENTIALS;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Topic of(String label) {
    for (Topic topic : values()) {
      if (topic.label().equals(label)) {
        return topic;
      }
    }
    throw new IllegalArgumentException(
        "'" + label + "' is not a topic: use held, rejected, errors or credentials");
  }
}
