package io.rosterd.server.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Logins checked against real PostgreSQL rows: passwords, keys, disabled and unknown accounts. */
final class DatabaseSftpAccountsTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  @TempDir Path dir;

  private final DatabaseSftpAccounts accounts = new DatabaseSftpAccounts(POSTGRES.jdbc());
  private final SftpAccountStore store = new SftpAccountStore(POSTGRES.jdbc());

  @Test
  void theRightPasswordLogsInAsTheDistrict() {
    IssuedPassword issued = district("pw-ok");

    assertThat(accounts.byPassword("pw-ok", issued.password())).contains("pw-ok");
    assertThat(accounts.byPassword("pw-ok", issued.password() + "x")).isEmpty();
    assertThat(accounts.byPassword("pw-ok", "")).isEmpty();
    assertThat(accounts.byPassword("PW-OK", issued.password())).isEmpty();
  }

  @Test
  void oneDistrictsPasswordDoesNotOpenAnother() {
    IssuedPassword first = district("pw-first");
    district("pw-second");

    assertThat(accounts.byPassword("pw-second", first.password())).isEmpty();
  }

  @Test
  void anUnknownUserIsRefusedAfterAsMuchWorkAsAWrongPassword() {
    district("pw-timing");
    accounts.byPassword("nobody", "warm-up"); // makes the dummy hash once

    long unknown = millis(() -> accounts.byPassword("nobody-at-all", "guess"));
    long wrong = millis(() -> accounts.byPassword("pw-timing", "guess"));

    assertThat(accounts.byPassword("nobody-at-all", "guess")).isEmpty();
    // Both run one Argon2 verification (tens of ms); skipping it would take well under 5 ms.
    assertThat(unknown).isGreaterThan(wrong / 3);
  }

  @Test
  void aDisabledAccountIsRefusedAndEnablingRestoresIt() throws Exception {
    IssuedPassword issued = district("pw-off");
    KeyFiles.Pair pair = addKey("pw-off");
    PublicKey key = SshKeys.parse(pair.publicLine()).key();

    store.setEnabled("pw-off", false);
    assertThat(accounts.byPassword("pw-off", issued.password())).isEmpty();
    assertThat(accounts.byPublicKey("pw-off", key)).isEmpty();

    store.setEnabled("pw-off", true);
    assertThat(accounts.byPassword("pw-off", issued.password())).contains("pw-off");
    assertThat(accounts.byPublicKey("pw-off", key)).contains("pw-off");
  }

  @Test
  void aStoredKeyLogsInAndAnyOtherKeyDoesNot() throws Exception {
    district("key-ok");
    district("key-other");
    PublicKey stored = SshKeys.parse(addKey("key-ok").publicLine()).key();
    PublicKey stranger = SshKeys.parse(KeyFiles.generate(dir, "ed25519", "x").publicLine()).key();

    assertThat(accounts.byPublicKey("key-ok", stored)).contains("key-ok");
    assertThat(accounts.byPublicKey("key-ok", stranger)).isEmpty();
    assertThat(accounts.byPublicKey("key-other", stored)).isEmpty();
    assertThat(accounts.byPublicKey("nobody", stored)).isEmpty();
  }

  @Test
  void removingAKeyRevokesIt() throws Exception {
    district("key-gone");
    SshKey key = SshKeys.parse(addKey("key-gone").publicLine());

    assertThat(store.removeKey("key-gone", key.fingerprint())).isTrue();
    assertThat(accounts.byPublicKey("key-gone", key.key())).isEmpty();
    assertThat(store.removeKey("key-gone", key.fingerprint())).isFalse();
  }

  @Test
  void aDistrictWithoutAPasswordLogsInByKeyOnly() throws Exception {
    new DistrictStore(POSTGRES.jdbc()).create("keys-only", "Keys Only", "it@keys.org");
    PublicKey key = SshKeys.parse(addKey("keys-only").publicLine()).key();

    assertThat(accounts.byPassword("keys-only", "")).isEmpty();
    assertThat(accounts.byPublicKey("keys-only", key)).contains("keys-only");
    assertThat(store.find("keys-only", Instant.now()).orElseThrow().hasPassword()).isFalse();
  }

  @Test
  void theStoreSaysWhenThereIsNoSuchDistrict() {
    assertThat(store.find("ghost", Instant.now())).isEmpty();
    assertThat(store.setPassword("ghost", new PasswordHasher().hash("x"))).isFalse();
    assertThat(store.setEnabled("ghost", false)).isFalse();
  }

  private IssuedPassword district(String id) {
    new DistrictStore(POSTGRES.jdbc()).create(id, "District " + id, "it@" + id + ".org");
    IssuedPassword issued = IssuedPassword.generate();
    assertThat(store.setPassword(id, issued.hash())).isTrue();
    return issued;
  }

  private KeyFiles.Pair addKey(String id) throws Exception {
    KeyFiles.Pair pair = KeyFiles.generate(dir, "ed25519", id + "@export");
    assertThat(store.addKey(id, SshKeys.parse(pair.publicLine()))).isTrue();
    assertThat(store.addKey(id, SshKeys.parse(pair.publicLine()))).isFalse();
    return pair;
  }

  /** The fastest of three runs: the work itself, without a stray pause. */
  private static long millis(Runnable login) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      login.run();
      best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
    }
    return best;
  }
}
