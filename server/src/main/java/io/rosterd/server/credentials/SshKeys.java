package io.rosterd.server.credentials;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Set;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.digest.BuiltinDigests;

/**
 * Reads the SSH public keys districts send (the one line of an OpenSSH {@code .pub} file) with MINA
 * SSHD's own parser — the one the SFTP server checks logins with — and applies rosterd's rule:
 * Ed25519, ECDSA (P-256, P-384, P-521) or RSA of at least 3072 bits. DSA, short RSA, certificates
 * and security-key types are refused with a message naming the rule.
 */
public final class SshKeys {

  public static final int MIN_RSA_BITS = 3072;
  static final Set<String> ACCEPTED =
      Set.of(
          "ssh-ed25519",
          "ecdsa-sha2-nistp256",
          "ecdsa-sha2-nistp384",
          "ecdsa-sha2-nistp521",
          "ssh-rsa");
  private static final String RULE =
      "rosterd accepts Ed25519, ECDSA (nistp256/384/521) and RSA keys of at least "
          + MIN_RSA_BITS
          + " bits; make one with: ssh-keygen -t ed25519";
  private static final String EXPECTED =
      "expected one OpenSSH public key line like 'ssh-ed25519 AAAAC3Nza... user@host'"
          + " (the .pub file)";
  private static final int SHOWN = 40;
  private static final int MAX_COMMENT = 200;

  private SshKeys() {}

  /**
   * The one key in {@code text} (blank lines and {@code #} comments aside).
   *
   * @throws BadKeyException when it is not exactly one accepted public key
   */
  public static SshKey parse(String text) {
    String line = oneLine(text);
    AuthorizedKeyEntry entry = entry(line);
    if (!entry.getLoginOptions().isEmpty()) {
      throw new BadKeyException(
          EXPECTED + "; found options before the key (" + shown(line) + "): remove them");
    }
    String type = entry.getKeyType();
    requireAcceptedType(type);
    PublicKey key = resolve(entry, type);
    requireLongEnough(key);
    String comment = entry.getComment() == null ? "" : printable(entry.getComment(), MAX_COMMENT);
    return new SshKey(
        KeyUtils.getKeyType(key), fingerprint(key), PublicKeyEntry.toString(key), comment, key);
  }

  /** The SHA-256 fingerprint as OpenSSH prints it: {@code SHA256:} and unpadded base64. */
  public static String fingerprint(PublicKey key) {
    return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
  }

  /** Reads a key stored by rosterd (already checked when it was added). */
  public static PublicKey stored(String line) {
    try {
      return PublicKeyEntry.parsePublicKeyEntry(line)
          .resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("a stored SSH key could not be read: " + e.getMessage(), e);
    }
  }

  private static String oneLine(String text) {
    if (text.contains("PRIVATE KEY")) {
      // Never echo any of it: this is a secret that should not have left the district's machine.
      throw new BadKeyException(
          EXPECTED
              + "; found a PRIVATE key. Send only the public key (the .pub file), and since the"
              + " private key has been shared, make a new pair");
    }
    List<String> lines =
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    if (lines.isEmpty()) {
      throw new BadKeyException(EXPECTED + "; found nothing");
    }
    if (lines.size() > 1) {
      throw new BadKeyException(
          EXPECTED + "; found " + lines.size() + " lines: add one key at a time");
    }
    return lines.get(0);
  }

  private static AuthorizedKeyEntry entry(String line) {
    try {
      AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line);
      if (entry != null && entry.getKeyType() != null) {
        return entry;
      }
    } catch (RuntimeException e) { // MINA says IllegalArgumentException; be safe with any
      // A known type with unreadable data (cut, or base64 broken) says so below.
      String first = line.split("\\s+")[0];
      if (first.equals("ssh-dss") || ACCEPTED.contains(first)) {
        requireAcceptedType(first);
        throw unreadable(first);
      }
    }
    throw new BadKeyException(EXPECTED + "; found '" + shown(line) + "'");
  }

  private static void requireAcceptedType(String type) {
    if (type.equals("ssh-dss")) {
      throw new BadKeyException("DSA keys (ssh-dss) are refused: they are broken; " + RULE);
    }
    if (!ACCEPTED.contains(type)) {
      throw new BadKeyException("key type '" + shown(type) + "' is not accepted: " + RULE);
    }
  }

  private static PublicKey resolve(AuthorizedKeyEntry entry, String type) {
    try {
      PublicKey key = entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
      if (key != null && KeyUtils.getKeyType(key).equals(type)) {
        return key;
      }
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      // fall through to the message below
    }
    throw unreadable(type);
  }

  private static BadKeyException unreadable(String type) {
    return new BadKeyException(
        "the " + type + " key data could not be read: the line is cut or altered; " + EXPECTED);
  }

  private static void requireLongEnough(PublicKey key) {
    if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < MIN_RSA_BITS) {
      throw new BadKeyException(
          "this RSA key has "
              + rsa.getModulus().bitLength()
              + " bits, too short: "
              + RULE
              + " (or -t rsa -b 4096)");
    }
  }

  private static String shown(String text) {
    return printable(text, SHOWN);
  }

  /**
   * At most {@code max} characters without control characters: a comment or a refused line is
   * printed on a support person's terminal, where escape sequences could rewrite what it shows.
   */
  private static String printable(String text, int max) {
    String clean = text.replaceAll("\\p{Cntrl}", "").strip();
    return clean.length() <= max ? clean : clean.substring(0, max) + "...";
  }
}
