package io.rosterd.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's OpenSSH server with its {@code internal-sftp}, started on a free port with its own host
 * key and one authorized key: the baseline rosterd's SFTP throughput is compared with.
 */
final class OpenSshServer implements AutoCloseable {
  private final Process process;
  final int port;

  private OpenSshServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static OpenSshServer start(Path dir, Path authorizedKey, Path uploads, int port)
      throws IOException, InterruptedException {
    Path hostKey = dir.resolve("openssh_host_ed25519");
    Bench.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey.toString()));
    Path config = dir.resolve("sshd_config");
    Files.writeString(
        config,
        String.join(
            "\n",
            "Port " + port,
            "ListenAddress 127.0.0.1",
            "HostKey " + hostKey,
            "PidFile " + dir.resolve("sshd.pid"),
            "AuthorizedKeysFile " + authorizedKey,
            "PasswordAuthentication no",
            "PermitRootLogin prohibit-password",
            "UsePAM no",
            "StrictModes no",
            "Subsystem sftp internal-sftp",
            "ForceCommand internal-sftp -d " + uploads,
            ""));
    Process process =
        new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("sshd.log").toFile())
            .start();
    Thread.sleep(500);
    if (!process.isAlive()) {
      throw new IOException("sshd did not start: " + Files.readString(dir.resolve("sshd.log")));
    }
    return new OpenSshServer(process, port);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
