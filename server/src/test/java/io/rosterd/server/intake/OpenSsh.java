package io.rosterd.server.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * OpenSSH's {@code sftp} and {@code ssh} against the test server: with a key file, or with a
 * password given through {@code SSH_ASKPASS} (OpenSSH reads passwords from no other place).
 */
public final class OpenSsh {

  private final Path dir;
  private final int port;

  public OpenSsh(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /** A new Ed25519 key pair in the working folder; returns the private key file. */
  public static Path newKey(Path dir, String name) {
    Path key = dir.resolve(name);
    Processes.Result result =
        Processes.run(
            dir,
            Map.of(),
            List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()));
    if (result.exitCode() != 0) {
      throw new AssertionError("ssh-keygen failed: " + result.output());
    }
    return key;
  }

  static PublicKey publicKey(Path privateKey) {
    try {
      String line = Files.readString(Path.of(privateKey + ".pub")).strip();
      return PublicKeyEntry.parsePublicKeyEntry(line)
          .resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.FAILING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code sftp -b} running {@code commands}, logged in with {@code key}. */
  public Processes.Result sftpWithKey(String user, Path key, String... commands) {
    List<String> command = sftp(commands, List.of("-i", key.toString()));
    command.add(user + "@127.0.0.1");
    return Processes.run(dir, Map.of(), command);
  }

  /** {@code sftp -b} running {@code commands}, logged in with {@code password}. */
  public Processes.Result sftpWithPassword(String user, String password, String... commands) {
    List<String> command =
        sftp(
            commands,
            List.of("-o", "PreferredAuthentications=password", "-o", "PubkeyAuthentication=no"));
    command.add(user + "@127.0.0.1");
    return Processes.run(dir, askpass(password), command);
  }

  /** {@code ssh user@host remoteCommand}: an exec request, which the server must refuse. */
  Processes.Result exec(String user, Path key, String remoteCommand) {
    List<String> command = new ArrayList<>(List.of("ssh", "-p", Integer.toString(port)));
    command.addAll(common());
    command.addAll(List.of("-i", key.toString(), user + "@127.0.0.1", remoteCommand));
    return Processes.run(dir, Map.of(), command);
  }

  /** The start of an sftp command line with extra {@code options}, for callers to finish. */
  List<String> sftp(String[] commands, List<String> options) {
    Path batch = dir.resolve("batch-" + System.nanoTime());
    try {
      Files.write(batch, List.of(commands));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command =
        new ArrayList<>(
            // before -b: sftp's -b adds BatchMode=yes, which would rule out the password, and
            // OpenSSH takes the first value given
            List.of(
                "sftp",
                "-o",
                "BatchMode=no",
                "-b",
                batch.toString(),
                "-P",
                Integer.toString(port)));
    command.addAll(common());
    command.addAll(options);
    return command;
  }

  Map<String, String> askpass(String password) {
    Path script = dir.resolve("askpass-" + System.nanoTime() + ".sh");
    try {
      Files.writeString(script, "#!/bin/sh\necho '" + password + "'\n");
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "SSH_ASKPASS", script.toString(), "SSH_ASKPASS_REQUIRE", "force", "DISPLAY", ":0");
  }

  private static List<String> common() {
    return List.of(
        "-o", "StrictHostKeyChecking=no",
        "-o", "UserKnownHostsFile=/dev/null",
        "-o", "IdentitiesOnly=yes",
        "-o", "ConnectTimeout=10");
  }
}
