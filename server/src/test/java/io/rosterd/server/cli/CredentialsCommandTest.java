package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rosterd.server.credentials.DatabaseSftpAccounts;
import io.rosterd.server.credentials.KeyFiles;
import io.rosterd.server.credentials.SshKeys;
import io.rosterd.server.intake.LoginLockouts;
import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rosterd district create} issuing SFTP credentials, and {@code rosterd credentials ...}, in
 * this JVM against a real PostgreSQL; every login checked through {@link DatabaseSftpAccounts}.
 */
final class CredentialsCommandTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  private static final Pattern PASSWORD = Pattern.compile("(?m)^sftp-password: (\\S+)$");

  @TempDir Path dir;

  private final DatabaseSftpAccounts logins = new DatabaseSftpAccounts(POSTGRES.jdbc());

  @Test
  void createPrintsCredentialsThatLogIn() {
    Cli.Run run = create("cred-new");

    assertThat(run.out())
        .startsWith("Created district cred-new.")
        .contains("sftp-username: cred-new" + System.lineSeparator())
        .contains("shown only this once");
    String password = password(run);
    assertThat(password).hasSize(24);
    assertThat(logins.byPassword("cred-new", password)).contains("cred-new");
  }

  @Test
  void createWritesTheCredentialsBesideTheDistrictInJson() throws Exception {
    JsonNode json =
        json(
            cmd(
                "district",
                "create",
                "--id",
                "cred-json",
                "--name",
                "J",
                "--contact-email",
                "it@j.org",
                "--format",
                "json"));

    assertThat(json.get("district").get("id").asText()).isEqualTo("cred-json");
    assertThat(json.get("district").get("contactEmail").asText()).isEqualTo("it@j.org");
    assertThat(json.get("sftpUsername").asText()).isEqualTo("cred-json");
    String password = json.get("sftpPassword").asText();
    assertThat(logins.byPassword("cred-json", password)).contains("cred-json");
  }

  @Test
  void aTakenIdCreatesNoSecondAccountAndPrintsNoPassword() {
    String first = password(create("cred-taken"));

    Cli.Run again =
        cmd(
            "district",
            "create",
            "--id",
            "cred-taken",
            "--name",
            "N",
            "--contact-email",
            "a@b.org");

    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.out()).isEmpty();
    assertThat(logins.byPassword("cred-taken", first)).contains("cred-taken");
  }

  @Test
  void rotateIssuesANewPasswordAndTheOldOneStopsWorking() throws Exception {
    String old = password(create("cred-rot"));

    Cli.Run rotate = cmd("credentials", "rotate", "cred-rot");
    JsonNode again = json(cmd("credentials", "rotate", "cred-rot", "--format", "json"));

    assertThat(rotate.exitCode()).as(rotate.err()).isZero();
    assertThat(rotate.out()).startsWith("Issued a new SFTP password for district cred-rot");
    String fresh = password(rotate);
    assertThat(fresh).isNotEqualTo(old);
    assertThat(logins.byPassword("cred-rot", old)).isEmpty();
    assertThat(logins.byPassword("cred-rot", fresh)).isEmpty(); // rotated again just above
    assertThat(again.get("sftpUsername").asText()).isEqualTo("cred-rot");
    assertThat(logins.byPassword("cred-rot", again.get("sftpPassword").asText()))
        .contains("cred-rot");
  }

  @Test
  void addKeyPrintsItsFingerprintAndTheKeyLogsIn() throws Exception {
    create("cred-key");
    KeyFiles.Pair pair = KeyFiles.generate(dir, "ed25519", "export@sis");

    Cli.Run add = cmd("credentials", "add-key", "cred-key", pair.publicKey().toString());
    Cli.Run twice = cmd("credentials", "add-key", "cred-key", pair.publicKey().toString());

    assertThat(add.exitCode()).as(add.err()).isZero();
    assertThat(add.out())
        .startsWith("Added key " + pair.fingerprint() + " (ssh-ed25519) to district cred-key.")
        .contains("export@sis");
    assertThat(twice.exitCode()).isZero();
    assertThat(twice.out()).contains("already; nothing changed");
    assertThat(logins.byPublicKey("cred-key", SshKeys.parse(pair.publicLine()).key()))
        .contains("cred-key");
  }

  @Test
  void removeKeyRevokesItAndAnUnknownFingerprintIsRefused() throws Exception {
    create("cred-rm");
    KeyFiles.Pair pair = KeyFiles.generate(dir, "ecdsa:256", "c");
    cmd("credentials", "add-key", "cred-rm", pair.publicKey().toString());

    Cli.Run remove = cmd("credentials", "remove-key", "cred-rm", pair.fingerprint());
    Cli.Run again = cmd("credentials", "remove-key", "cred-rm", pair.fingerprint());

    assertThat(remove.exitCode()).as(remove.err()).isZero();
    assertThat(remove.out()).startsWith("Removed key " + pair.fingerprint());
    assertThat(logins.byPublicKey("cred-rm", SshKeys.parse(pair.publicLine()).key())).isEmpty();
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err())
        .isEqualTo(
            "rosterd credentials remove-key: district cred-rm has no key "
                + pair.fingerprint()
                + "; 'rosterd credentials list cred-rm' shows its keys"
                + System.lineSeparator());
  }

  @Test
  void aBadKeyFileIsRefusedSayingWhatWasExpected() throws Exception {
    create("cred-bad");
    Path garbage = Files.writeString(dir.resolve("key.pub"), "not a key at all\n");
    KeyFiles.Pair shortRsa = KeyFiles.generate(dir, "rsa:2048", "old");

    Cli.Run bad = cmd("credentials", "add-key", "cred-bad", garbage.toString());
    Cli.Run rsa = cmd("credentials", "add-key", "cred-bad", shortRsa.publicKey().toString());
    Cli.Run missing = cmd("credentials", "add-key", "cred-bad", dir.resolve("nope.pub").toString());

    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err())
        .startsWith(
            "rosterd credentials add-key: " + garbage + ": expected one OpenSSH public key line")
        .contains("found 'not a key at all'");
    assertThat(rsa.exitCode()).isEqualTo(2);
    assertThat(rsa.err()).contains("2048 bits, too short", "at least 3072 bits");
    assertThat(missing.exitCode()).isEqualTo(64);
    assertThat(missing.err()).contains("cannot read FILE", "no such file");
  }

  @Test
  void listShowsTheAccountAndKeysButNeverASecret() throws Exception {
    String password = password(create("cred-list"));
    KeyFiles.Pair pair = KeyFiles.generate(dir, "ed25519", "list@me");
    cmd("credentials", "add-key", "cred-list", pair.publicKey().toString());

    Cli.Run text = cmd("credentials", "list", "cred-list");
    Cli.Run jsonRun = cmd("credentials", "list", "cred-list", "--format", "json");
    JsonNode account = json(jsonRun).get("account");

    assertThat(text.out())
        .startsWith("SFTP account of district cred-list.")
        .contains("username:", "not locked", pair.fingerprint())
        .containsPattern("logins: +enabled");
    assertThat(account.get("username").asText()).isEqualTo("cred-list");
    assertThat(account.get("enabled").asBoolean()).isTrue();
    assertThat(account.get("hasPassword").asBoolean()).isTrue();
    assertThat(account.get("lockedUntil").isNull()).isTrue();
    assertThat(account.get("keys").get(0).get("fingerprint").asText())
        .isEqualTo(pair.fingerprint());
    for (Cli.Run run : List.of(text, jsonRun)) {
      assertThat(run.out()).doesNotContain(password, "argon2", "sftp-password");
    }
  }

  @Test
  void disableRefusesLoginsAndEnableRestoresThem() throws Exception {
    String password = password(create("cred-off"));

    Cli.Run disable = cmd("credentials", "disable", "cred-off");
    boolean whileDisabled = logins.byPassword("cred-off", password).isPresent();
    JsonNode enabled = json(cmd("credentials", "enable", "cred-off", "--format", "json"));

    assertThat(disable.exitCode()).as(disable.err()).isZero();
    assertThat(disable.out())
        .startsWith("Disabled SFTP logins of district cred-off")
        .contains("disabled");
    assertThat(whileDisabled).isFalse();
    assertThat(enabled.get("account").get("enabled").asBoolean()).isTrue();
    assertThat(logins.byPassword("cred-off", password)).contains("cred-off");
  }

  @Test
  void listShowsALockoutAndUnlockLiftsIt() throws Exception {
    create("cred-lock");
    lockOut("cred-lock", "192.0.2.7");

    Cli.Run locked = cmd("credentials", "list", "cred-lock");
    JsonNode lockedJson = json(cmd("credentials", "list", "cred-lock", "--format", "json"));
    Cli.Run unlock = cmd("credentials", "unlock", "cred-lock");
    JsonNode again = json(cmd("credentials", "unlock", "cred-lock", "--format", "json"));

    assertThat(locked.out())
        .containsPattern("failed logins: +10 since the last successful password login, the last ")
        .containsPattern("locked until: +\\S+ after 10 failed logins;")
        .contains("'rosterd credentials unlock cred-lock' lifts it now");
    assertThat(lockedJson.get("account").get("failedAttempts").asInt()).isEqualTo(10);
    assertThat(Instant.parse(lockedJson.get("account").get("lockedUntil").asText()))
        .isAfter(Instant.now());
    assertThat(lockedJson.get("account").get("lockedAddresses")).isEmpty();
    assertThat(unlock.exitCode()).as(unlock.err()).isZero();
    assertThat(unlock.out())
        .startsWith(
            "Lifted the SFTP lockout of district cred-lock (username cred-lock); it can log in now.")
        .containsPattern("failed logins: +none")
        .containsPattern("locked until: +not locked");
    assertThat(again.get("unlocked").asBoolean()).isFalse();
    assertThat(again.get("account").get("lockedUntil").isNull()).isTrue();
  }

  @Test
  void aLockedAddressIsShownWithTheDistrictItLastTriedAndUnlockLiftsIt() throws Exception {
    create("cred-addr");
    LoginLockouts lockouts = new LoginLockouts(POSTGRES.jdbc());
    for (int i = 0; i < 50; i++) { // the default limit of an address, the last try as cred-addr
      lockouts.failed(i == 49 ? "cred-addr" : "guess-" + i, "198.51.100.9", Instant.now());
    }

    Cli.Run list = cmd("credentials", "list", "cred-addr");
    JsonNode address =
        json(cmd("credentials", "list", "cred-addr", "--format", "json"))
            .get("account")
            .get("lockedAddresses")
            .get(0);
    Cli.Run unlock = cmd("credentials", "unlock", "cred-addr");

    assertThat(list.out())
        .containsPattern(
            "locked address: 198.51.100.9 until \\S+ after 50 failed logins, the last as"
                + " cred-addr;")
        .containsPattern("locked until: +not locked");
    assertThat(address.get("address").asText()).isEqualTo("198.51.100.9");
    assertThat(address.get("failedAttempts").asInt()).isEqualTo(50);
    assertThat(unlock.out())
        .startsWith("Lifted the SFTP lockout of district cred-addr (")
        .contains("address 198.51.100.9")
        .doesNotContain("locked address:");
    assertThat(lockouts.inForce("anyone", "198.51.100.9", Instant.now())).isEmpty();
  }

  @Test
  void rotateAndEnableLiftALockoutToo() throws Exception {
    create("cred-lift");

    lockOut("cred-lift", "192.0.2.8");
    JsonNode rotated = json(cmd("credentials", "rotate", "cred-lift", "--format", "json"));
    lockOut("cred-lift", "192.0.2.8");
    cmd("credentials", "disable", "cred-lift");
    JsonNode disabled = json(cmd("credentials", "list", "cred-lift", "--format", "json"));
    JsonNode enabled = json(cmd("credentials", "enable", "cred-lift", "--format", "json"));

    assertThat(rotated.get("account").get("lockedUntil").isNull()).isTrue();
    assertThat(disabled.get("account").get("lockedUntil").isNull())
        .as("disabling keeps the lockout")
        .isFalse();
    assertThat(enabled.get("account").get("lockedUntil").isNull()).isTrue();
    assertThat(enabled.get("account").get("failedAttempts").asInt()).isZero();
  }

  @Test
  void anUnknownDistrictIsRefusedWithExitTwo() throws Exception {
    Path key = KeyFiles.generate(dir, "ed25519", "g").publicKey();
    List<Cli.Run> runs =
        List.of(
            cmd("credentials", "rotate", "ghost"),
            cmd("credentials", "add-key", "ghost", key.toString()),
            cmd("credentials", "remove-key", "ghost", "SHA256:abc"),
            cmd("credentials", "list", "ghost"),
            cmd("credentials", "disable", "ghost"),
            cmd("credentials", "enable", "ghost"),
            cmd("credentials", "unlock", "ghost"));

    for (Cli.Run run : runs) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("no district 'ghost'", "rosterd district list");
    }
  }

  @Test
  void usageMistakesAreExit64() {
    Cli.Run bare = Cli.run("credentials");
    Cli.Run badId = cmd("credentials", "list", "Not An Id");

    assertThat(bare.exitCode()).isEqualTo(64);
    assertThat(bare.err()).contains("Missing a command: rotate, add-key");
    assertThat(badId.exitCode()).isEqualTo(64);
    assertThat(badId.err()).contains("is not valid");
    assertThat(Cli.run("credentials", "--help").out())
        .contains("rotate", "add-key", "remove-key", "list", "disable", "enable", "unlock");
  }

  private static Cli.Run create(String id) {
    Cli.Run run =
        cmd(
            "district",
            "create",
            "--id",
            id,
            "--name",
            "District " + id,
            "--contact-email",
            "it@" + id + ".org");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  /** Ten wrong passwords, as the SFTP server counts them: the default lockout. */
  private static void lockOut(String username, String address) {
    LoginLockouts lockouts = new LoginLockouts(POSTGRES.jdbc());
    for (int i = 0; i < 10; i++) {
      lockouts.failed(username, address, Instant.now());
    }
  }

  private static String password(Cli.Run run) {
    Matcher matcher = PASSWORD.matcher(run.out());
    assertThat(matcher.find()).as(run.out()).isTrue();
    String password = matcher.group(1);
    assertThat(matcher.find()).as("the password is printed once").isFalse();
    return password;
  }

  /** Runs {@code rosterd ARGS} on this class's database. */
  private static Cli.Run cmd(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(POSTGRES.cliOptions());
    return Cli.run(all.toArray(String[]::new));
  }

  private static JsonNode json(Cli.Run run) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }
}
