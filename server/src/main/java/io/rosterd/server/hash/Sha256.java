package io.rosterd.server.hash;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as rosterd stores it, lower-case hex: of files (uploads, archives) and of secrets that
 * are kept only as their hash (API tokens, session ids, one-time links). A fast hash is right for
 * those secrets: they are 256 random bits, so there is nothing to guess.
 */
public final class Sha256 {
  private Sha256() {}

  /** A fresh digest, for hashing bytes as they stream past. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The hex of a digest that has seen all its bytes. */
  public static String hex(MessageDigest finished) {
    return HexFormat.of().formatHex(finished.digest());
  }

  /** The hash of a secret's UTF-8 bytes. */
  public static String of(String secret) {
    MessageDigest digest = digest();
    digest.update(secret.getBytes(StandardCharsets.UTF_8));
    return hex(digest);
  }

  /** A file's size and hash, from one read; {@code copy} (or null) gets the bytes too. */
  public static Hashed of(Path file, OutputStream copy) throws IOException {
    MessageDigest digest = digest();
    long size;
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      size = in.transferTo(copy == null ? OutputStream.nullOutputStream() : copy);
    }
    return new Hashed(size, hex(digest));
  }

  /** A file's size and its SHA-256 in hex. */
  public record Hashed(long size, String hex) {}
}
