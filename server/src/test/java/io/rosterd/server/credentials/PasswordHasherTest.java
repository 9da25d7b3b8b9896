package io.rosterd.server.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

final class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void aHashVerifiesItsPasswordAndNoOther() {
    String hash = hasher.hash("correct horse battery staple");

    assertThat(hasher.verify("correct horse battery staple", hash)).isTrue();
    assertThat(hasher.verify("correct horse battery stapler", hash)).isFalse();
    assertThat(hasher.verify("", hash)).isFalse();
    assertThat(hasher.verify(null, hash)).isFalse();
  }

  @Test
  void theHashIsAPhcStringWithOwaspParametersAndA16ByteSalt() {
    String hash = hasher.hash("pw");

    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(hash.substring(hash.indexOf("p=1$") + 4)).as("unpadded base64").doesNotContain("=");
    String[] parts = hash.split("\\$");
    assertThat(parts).hasSize(6);
    assertThat(Base64.getDecoder().decode(parts[4])).hasSize(16);
    assertThat(Base64.getDecoder().decode(parts[5])).hasSize(32);
  }

  @Test
  void twoHashesOfOnePasswordDifferByTheirSalt() {
    String first = hasher.hash("same");
    String second = hasher.hash("same");

    assertThat(first).isNotEqualTo(second);
    assertThat(hasher.verify("same", first)).isTrue();
    assertThat(hasher.verify("same", second)).isTrue();
  }

  /** The Argon2 reference implementation's own test vector (phc-winner-argon2, src/test.c). */
  @Test
  void verifiesAHashMadeElsewhereWithOtherParameters() {
    String reference =
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

    assertThat(hasher.verify("password", reference)).isTrue();
    assertThat(hasher.verify("Password", reference)).isFalse();
  }

  @Test
  void aMalformedOrExorbitantHashNeverMatches() {
    String hash = hasher.hash("pw");

    assertThat(hasher.verify("pw", null)).isFalse();
    assertThat(hasher.verify("pw", "")).isFalse();
    assertThat(hasher.verify("pw", "pw")).isFalse();
    assertThat(hasher.verify("pw", hash.replace("argon2id", "argon2i"))).isFalse();
    assertThat(hasher.verify("pw", hash.replace("v=19", "v=16"))).isFalse();
    assertThat(hasher.verify("pw", hash.replace("m=19456", "m=9999999"))).isFalse();
    assertThat(hasher.verify("pw", hash.replace("t=2", "t=99"))).isFalse();
    assertThat(hasher.verify("pw", hash.substring(0, hash.length() - 1))).isFalse();
  }
}
