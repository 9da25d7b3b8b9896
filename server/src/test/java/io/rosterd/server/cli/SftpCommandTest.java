package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SftpCommandTest {

  @TempDir Path dataDir;

  @Test
  void hostKeysPrintsTheFingerprintsOpenSshComputes() throws Exception {
    Cli.Run first = Cli.run("sftp", "host-keys", "--data-dir", dataDir.toString());
    Cli.Run second = Cli.run("sftp", "host-keys", "--data-dir", dataDir.toString());

    assertThat(first.exitCode()).isZero();
    assertThat(second.out()).isEqualTo(first.out()); // made once, then reused
    Path keys = dataDir.resolve("sftp/host-keys");
    assertThat(first.out())
        .contains("ssh-ed25519 " + sshKeygenFingerprint(keys.resolve("ssh_host_ed25519_key")))
        .contains("ssh-rsa " + sshKeygenFingerprint(keys.resolve("ssh_host_rsa_key")));
  }

  @Test
  void bareSftpIsAUsageError() {
    assertThat(Cli.run("sftp").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  private static String sshKeygenFingerprint(Path key) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(List.of("ssh-keygen", "-l", "-f", key.toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes()).strip();
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return output.split(" ")[1]; // "256 SHA256:… comment (ED25519)"
  }
}
