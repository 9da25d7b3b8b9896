package io.rosterd.server.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.store.PostgresExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Real OpenSSH and curl clients against the real server on loopback. */
final class SftpServerTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  @TempDir static Path dir;
  static Path key;
  static TestServer server;
  static OpenSsh ssh;

  @BeforeAll
  static void start() {
    key = OpenSsh.newKey(dir, "id_ed25519");
    MapAccounts accounts =
        new MapAccounts()
            .add("alpha-user", "alpha", "alpha-secret-1", OpenSsh.publicKey(key))
            .add("beta", "beta", "beta-secret-2")
            .add("gamma", "gamma", "gamma-secret-3");
    server = new TestServer(dir.resolve("data"), accounts, new LoginLockouts(POSTGRES.jdbc()));
    ssh = new OpenSsh(dir, server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void keyLoginPutsListsAndGetsAtTheRoot() throws IOException {
    Files.writeString(dir.resolve("users.csv"), "sourcedId\nu1\n");

    Processes.Result result =
        ssh.sftpWithKey("alpha-user", key, "put users.csv", "ls -1", "get users.csv back.csv");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("users.csv", "reports", "templates");
    assertThat(server.home("alpha").resolve("users.csv")).hasContent("sourcedId\nu1");
    assertThat(dir.resolve("back.csv")).hasContent("sourcedId\nu1");
  }

  @Test
  void passwordLoginThroughAskpass() throws IOException {
    Files.writeString(dir.resolve("orgs.csv"), "sourcedId,name,type\n");

    Processes.Result result =
        ssh.sftpWithPassword("beta", "beta-secret-2", "put -p orgs.csv", "chmod 777 orgs.csv");

    // put -p sets times and permissions, chmod permissions: times apply, permissions are ignored
    assertThat(result.exitCode()).as(result.output()).isZero();
    Path uploaded = server.home("beta").resolve("orgs.csv");
    assertThat(Files.getLastModifiedTime(uploaded).toInstant().getEpochSecond()) // SFTP v3: seconds
        .isEqualTo(Files.getLastModifiedTime(dir.resolve("orgs.csv")).toInstant().getEpochSecond());
    assertThat(Files.getPosixFilePermissions(uploaded))
        .doesNotContain(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
  }

  @Test
  void wrongPasswordIsRefused() {
    Processes.Result result = ssh.sftpWithPassword("beta", "not-the-password", "ls");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("Permission denied");
  }

  @Test
  void unknownUsersAndRepeatedWrongPasswordsAreRefused() {
    Processes.Result unknown = ssh.sftpWithPassword("nobody", "beta-secret-2", "ls");
    List<String> command =
        ssh.sftp(
            new String[] {"ls"},
            List.of(
                "-o", "PreferredAuthentications=password",
                "-o", "PubkeyAuthentication=no",
                "-o", "NumberOfPasswordPrompts=5"));
    command.add("gamma@127.0.0.1");
    Processes.Result guessing = Processes.run(dir, ssh.askpass("guess"), command);

    assertThat(unknown.exitCode()).isNotZero();
    assertThat(guessing.exitCode()).isNotZero();
    assertThat(guessing.output()).contains("3 wrong passwords on one connection (the limit)");
  }

  @Test
  void execAndShellAreRefused() {
    Processes.Result exec = ssh.exec("alpha-user", key, "ls");

    assertThat(exec.exitCode()).isNotZero();
    assertThat(exec.output()).doesNotContain("templates");
    Processes.Result shell = ssh.exec("alpha-user", key, "");
    assertThat(shell.exitCode()).isNotZero();
  }

  @Test
  void portForwardingIsRefused() {
    List<String> command =
        new java.util.ArrayList<>(List.of("ssh", "-p", Integer.toString(server.port())));
    command.addAll(
        List.of(
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "IdentitiesOnly=yes",
            "-o",
            "ExitOnForwardFailure=yes",
            "-i",
            key.toString(),
            "-N",
            "-R",
            "0:127.0.0.1:9",
            "alpha-user@127.0.0.1"));

    Processes.Result result = Processes.run(dir, Map.of(), command);

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("forwarding failed");
  }

  @Test
  void templatesAreThereAndReadOnly() throws IOException {
    Files.writeString(dir.resolve("evil.csv"), "x\n");

    Processes.Result read =
        ssh.sftpWithKey("alpha-user", key, "get templates/users.csv template-users.csv");
    Processes.Result write = ssh.sftpWithKey("alpha-user", key, "put evil.csv templates/users.csv");
    Processes.Result mkdir = ssh.sftpWithKey("alpha-user", key, "mkdir newfolder");
    Processes.Result remove = ssh.sftpWithKey("alpha-user", key, "rm templates/roles.csv");

    assertThat(read.exitCode()).as(read.output()).isZero();
    assertThat(Files.readString(dir.resolve("template-users.csv"))).startsWith("sourcedId,");
    assertThat(write.exitCode()).isNotZero();
    assertThat(mkdir.exitCode()).isNotZero();
    assertThat(remove.exitCode()).isNotZero();
    assertThat(server.home("alpha").resolve("templates/users.csv"))
        .content()
        .startsWith("sourcedId,");
    assertThat(server.home("alpha").resolve("templates/roles.csv")).exists();
    assertThat(server.home("alpha").resolve("newfolder")).doesNotExist();
  }

  @Test
  void pathsCannotLeaveTheHome() throws IOException {
    Files.writeString(dir.resolve("escape.csv"), "x\n");

    Processes.Result passwd = ssh.sftpWithKey("alpha-user", key, "get /etc/passwd passwd-copy");
    Processes.Result up = ssh.sftpWithKey("alpha-user", key, "put escape.csv ../../escape.csv");
    Processes.Result above = ssh.sftpWithKey("alpha-user", key, "cd ../../..", "ls -1");
    Processes.Result link = ssh.sftpWithKey("alpha-user", key, "symlink /etc/passwd link");

    assertThat(passwd.exitCode()).isNotZero();
    assertThat(dir.resolve("passwd-copy")).doesNotExist();
    // "../../escape.csv" resolves inside the home: it lands at its root, never above it
    assertThat(server.dataDir.resolve("districts/escape.csv")).doesNotExist();
    assertThat(server.dataDir.resolve("districts/alpha/escape.csv")).doesNotExist();
    assertThat(up.exitCode() != 0 || Files.exists(server.home("alpha").resolve("escape.csv")))
        .isTrue();
    assertThat(above.output()).contains("templates").doesNotContain("districts", "alpha");
    assertThat(link.exitCode()).isNotZero();
    assertThat(server.home("alpha").resolve("link")).doesNotExist();
  }

  @Test
  void oneDistrictCannotSeeAnother() throws IOException {
    Files.writeString(server.home("gamma").resolve("users.csv"), "gamma's\n");
    Files.writeString(dir.resolve("overwrite.csv"), "alpha's\n");

    Processes.Result list = ssh.sftpWithKey("alpha-user", key, "ls -1 ../gamma", "ls -1 /..");
    Processes.Result read =
        ssh.sftpWithKey("alpha-user", key, "get ../../gamma/home/users.csv stolen.csv");
    ssh.sftpWithKey("alpha-user", key, "put overwrite.csv ../../gamma/home/users.csv");

    assertThat(list.output()).doesNotContain("gamma's");
    assertThat(read.exitCode()).isNotZero();
    assertThat(dir.resolve("stolen.csv")).doesNotExist();
    assertThat(server.home("gamma").resolve("users.csv")).hasContent("gamma's");
  }

  @Test
  void winScpStyleUploadRenamesThePart() throws IOException {
    Files.writeString(dir.resolve("roles.csv"), "sourcedId\nr1\n");

    Processes.Result result =
        ssh.sftpWithKey(
            "alpha-user",
            key,
            "put roles.csv roles.csv.filepart",
            "rename roles.csv.filepart roles.csv");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(server.home("alpha").resolve("roles.csv")).hasContent("sourcedId\nr1");
    assertThat(server.home("alpha").resolve("roles.csv.filepart")).doesNotExist();
  }

  @Test
  void curlUploadsOverSftp() throws IOException {
    Files.writeString(dir.resolve("curl.csv"), "sourcedId\nc1\n");

    Processes.Result result =
        Processes.run(
            dir,
            Map.of(),
            List.of(
                "curl",
                "-sS",
                "--insecure",
                "-u",
                "beta:beta-secret-2",
                "-T",
                "curl.csv",
                "sftp://127.0.0.1:" + server.port() + "/"));

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(server.home("beta").resolve("curl.csv")).hasContent("sourcedId\nc1");
  }

  @Test
  void oldAlgorithmsAreRefusedAndStrictKexIsOn() {
    Processes.Result cbc = ssh.sftpWithKey("alpha-user", key, "ls");
    List<String> weak =
        List.of(
            "Ciphers=aes256-cbc",
            "MACs=hmac-sha1", // with a cipher that uses a MAC (AEAD ciphers have none)
            "KexAlgorithms=diffie-hellman-group14-sha1",
            "HostKeyAlgorithms=ssh-rsa");
    for (String option : weak) {
      List<String> command =
          ssh.sftp(
              new String[] {"ls"},
              option.startsWith("Ciphers")
                  ? List.of("-o", option, "-i", key.toString())
                  : List.of("-o", option, "-o", "Ciphers=aes128-ctr", "-i", key.toString()));
      command.add("alpha-user@127.0.0.1");
      Processes.Result result = Processes.run(dir, Map.of(), command);
      assertThat(result.exitCode()).as(option + ": " + result.output()).isNotZero();
      assertThat(result.output()).contains("no matching");
    }
    List<String> verbose = ssh.sftp(new String[] {"ls"}, List.of("-vvv", "-i", key.toString()));
    verbose.add("alpha-user@127.0.0.1");
    Processes.Result strict = Processes.run(dir, Map.of(), verbose);

    assertThat(cbc.exitCode()).isZero();
    assertThat(strict.output()).contains("will use strict KEX ordering");
  }

  @Test
  void aDefaultOpenSshClientGetsAnAesCipherAndChaChaAloneIsRefused() {
    List<String> verbose = ssh.sftp(new String[] {"ls"}, List.of("-vv", "-i", key.toString()));
    verbose.add("alpha-user@127.0.0.1");
    List<String> chachaOnly =
        ssh.sftp(
            new String[] {"ls"},
            List.of("-o", "Ciphers=chacha20-poly1305@openssh.com", "-i", key.toString()));
    chachaOnly.add("alpha-user@127.0.0.1");

    Processes.Result byDefault = Processes.run(dir, Map.of(), verbose);
    Processes.Result chacha = Processes.run(dir, Map.of(), chachaOnly);

    assertThat(byDefault.exitCode()).as(byDefault.output()).isZero();
    assertThat(byDefault.output()).containsPattern("client->server cipher: aes(128|256)-(ctr|gcm)");
    assertThat(chacha.exitCode()).isNotZero();
    assertThat(chacha.output()).contains("no matching cipher");
  }

  @Test
  void hostKeysAreKeptAndPrinted() throws IOException {
    Path keys = SftpConfig.hostKeyDir(server.dataDir);
    byte[] before = Files.readAllBytes(keys.resolve("ssh_host_ed25519_key"));

    List<String> fingerprints = HostKeys.fingerprints(keys);

    assertThat(fingerprints).hasSize(2);
    assertThat(fingerprints.get(0)).startsWith("ssh-ed25519 SHA256:");
    assertThat(fingerprints.get(1)).startsWith("ssh-rsa SHA256:");
    assertThat(Files.readAllBytes(keys.resolve("ssh_host_ed25519_key"))).isEqualTo(before);
    assertThat(HostKeys.fingerprints(keys)).isEqualTo(fingerprints);
  }
}
