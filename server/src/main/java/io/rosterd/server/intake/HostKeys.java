package io.rosterd.server.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * The server's Ed25519 and RSA host keys: generated on first start into the host-key folder and
 * reused after, so the fingerprints districts verified on their first connect stay valid.
 */
public final class HostKeys {

  /** RSA keys below 3072 bits are no longer recommended (NIST SP 800-57). */
  private static final int RSA_BITS = 3072;

  private HostKeys() {}

  /** The host keys in {@code dir}, generating any that are missing. */
  public static KeyPairProvider load(Path dir) {
    List<KeyPair> keys = new ArrayList<>();
    keys.addAll(read(provider(dir.resolve("ssh_host_ed25519_key"), "EdDSA", 256)));
    keys.addAll(read(provider(dir.resolve("ssh_host_rsa_key"), "RSA", RSA_BITS)));
    return KeyPairProvider.wrap(keys);
  }

  /** One line per host key: its type and its SHA256 fingerprint, as OpenSSH prints them. */
  public static List<String> fingerprints(Path dir) {
    List<String> lines = new ArrayList<>();
    try {
      for (KeyPair key : load(dir).loadKeys(null)) {
        lines.add(KeyUtils.getKeyType(key) + " " + KeyUtils.getFingerPrint(key.getPublic()));
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("could not read the host keys in " + dir, e);
    }
    return lines;
  }

  private static SimpleGeneratorHostKeyProvider provider(Path file, String algorithm, int bits) {
    SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file);
    provider.setAlgorithm(algorithm);
    provider.setKeySize(bits);
    provider.setOverwriteAllowed(false);
    return provider;
  }

  private static List<KeyPair> read(SimpleGeneratorHostKeyProvider provider) {
    try {
      Files.createDirectories(provider.getPath().getParent());
      List<KeyPair> keys = new ArrayList<>();
      for (KeyPair key : provider.loadKeys((SessionContext) null)) {
        keys.add(key);
      }
      if (keys.isEmpty()) {
        throw new IllegalStateException("no host key could be made in " + provider.getPath());
      }
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the host key " + provider.getPath(), e);
    }
  }
}
