package io.rosterd.oneroster.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The district's orgs, in file order: the district, then per school the school, a local group, a
 * group nested in it, three departments and another local group. Parents always come before their
 * children, and only the nested group has a group parent (one level, as the rules allow).
 */
final class OrgPlan {

  static final int USERS_PER_SCHOOL = 500;

  /** Orgs each school brings: itself and {@link #SUB_ORGS} groups and departments. */
  static final int PER_SCHOOL = 7;

  static final int SUB_ORGS = PER_SCHOOL - 1;

  private final List<Org> orgs = new ArrayList<>();
  private final int schools;
  private final String domain;

  private OrgPlan(int schools, String domain) {
    this.schools = schools;
    this.domain = domain;
  }

  static OrgPlan build(long users, long seed, SplittableRandom random) {
    int schools = (int) Math.max(1, Math.round(users / (double) USERS_PER_SCHOOL));
    OrgPlan plan = new OrgPlan(schools, Names.domain(seed));
    Org district =
        plan.add(new Org("district", Names.district(seed), "district", "D1", null, Org.NO_GRADES));
    for (int s = 0; s < plan.schools; s++) {
      plan.addSchool(s, district, random);
    }
    return plan;
  }

  private void addSchool(int s, Org district, SplittableRandom random) {
    int band = Grades.band(s, schools);
    String name = Names.pick(Names.PLACES, random) + " " + Names.LEVELS[band];
    Org school = add(new Org("sch-" + (s + 1), name, "school", "S" + (1001 + s), district, band));
    String club = Names.pick(Names.GROUPS, random);
    Org group = add(sub(s, "grp", 1, club, "local", school));
    add(sub(s, "grp", 2, club + " Leadership Team", "local", group));
    int first = random.nextInt(Names.DEPARTMENTS.length);
    for (int k = 0; k < 3; k++) {
      String department = Names.DEPARTMENTS[(first + k) % Names.DEPARTMENTS.length];
      add(sub(s, "dep", k + 1, department + " Department", "department", school));
    }
    add(sub(s, "grp", 3, Names.pick(Names.GROUPS, random), "local", school));
  }

  private static Org sub(int s, String prefix, int k, String name, String type, Org parent) {
    String id = prefix + "-" + (s + 1) + "-" + k;
    return new Org(id, name, type, "", parent, Org.NO_GRADES);
  }

  private Org add(Org org) {
    orgs.add(org);
    return org;
  }

  List<Org> all() {
    return orgs;
  }

  /** The district's email domain. */
  String domain() {
    return domain;
  }

  int schools() {
    return schools;
  }

  Org district() {
    return orgs.get(0);
  }

  Org school(int s) {
    return orgs.get(1 + s * PER_SCHOOL);
  }

  /** The {@code k}-th group or department of school {@code s}, {@code k} in 0..SUB_ORGS-1. */
  Org subOrg(int s, int k) {
    return orgs.get(2 + s * PER_SCHOOL + k);
  }
}
