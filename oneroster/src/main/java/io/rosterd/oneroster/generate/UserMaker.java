package io.rosterd.oneroster.generate;

import java.util.SplittableRandom;

/**
 * Fills a {@link UserLine} with a plausible person. Emails and usernames carry the user's number,
 * so they are unique across the file however often names repeat.
 */
final class UserMaker {

  private final SplittableRandom random;
  private final String domain;

  UserMaker(SplittableRandom random, String domain) {
    this.random = random;
    this.domain = domain;
  }

  /**
   * @param family index into {@link Names#FAMILY}: a guardian shares the child's
   */
  void fill(UserLine user, long number, UserKind kind, int family) {
    int given = random.nextInt(Names.GIVEN.length);
    user.sourcedId = "usr-" + number;
    user.enabledUser = random.nextInt(50) == 0 ? "false" : "true";
    user.givenName = Names.GIVEN[given];
    user.familyName = Names.FAMILY[family];
    user.middleName = random.nextInt(3) == 0 ? "" : Names.pick(Names.GIVEN, random);
    user.username = Names.GIVEN_LOWER[given] + '.' + Names.FAMILY_LOWER[family] + '.' + number;
    user.email = user.username + '@' + domain;
    user.identifier = identifier(kind, number);
    user.userIds = user.identifier.isEmpty() ? "" : "{SIS:" + user.identifier + "}";
    user.ageGroup = kind.ageGroup;
    user.ragged = false;
  }

  /** Student numbers and employee numbers; guardians have none in most SIS exports. */
  private static String identifier(UserKind kind, long number) {
    if (kind == UserKind.STUDENT) {
      return String.valueOf(100_000 + number);
    }
    return kind == UserKind.GUARDIAN ? "" : "E" + (10_000 + number);
  }
}
