package io.rosterd.server.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** SSH key pairs made by OpenSSH's own ssh-keygen, as districts make theirs. */
public final class KeyFiles {

  private KeyFiles() {}

  /** A key pair: the .pub line, the private key file's text and path, ssh-keygen's fingerprint. */
  public record Pair(String publicLine, String fingerprint, Path privateKey, Path publicKey) {
    public String privateText() throws IOException {
      return Files.readString(privateKey);
    }
  }

  /** A new pair in {@code dir}; {@code type} is ed25519, or ecdsa:BITS or rsa:BITS. */
  public static Pair generate(Path dir, String type, String comment)
      throws IOException, InterruptedException {
    String[] parts = type.split(":");
    Path file = Files.createTempDirectory(dir, "key").resolve("id_" + parts[0]);
    List<String> command =
        new ArrayList<>(List.of("ssh-keygen", "-q", "-t", parts[0], "-N", "", "-C", comment));
    if (parts.length > 1) {
      command.addAll(List.of("-b", parts[1]));
    }
    command.addAll(List.of("-f", file.toString()));
    run(command);
    Path pub = Path.of(file + ".pub");
    String fingerprint = run(List.of("ssh-keygen", "-l", "-E", "sha256", "-f", pub.toString()));
    return new Pair(Files.readString(pub).strip(), fingerprint.split(" ")[1], file, pub);
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
