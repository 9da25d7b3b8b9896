package io.rosterd.server.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SshKeysTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"ed25519", "ecdsa:256", "ecdsa:384", "ecdsa:521", "rsa:3072"})
  void acceptsModernKeysWithOpenSshsFingerprint(String type) throws Exception {
    KeyFiles.Pair pair = KeyFiles.generate(dir, type, "it@district.org");

    SshKey key = SshKeys.parse(pair.publicLine());

    assertThat(key.fingerprint()).isEqualTo(pair.fingerprint()).startsWith("SHA256:");
    assertThat(key.algorithm()).isEqualTo(pair.publicLine().split(" ")[0]);
    assertThat(key.comment()).isEqualTo("it@district.org");
    assertThat(key.line())
        .isEqualTo(pair.publicLine().split(" ")[0] + " " + pair.publicLine().split(" ")[1]);
  }

  @Test
  void blankLinesCommentsAndAMissingCommentAreFine() throws Exception {
    KeyFiles.Pair pair = KeyFiles.generate(dir, "ed25519", "");
    String bare = pair.publicLine().split(" ")[0] + " " + pair.publicLine().split(" ")[1];

    SshKey key = SshKeys.parse("\n# our export server\n  " + bare + "  \r\n\n");

    assertThat(key.comment()).isEmpty();
    assertThat(key.fingerprint()).isEqualTo(pair.fingerprint());
  }

  @Test
  void aCommentLosesControlCharactersAndIsCut() throws Exception {
    String bare = String.join(" ", KeyFiles.generate(dir, "ed25519", "").publicLine().split(" "));

    SshKey key = SshKeys.parse(bare + " evil\u001b[2Jcomment" + "x".repeat(300));

    assertThat(key.comment()).startsWith("evil[2Jcommentxxx").endsWith("...").hasSize(203);
  }

  @Test
  void refusesShortRsaNamingTheRule() throws Exception {
    KeyFiles.Pair pair = KeyFiles.generate(dir, "rsa:2048", "old");

    assertThatThrownBy(() -> SshKeys.parse(pair.publicLine()))
        .isInstanceOf(BadKeyException.class)
        .hasMessageContaining("this RSA key has 2048 bits, too short")
        .hasMessageContaining("RSA keys of at least 3072 bits")
        .hasMessageContaining("ssh-keygen -t ed25519");
  }

  @Test
  void refusesDsa() throws Exception {
    KeyPairGenerator dsa = KeyPairGenerator.getInstance("DSA");
    dsa.initialize(1024);
    String line = PublicKeyEntry.toString(dsa.generateKeyPair().getPublic());

    assertThat(line).startsWith("ssh-dss ");
    assertThatThrownBy(() -> SshKeys.parse(line))
        .isInstanceOf(BadKeyException.class)
        .hasMessageStartingWith("DSA keys (ssh-dss) are refused")
        .hasMessageContaining("Ed25519, ECDSA");
  }

  @Test
  void refusesOtherTypesNamingTheType() {
    assertThatThrownBy(
            () ->
                SshKeys.parse(
                    "sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29t x"))
        .isInstanceOf(BadKeyException.class)
        .hasMessageContaining("key type 'sk-ssh-ed25519@openssh.com' is not accepted");
  }

  @Test
  void refusesGarbageSayingWhatWasExpectedAndFound() {
    assertThatThrownBy(() -> SshKeys.parse("hello world"))
        .isInstanceOf(BadKeyException.class)
        .hasMessageContaining("expected one OpenSSH public key line like 'ssh-ed25519 AAAAC3Nza...")
        .hasMessageContaining("hello world");
    assertThatThrownBy(() -> SshKeys.parse(""))
        .hasMessageContaining("expected one OpenSSH public key line")
        .hasMessageEndingWith("found nothing");
    assertThatThrownBy(() -> SshKeys.parse("ssh-ed25519 AAAAnotbase64!!! x"))
        .isInstanceOf(BadKeyException.class)
        .hasMessageContaining("ssh-ed25519 key data could not be read");
  }

  @Test
  void refusesTwoKeysAndKeyOptions() throws Exception {
    String line = KeyFiles.generate(dir, "ed25519", "a").publicLine();

    assertThatThrownBy(() -> SshKeys.parse(line + "\n" + line))
        .hasMessageContaining("found 2 lines: add one key at a time");
    assertThatThrownBy(() -> SshKeys.parse("from=\"10.0.0.1\" " + line))
        .isInstanceOf(BadKeyException.class)
        .hasMessageContaining("options before the key");
  }

  @Test
  void refusesAPrivateKeyWithoutEchoingIt() throws Exception {
    String secret = KeyFiles.generate(dir, "ed25519", "a").privateText();

    assertThatThrownBy(() -> SshKeys.parse(secret))
        .isInstanceOf(BadKeyException.class)
        .hasMessageContaining("found a PRIVATE key")
        .hasMessageNotContaining(secret.lines().skip(1).findFirst().orElseThrow());
  }
}
