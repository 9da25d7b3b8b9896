package io.rosterd.server.credentials;

import java.security.SecureRandom;

/**
 * SFTP passwords rosterd makes up: 24 characters drawn uniformly from 55 letters and digits that
 * cannot be mistaken for each other when read aloud or copied from a screen (no 0/O, 1/l/I). That
 * is over 138 bits of entropy. No punctuation, so no SIS export job's config needs quoting.
 */
public final class PasswordGenerator {

  public static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
  public static final int LENGTH = 24;

  private final SecureRandom random = new SecureRandom();

  public String generate() {
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
