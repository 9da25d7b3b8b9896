package io.rosterd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.oneroster.fixture.CollectingSink;
import io.rosterd.oneroster.fixture.FixtureRun;
import io.rosterd.oneroster.fixture.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What some fixtures hand over as accepted rows: the fixes a warning announces are really applied
 * (case canonicalised, administrator mapped by org type, booleans read, values trimmed), and
 * skipped or dropped rows are not handed over.
 */
final class AcceptedRowsTest {

  @TempDir Path scratch;

  @Test
  void administratorIsMappedByOrgType() {
    CollectingSink sink = rowsOf("role-administrator-mapped");
    assertThat(by(sink.roles, RoleRow::role))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "r1", "districtAdministrator",
                "r2", "siteAdministrator",
                "r3", "districtAdministrator",
                "r4", "siteAdministrator"));
  }

  @Test
  void administratorIsMappedByTheTypeOfAKnownOrg() {
    CollectingSink sink = rowsOf("role-administrator-mapped-known");
    assertThat(by(sink.roles, RoleRow::role))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("r1", "districtAdministrator", "r2", "siteAdministrator"));
  }

  @Test
  void enumerationsAreCanonicalised() {
    CollectingSink sink = rowsOf("value-enum-case-fixed");
    assertThat(by(sink.orgs, OrgRow::type))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("d1", "district", "s1", "school", "s2", "school"));
    assertThat(sink.roles.get("r1").roleType()).isEqualTo("primary");
    assertThat(sink.roles.get("r2").role()).isEqualTo("student");
    assertThat(sink.roles.get("r3").role()).isEqualTo("teacher");
    assertThat(sink.roles.get("r4").role()).isEqualTo("districtAdministrator");
  }

  @Test
  void booleansAreRead() {
    CollectingSink sink = rowsOf("value-booleans-lenient");
    assertThat(by(sink.users, UserRow::enabled))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "u1", true, "u2", false, "u3", true, "u4", false, "u5", true, "u6", false, "u7",
                true, "u8", false));
  }

  @Test
  void valuesAreTrimmed() {
    CollectingSink sink = rowsOf("value-trimmed");
    assertThat(sink.users.keySet()).containsExactly("u1", "u2");
    assertThat(sink.users.get("u1").email()).isEqualTo("lisa@example.org");
    assertThat(sink.users.get("u1").givenName()).isEqualTo("Lisa");
    assertThat(sink.roles.get("r2").userSourcedId()).isEqualTo("u2");
    assertThat(sink.roles.get("r2").orgSourcedId()).isEqualTo("s1");
  }

  @Test
  void ageGroupComesFromEitherColumnCanonicalised() {
    assertThat(by(rowsOf("header-metadata-agegroup").users, UserRow::ageGroup))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("u1", "child", "u2", "child", "t1", "adult", "u9", ""));
    assertThat(by(rowsOf("value-agegroup").users, UserRow::ageGroup))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("u1", "child", "u2", "", "t1", "adult", "u8", "child"));
  }

  @Test
  void badPassAlongDatesAreDroppedAndGoodOnesKept() {
    CollectingSink sink = rowsOf("value-dates-lenient");
    assertThat(sink.roles.get("r1").beginDate()).isEmpty();
    assertThat(sink.roles.get("r2").endDate()).isEmpty();
    assertThat(sink.roles.get("r3").beginDate()).isEqualTo("2024-08-26");
  }

  @Test
  void bulkTobedeletedRowsAreNotHandedOver() {
    assertThat(rowsOf("manifest-bulk-tobedeleted").users.keySet())
        .containsExactly("u1", "u2", "t1");
  }

  @Test
  void deltaTobedeletedRowsAreHandedOverMarked() {
    CollectingSink sink = rowsOf("valid-delta-strict");
    assertThat(sink.users.get("u7").toBeDeleted()).isTrue();
    assertThat(sink.users.get("u1").toBeDeleted()).isFalse();
  }

  @Test
  void skippedRowsAreNotHandedOver() {
    CollectingSink sink = rowsOf("cascade-skipped-org");
    assertThat(sink.orgs.keySet()).containsExactly("d1", "s1");
    assertThat(sink.users.keySet()).containsExactly("u2", "t1", "u9");
    assertThat(sink.roles.keySet()).containsExactly("r3");
  }

  @Test
  void rowsComeOrgsThenUsersThenRoles() {
    CollectingSink sink = rowsOf("valid-short-lenient");
    assertThat(sink.order)
        .containsExactly(
            "org d1", "org s1", "org s2", "user u1", "user u2", "user t1", "user u9", "role r1",
            "role r2", "role r3");
  }

  private CollectingSink rowsOf(String fixture) {
    CollectingSink sink = new CollectingSink();
    FixtureRun.run(Fixtures.named(fixture), scratch, sink);
    return sink;
  }

  private static <R, V> Map<String, V> by(Map<String, R> rows, Function<R, V> value) {
    return rows.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> value.apply(e.getValue())));
  }
}
