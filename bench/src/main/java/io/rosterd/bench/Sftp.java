package io.rosterd.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Uploads one file with OpenSSH's {@code sftp} in batch mode, as an SIS export job would. */
final class Sftp {
  private Sftp() {}

  /** True when sftp exited 0. */
  static boolean put(Path key, String user, int port, Path file, String remoteName) {
    try {
      Path batch = Files.createTempFile("sftp", ".batch");
      Files.writeString(batch, "put " + file + " " + remoteName + "\n");
      List<String> command = new ArrayList<>(List.of("sftp"));
      // -Dsftp.ciphers=aes128-gcm@openssh.com compares both servers on one cipher.
      String ciphers = System.getProperty("sftp.ciphers");
      if (ciphers != null) {
        command.addAll(List.of("-c", ciphers));
      }
      command.addAll(
          List.of(
              "-q",
              "-b",
              batch.toString(),
              "-P",
              Integer.toString(port),
              "-i",
              key.toString(),
              "-o",
              "StrictHostKeyChecking=no",
              "-o",
              "UserKnownHostsFile=/dev/null",
              "-o",
              "BatchMode=yes",
              "-o",
              "LogLevel=ERROR",
              user + "@127.0.0.1"));
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      boolean done = process.waitFor(10, TimeUnit.MINUTES);
      Files.delete(batch);
      return done && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
