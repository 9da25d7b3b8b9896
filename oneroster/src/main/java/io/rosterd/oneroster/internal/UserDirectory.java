package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.KnownRoster;
import io.rosterd.oneroster.keys.KeyHash;
import io.rosterd.oneroster.keys.LongLongMap;

/**
 * The users roles can point at, as 64-bit hashes: those read from users.csv (with their line,
 * outcome and primary org) and — unless a bulk users.csv replaces them — those the district has.
 */
final class UserDirectory {
  enum State {
    ACCEPTED,
    SKIPPED,
    DROPPED
  }

  /** A user read from users.csv. */
  record User(long line, State state, int primaryOrgId) {}

  private static final long ABSENT = Long.MIN_VALUE;

  private final KnownRoster known;
  private final LongLongMap users;
  private boolean replacedByFile;
  private boolean unavailable;

  UserDirectory(KnownRoster known, int expectedUsers) {
    this.users = new LongLongMap(expectedUsers);
    this.known = known;
  }

  void replaceExisting() {
    replacedByFile = true;
  }

  /** users.csv was refused: references to users are not checked (see OrgDirectory). */
  void markUnavailable() {
    unavailable = true;
  }

  /** The row of users.csv with this sourcedId, or null. */
  User inFile(String sourcedId) {
    return inFile(KeyHash.of(sourcedId));
  }

  /** The row of users.csv whose sourcedId has this hash, or null. */
  User inFile(long sourcedIdHash) {
    if (unavailable) {
      return null;
    }
    long packed = users.get(sourcedIdHash, ABSENT);
    return packed == ABSENT ? null : unpack(packed);
  }

  void add(long sourcedIdHash, long line, State state, int primaryOrgId) {
    users.put(sourcedIdHash, line << 32 | (long) state.ordinal() << 30 | primaryOrgId);
  }

  /** See {@link LongLongMap#warm}. */
  void warm(long[] sourcedIdHashes, int count) {
    users.warm(sourcedIdHashes, count);
  }

  boolean existsOutsideFile(String sourcedId) {
    return unavailable || (!replacedByFile && known.hasUser(sourcedId));
  }

  String describeMissing(String sourcedId) {
    return String.format(
        "userSourcedId %s names no user in users.csv%s. Add the user to users.csv or correct the"
            + " reference.",
        Shown.value(sourcedId), replacedByFile ? "" : " or already in the district");
  }

  String describeSkipped(String sourcedId, User user) {
    return String.format(
        "userSourcedId %s names the user on line %d of users.csv, which was skipped because of"
            + " its own error; fix that row and this one is taken too.",
        Shown.value(sourcedId), user.line());
  }

  private static User unpack(long packed) {
    State state = State.values()[(int) (packed >>> 30) & 3];
    return new User(packed >>> 32, state, (int) (packed & 0x3FFF_FFFF));
  }
}
