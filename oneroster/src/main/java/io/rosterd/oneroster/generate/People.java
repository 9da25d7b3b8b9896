package io.rosterd.oneroster.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes users.csv and roles.csv side by side: each user's roles follow right after the user is
 * decided, so nothing about users has to be held in memory. Users come school by school; a guardian
 * is the guardian of the latest student of the same school.
 */
final class People {

  /** Rows written per file. */
  record Written(long users, long roles) {}

  private final OrgPlan plan;
  private final SplittableRandom random;
  private final UserMaker maker;
  private final UsersFile users;
  private final RolesFile roles;
  private final UserLine user = new UserLine();
  private int childSchool = -1;
  private String childSourcedId;
  private int childFamily;

  private People(OrgPlan plan, SplittableRandom random, String domain, UsersFile u, RolesFile r) {
    this.plan = plan;
    this.random = random;
    this.maker = new UserMaker(random, domain);
    this.users = u;
    this.roles = r;
  }

  static Written write(Path dir, long count, OrgPlan plan, SplittableRandom random, Defects defects)
      throws IOException {
    try (UsersFile u = new UsersFile(dir, defects);
        RolesFile r = new RolesFile(dir, defects)) {
      People people = new People(plan, random, plan.domain(), u, r);
      for (long i = 0; i < count; i++) {
        people.write(i + 1, (int) (i * plan.schools() / count));
      }
      return new Written(u.rows(), r.rows());
    }
  }

  private void write(long number, int school) throws IOException {
    UserKind kind = UserKind.draw(random);
    if (kind == UserKind.GUARDIAN && childSchool != school) {
      kind = UserKind.STUDENT;
    }
    Org home = kind == UserKind.DISTRICT_ADMINISTRATOR ? plan.district() : plan.school(school);
    fill(number, kind, school, home);
    String sourcedId = user.sourcedId;
    RowFate fate = users.write(user);
    if (fate != RowFate.GONE) {
      writeRoles(sourcedId, kind, school, home, fate);
    }
  }

  private void fill(long number, UserKind kind, int school, Org home) {
    boolean guardian = kind == UserKind.GUARDIAN;
    int family = guardian ? childFamily : random.nextInt(Names.FAMILY.length);
    maker.fill(user, number, kind, family);
    user.primaryOrgSourcedId = home.sourcedId;
    user.agentSourcedIds = guardian ? childSourcedId : "";
    user.grades = "";
    if (kind == UserKind.STUDENT) {
      user.grades = Grades.grade(plan.school(school).gradeBand, random);
      childSchool = school;
      childSourcedId = user.sourcedId;
      childFamily = family;
    }
  }

  /** A primary role where the user belongs; staff also get up to two secondary roles. */
  private void writeRoles(String sourcedId, UserKind kind, int school, Org home, RowFate fate)
      throws IOException {
    roles.write(sourcedId, "primary", kind.role, home, fate);
    if (!kind.hasSecondaryRoles()) {
      return;
    }
    int count = random.nextInt(3);
    int first = random.nextInt(OrgPlan.SUB_ORGS);
    int step = 1 + random.nextInt(OrgPlan.SUB_ORGS - 1);
    for (int k = 0; k < count; k++) {
      Org org = plan.subOrg(school, (first + k * step) % OrgPlan.SUB_ORGS);
      if (mayRefer(org, fate)) {
        roles.write(sourcedId, "secondary", kind.role, org, fate);
      }
    }
  }

  /**
   * A role may point at a skipped org only when its user is clean: a role with two skipped
   * references would leave open which one the validator names.
   */
  private static boolean mayRefer(Org org, RowFate userFate) {
    return org.fate == RowFate.CLEAN || (org.fate == RowFate.SKIPPED && userFate == RowFate.CLEAN);
  }
}
