package io.rosterd.oneroster.generate;

import java.util.SplittableRandom;

/**
 * Who a generated user is, with how often each kind occurs (per 10,000 users): 88% students, 10%
 * staff, 2% guardians. Staff other than district administrators also get secondary roles in their
 * school's departments and groups.
 */
enum UserKind {
  STUDENT("student", "child", 8_800),
  GUARDIAN("guardian", "adult", 200),
  TEACHER("teacher", "adult", 750),
  AIDE("aide", "adult", 120),
  COUNSELOR("counselor", "adult", 50),
  PRINCIPAL("principal", "adult", 20),
  SITE_ADMINISTRATOR("siteAdministrator", "adult", 55),
  DISTRICT_ADMINISTRATOR("districtAdministrator", "adult", 5);

  private static final UserKind[] KINDS = values();
  private static final int TOTAL_WEIGHT = 10_000;

  final String role;
  final String ageGroup;
  private final int weight;

  UserKind(String role, String ageGroup, int weight) {
    this.role = role;
    this.ageGroup = ageGroup;
    this.weight = weight;
  }

  static UserKind draw(SplittableRandom random) {
    int ticket = random.nextInt(TOTAL_WEIGHT);
    for (UserKind kind : KINDS) {
      ticket -= kind.weight;
      if (ticket < 0) {
        return kind;
      }
    }
    throw new AssertionError("weights add up to " + TOTAL_WEIGHT);
  }

  boolean staff() {
    return this != STUDENT && this != GUARDIAN;
  }

  /** Staff working at a school also serve in its departments and groups. */
  boolean hasSecondaryRoles() {
    return staff() && this != DISTRICT_ADMINISTRATOR;
  }
}
