package io.rosterd.server.credentials;

import io.rosterd.server.intake.SftpAccounts;
import io.rosterd.server.store.Jdbc;
import java.security.PublicKey;
import java.util.Optional;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * SFTP logins checked against the accounts in PostgreSQL. Only enabled accounts log in. Lockout
 * after repeated failures is the SFTP server's part (it keeps {@code failed_attempts} and {@code
 * locked_until}); this class only answers whether the secret is right.
 *
 * <p>Argon2 verification runs on the caller's thread outside any lock or transaction, so logins
 * only wait for each other through the CPU. A login with an unknown username (or a disabled
 * account, or one without a password) still verifies against a dummy hash, so it takes as long as a
 * wrong password and usernames cannot be probed by timing.
 */
public final class DatabaseSftpAccounts implements SftpAccounts {

  private final SftpAccountStore store;
  private final PasswordHasher hasher = new PasswordHasher();
  private final String dummyHash;

  /** Reads the accounts through {@code jdbc}; makes the dummy hash now (one Argon2 hash). */
  public DatabaseSftpAccounts(Jdbc jdbc) {
    this.store = new SftpAccountStore(jdbc);
    this.dummyHash = Dummy.HASH; // now, so the first unknown username is not slower than later ones
  }

  @Override
  public Optional<String> byPassword(String username, String password) {
    Optional<SftpAccountStore.PasswordLogin> login = store.passwordLogin(username);
    String hash = login.map(SftpAccountStore.PasswordLogin::passwordHash).orElse(dummyHash);
    boolean matches = hasher.verify(password, hash);
    return matches ? login.map(SftpAccountStore.PasswordLogin::districtId) : Optional.empty();
  }

  @Override
  public Optional<String> byPublicKey(String username, PublicKey key) {
    return store
        .keyLogin(username, SshKeys.fingerprint(key))
        .filter(login -> KeyUtils.compareKeys(SshKeys.stored(login.publicKey()), key))
        .map(SftpAccountStore.KeyLogin::districtId);
  }

  /** A hash of a random password no one knows, made once per JVM. */
  private static final class Dummy {
    static final String HASH = new PasswordHasher().hash(new PasswordGenerator().generate());
  }
}
