package io.rosterd.server.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random secrets — API tokens, one-time links, session ids, CSRF tokens — and comparing them
 * without leaking where they differ. Only their {@link Sha256} is stored.
 */
public final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** 32 random bytes, URL-safe: 256 bits, nothing to guess. */
  public static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Compares in the same time wherever the strings differ, so a token cannot be guessed. */
  public static boolean same(String expected, String found) {
    if (expected == null || found == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), found.getBytes(StandardCharsets.UTF_8));
  }
}
