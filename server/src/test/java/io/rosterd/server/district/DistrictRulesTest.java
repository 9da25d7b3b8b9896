package io.rosterd.server.district;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The values a district may have, without a database. */
final class DistrictRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "springfield", "springfield-usd", "d_42", "0abc"})
  void acceptsIds(String id) {
    assertThat(DistrictRules.idProblem(id)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-lead", "_lead", "Upper", "with space", "dot.ted", "é"})
  void refusesIds(String id) {
    assertThat(DistrictRules.idProblem(id))
        .hasValueSatisfying(m -> assertThat(m).contains("pattern"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"it@district.org", "first.last+tag@k12.ca.us", "a@b-c.d"})
  void acceptsEmails(String email) {
    assertThat(DistrictRules.emailProblem(email)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "plain", "a@b", "a@@b.org", "a b@c.org", "@c.org", "a@b..org", "a@.org"})
  void refusesEmails(String email) {
    assertThat(DistrictRules.emailProblem(email)).isPresent();
  }

  @org.junit.jupiter.api.Test
  void idsAreAtMost63Characters() {
    assertThat(DistrictRules.idProblem("a".repeat(63))).isEmpty();
    assertThat(DistrictRules.idProblem("a".repeat(64))).isPresent();
  }
}
