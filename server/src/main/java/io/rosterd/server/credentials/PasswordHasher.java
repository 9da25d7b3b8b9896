package io.rosterd.server.credentials;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes and verifies SFTP passwords with Argon2id at OWASP's recommended parameters (19 MiB, two
 * passes, one lane). A hash is a self-describing PHC string, {@code
 * $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, so a later change of parameters still verifies the
 * hashes stored before it. Thread-safe and lock-free: each call allocates its own 19 MiB.
 */
public final class PasswordHasher {

  public static final int MEMORY_KIB = 19_456;
  public static final int ITERATIONS = 2;
  public static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  // Bounds on what verify() will compute, so a damaged or planted row cannot make a login cost
  // gigabytes or minutes.
  private static final int MAX_MEMORY_KIB = 1 << 20;
  private static final int MAX_ITERATIONS = 16;
  private static final int MAX_PARALLELISM = 8;

  // Salt of 8 to 48 bytes and hash of 16 to 96 bytes, in unpadded base64.
  private static final Pattern PHC =
      Pattern.compile(
          "^\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})"
              + "\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{22,128})$");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

  private final SecureRandom random = new SecureRandom();

  /** A new hash of {@code password} with a fresh random salt. */
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    return "$argon2id$v=19$m="
        + MEMORY_KIB
        + ",t="
        + ITERATIONS
        + ",p="
        + PARALLELISM
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(hash);
  }

  /**
   * True when {@code password} hashes to {@code phc}. A malformed or out-of-bounds hash never
   * matches. The comparison takes the same time wherever the bytes differ.
   */
  public boolean verify(String password, String phc) {
    if (password == null || phc == null) {
      return false;
    }
    Matcher parts = PHC.matcher(phc);
    if (!parts.matches()) {
      return false;
    }
    int memory = Integer.parseInt(parts.group(1));
    int iterations = Integer.parseInt(parts.group(2));
    int parallelism = Integer.parseInt(parts.group(3));
    if (!withinBounds(memory, iterations, parallelism)) {
      return false;
    }
    try {
      byte[] salt = B64_DECODER.decode(parts.group(4));
      byte[] expected = B64_DECODER.decode(parts.group(5));
      byte[] actual = argon2(password, salt, memory, iterations, parallelism, expected.length);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) { // base64 of an impossible length
      return false;
    }
  }

  private static boolean withinBounds(int memory, int iterations, int parallelism) {
    return parallelism >= 1
        && parallelism <= MAX_PARALLELISM
        && iterations >= 1
        && iterations <= MAX_ITERATIONS
        && memory >= 8 * parallelism
        && memory <= MAX_MEMORY_KIB;
  }

  private static byte[] argon2(
      String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memory)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
