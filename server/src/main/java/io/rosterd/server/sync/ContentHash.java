package io.rosterd.server.sync;

import io.rosterd.oneroster.OrgRow;
import io.rosterd.oneroster.RoleRow;
import io.rosterd.oneroster.UserRow;
import io.rosterd.oneroster.keys.KeyHash;

/**
 * A 64-bit hash of every stored value of a record: equal hashes mean nothing changed, so an hourly
 * upload that repeats the roster writes nothing. The low {@link #FLAG_BITS} bits are zero; {@link
 * CurrentRoster} keeps its per-record flags there.
 */
final class ContentHash {
  static final int FLAG_BITS = 3;
  private static final char SEPARATOR = '\u0001';

  private ContentHash() {}

  static long of(OrgRow r) {
    return hash(r.name(), r.type(), r.identifier(), r.parentSourcedId());
  }

  static long of(UserRow r) {
    return hash(
        r.enabled() ? "t" : "f",
        r.givenName(),
        r.familyName(),
        r.middleName(),
        r.preferredGivenName(),
        r.preferredFamilyName(),
        r.email(),
        r.identifier(),
        r.username(),
        r.primaryOrgSourcedId(),
        r.ageGroup(),
        r.grades(),
        r.phone(),
        r.sms());
  }

  static long of(RoleRow r) {
    return hash(
        r.userSourcedId(), r.orgSourcedId(), r.roleType(), r.role(), r.beginDate(), r.endDate());
  }

  /** FNV-1a over every value and a separator after each, with no string built on the way. */
  private static long hash(String... values) {
    long h = 0xcbf29ce484222325L;
    for (String value : values) {
      for (int i = 0; i < value.length(); i++) {
        h = (h ^ value.charAt(i)) * 0x100000001b3L;
      }
      h = (h ^ SEPARATOR) * 0x100000001b3L;
    }
    return KeyHash.pair(h, values.length) & ~((1L << FLAG_BITS) - 1);
  }
}
