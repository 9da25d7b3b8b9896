package io.rosterd.oneroster.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistrictGeneratorTest {

  private static final List<String> FILES =
      List.of("manifest.csv", "orgs.csv", "users.csv", "roles.csv", "expected-issues.csv");

  private static final int USER_ENABLED = column(UserLine.HEADER, "enabledUser");
  private static final int USER_IDENTIFIER = column(UserLine.HEADER, "identifier");
  private static final int USER_EMAIL = column(UserLine.HEADER, "email");
  private static final int USER_AGENTS = column(UserLine.HEADER, "agentSourcedIds");
  private static final int USER_GRADES = column(UserLine.HEADER, "grades");
  private static final int USER_PRIMARY_ORG = column(UserLine.HEADER, "primaryOrgSourcedId");
  private static final int USER_AGE_GROUP = column(UserLine.HEADER, "metadata.ageGroup");
  private static final int ROLE_USER = column(RoleLine.HEADER, "userSourcedId");
  private static final int ROLE_TYPE = column(RoleLine.HEADER, "roleType");
  private static final int ROLE_ROLE = column(RoleLine.HEADER, "role");
  private static final int ROLE_ORG = column(RoleLine.HEADER, "orgSourcedId");
  private static final int ORG_ID = column(OrgLine.HEADER, "sourcedId");
  private static final int ORG_TYPE = column(OrgLine.HEADER, "type");
  private static final int ORG_PARENT = column(OrgLine.HEADER, "parentSourcedId");

  @TempDir Path dir;

  @Test
  void sameSeedWritesTheSameBytes() throws IOException {
    DistrictGenerator.generate(dir.resolve("a"), 3_000, 7, 0.05);
    DistrictGenerator.generate(dir.resolve("b"), 3_000, 7, 0.05);
    for (String file : FILES) {
      assertThat(dir.resolve("b").resolve(file))
          .as(file)
          .hasSameBinaryContentAs(dir.resolve("a").resolve(file));
    }
  }

  @Test
  void anotherSeedWritesAnotherDistrict() throws IOException {
    DistrictGenerator.generate(dir.resolve("a"), 3_000, 7, 0);
    DistrictGenerator.generate(dir.resolve("b"), 3_000, 8, 0);
    assertThat(Files.mismatch(dir.resolve("a/users.csv"), dir.resolve("b/users.csv")))
        .isNotEqualTo(-1L);
    assertThat(Files.mismatch(dir.resolve("a/roles.csv"), dir.resolve("b/roles.csv")))
        .isNotEqualTo(-1L);
  }

  @Test
  void countsMatchTheFiles() throws IOException {
    GeneratedDistrict district = DistrictGenerator.generate(dir, 5_000, 3, 0.02);
    assertThat(GeneratedFiles.rows(dir, "orgs.csv")).hasSize((int) district.orgs());
    assertThat(GeneratedFiles.rows(dir, "users.csv")).hasSize(5_000);
    assertThat(GeneratedFiles.rows(dir, "roles.csv")).hasSize((int) district.roles());
  }

  @Test
  void usersAreMostlyStudentsWithSomeStaffAndGuardians() throws IOException {
    DistrictGenerator.generate(dir, 20_000, 11, 0);
    List<String[]> users = GeneratedFiles.rows(dir, "users.csv");
    assertThat(share(users, u -> u[USER_AGE_GROUP].equals("child"))).isBetween(0.86, 0.90);
    assertThat(share(users, u -> u[USER_IDENTIFIER].startsWith("E"))).isBetween(0.09, 0.11);
    assertThat(share(users, u -> !u[USER_AGENTS].isEmpty())).isBetween(0.01, 0.03);
    assertThat(share(users, u -> u[USER_ENABLED].equals("false"))).isBetween(0.01, 0.03);
    assertThat(users).allSatisfy(u -> assertThat(u[USER_PRIMARY_ORG]).isNotEmpty());
    assertThat(users.stream().map(u -> u[USER_EMAIL]).distinct().count()).isEqualTo(users.size());
  }

  @Test
  void studentsHaveGradesAndAdultsNone() throws IOException {
    DistrictGenerator.generate(dir, 5_000, 12, 0);
    Set<String> codes = Set.of(Grades.CODES);
    for (String[] user : GeneratedFiles.rows(dir, "users.csv")) {
      if (user[USER_AGE_GROUP].equals("child")) {
        assertThat(codes).contains(user[USER_GRADES]);
      } else {
        assertThat(user[USER_GRADES]).isEmpty();
      }
    }
  }

  @Test
  void rolesAreAboutOneAndATenthPerUser() throws IOException {
    GeneratedDistrict district = DistrictGenerator.generate(dir, 20_000, 13, 0);
    assertThat(district.roles() / 20_000.0).isBetween(1.07, 1.13);
    List<String[]> roles = GeneratedFiles.rows(dir, "roles.csv");
    Set<String> primaries =
        roles.stream()
            .filter(r -> r[ROLE_TYPE].equals("primary"))
            .map(r -> r[ROLE_USER])
            .collect(Collectors.toSet());
    assertThat(primaries).hasSize(20_000);
    assertThat(
            roles.stream()
                .filter(r -> r[ROLE_ROLE].equals("districtAdministrator"))
                .map(r -> r[ROLE_ORG]))
        .containsOnly("district");
  }

  @Test
  void primaryRolesAtTheUsersOrgAndSecondaryRolesInItsGroups() throws IOException {
    DistrictGenerator.generate(dir, 5_000, 18, 0);
    Map<String, String> primaryOrg =
        GeneratedFiles.rows(dir, "users.csv").stream()
            .collect(Collectors.toMap(u -> u[0], u -> u[USER_PRIMARY_ORG]));
    List<String[]> roles = GeneratedFiles.rows(dir, "roles.csv");
    for (String[] role : roles) {
      String home = primaryOrg.get(role[ROLE_USER]);
      if (role[ROLE_TYPE].equals("primary")) {
        assertThat(role[ROLE_ORG]).isEqualTo(home);
      } else {
        assertThat(role[ROLE_ORG]).matches("(dep|grp)-" + home.substring("sch-".length()) + "-\\d");
      }
    }
    assertThat(roles).anyMatch(r -> r[ROLE_TYPE].equals("secondary"));
  }

  @Test
  void guardiansFollowAStudentOfTheirSchool() throws IOException {
    DistrictGenerator.generate(dir, 5_000, 19, 0);
    Map<String, String[]> users =
        GeneratedFiles.rows(dir, "users.csv").stream().collect(Collectors.toMap(u -> u[0], u -> u));
    List<String[]> guardians =
        users.values().stream().filter(u -> !u[USER_AGENTS].isEmpty()).toList();
    assertThat(guardians).isNotEmpty();
    for (String[] guardian : guardians) {
      String[] child = users.get(guardian[USER_AGENTS]);
      assertThat(child[USER_AGE_GROUP]).isEqualTo("child");
      assertThat(child[USER_PRIMARY_ORG]).isEqualTo(guardian[USER_PRIMARY_ORG]);
    }
  }

  @Test
  void aSchoolPerFiveHundredUsersUnderTheDistrict() throws IOException {
    DistrictGenerator.generate(dir, 20_000, 14, 0);
    List<String[]> orgs = GeneratedFiles.rows(dir, "orgs.csv");
    List<String[]> schools = orgs.stream().filter(o -> o[ORG_TYPE].equals("school")).toList();
    assertThat(schools)
        .hasSize(40)
        .allSatisfy(s -> assertThat(s[ORG_PARENT]).isEqualTo("district"));
    assertThat(orgs.stream().filter(o -> o[ORG_TYPE].equals("district"))).hasSize(1);
    assertThat(orgs.stream().filter(o -> o[ORG_TYPE].equals("department"))).hasSize(120);
  }

  @Test
  void groupsNestOneLevelAtMost() throws IOException {
    DistrictGenerator.generate(dir, 5_000, 15, 0);
    Map<String, String[]> byId =
        GeneratedFiles.rows(dir, "orgs.csv").stream()
            .collect(Collectors.toMap(o -> o[ORG_ID], o -> o));
    long nested = 0;
    for (String[] org : byId.values()) {
      String[] parent = byId.get(org[ORG_PARENT]);
      if (org[ORG_TYPE].equals("local") && parent != null && parent[ORG_TYPE].equals("local")) {
        nested++;
        assertThat(byId.get(parent[ORG_PARENT])[ORG_TYPE]).isNotEqualTo("local");
      }
    }
    assertThat(nested).isEqualTo(10);
  }

  @Test
  void aSingleUserStillGetsASchool() throws IOException {
    GeneratedDistrict district = DistrictGenerator.generate(dir, 1, 1, 0);
    assertThat(district.users()).isEqualTo(1);
    assertThat(district.orgs()).isEqualTo(1 + OrgPlan.PER_SCHOOL);
  }

  @Test
  void noErrorsMeansNoExpectedIssuesFile() throws IOException {
    DistrictGenerator.generate(dir, 2_000, 1, 0.1);
    assertThat(dir.resolve("expected-issues.csv")).exists();
    GeneratedDistrict district = DistrictGenerator.generate(dir, 2_000, 1, 0);
    assertThat(district.injectedDefects()).isZero();
    assertThat(dir.resolve("expected-issues.csv")).doesNotExist();
  }

  @Test
  void injectedDefectsFollowTheRate() throws IOException {
    GeneratedDistrict district = DistrictGenerator.generate(dir, 20_000, 16, 0.02);
    double rows = district.orgs() + district.users() + district.roles();
    assertThat(district.injectedDefects() / rows).isBetween(0.017, 0.023);
  }

  @Test
  void everyDefectKindIsInjected() throws IOException {
    DistrictGenerator.generate(dir, 10_000, 17, 0.3);
    Set<String> kinds =
        GeneratedFiles.expectedIssues(dir).stream()
            .map(line -> line.split(",", -1))
            .map(f -> f[1] + " " + f[2] + " " + f[5])
            .collect(Collectors.toSet());
    assertThat(kinds).containsAll(expectedKinds());
  }

  @Test
  void refusesImpossibleArguments() {
    assertThatThrownBy(() -> DistrictGenerator.generate(dir, 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DistrictGenerator.generate(dir, 10, 1, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Set<String> expectedKinds() {
    Set<String> kinds = new HashSet<>();
    Arrays.stream(OrgDefect.values()).forEach(d -> kinds.add(d.code + " orgs.csv " + d.column));
    Arrays.stream(UserDefect.values()).forEach(d -> kinds.add(d.code + " users.csv " + d.column));
    Arrays.stream(RoleDefect.values()).forEach(d -> kinds.add(d.code + " roles.csv " + d.column));
    kinds.add("ref.skipped_dependency roles.csv userSourcedId");
    kinds.add("ref.skipped_dependency roles.csv orgSourcedId");
    return kinds;
  }

  private static int column(String header, String name) {
    return Arrays.asList(header.split(",")).indexOf(name);
  }

  private static double share(List<String[]> rows, Predicate<String[]> test) {
    return rows.stream().filter(test).count() / (double) rows.size();
  }
}
