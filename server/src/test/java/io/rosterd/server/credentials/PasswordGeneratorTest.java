package io.rosterd.server.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class PasswordGeneratorTest {

  private final PasswordGenerator generator = new PasswordGenerator();

  @Test
  void passwordsHave24UnambiguousCharacters() {
    for (int i = 0; i < 200; i++) {
      assertThat(generator.generate()).hasSize(24).matches("[2-9a-km-np-zA-HJ-NP-Z]{24}");
    }
  }

  @Test
  void theAlphabetHasNoLookAlikesAndGivesAtLeast128Bits() {
    assertThat(PasswordGenerator.ALPHABET).doesNotContain("0", "O", "1", "l", "I", "o", "i");
    assertThat(PasswordGenerator.ALPHABET.chars().distinct().count())
        .isEqualTo(PasswordGenerator.ALPHABET.length());
    double bits =
        PasswordGenerator.LENGTH * Math.log(PasswordGenerator.ALPHABET.length()) / Math.log(2);
    assertThat(bits).isGreaterThanOrEqualTo(128);
  }

  @Test
  void passwordsAreUniqueAndUseTheWholeAlphabet() {
    Set<String> passwords = new HashSet<>();
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String password = generator.generate();
      passwords.add(password);
      password.chars().forEach(c -> seen.add((char) c));
    }
    assertThat(passwords).hasSize(1000);
    assertThat(seen).hasSize(PasswordGenerator.ALPHABET.length());
  }
}
