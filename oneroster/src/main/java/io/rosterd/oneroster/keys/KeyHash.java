package io.rosterd.oneroster.keys;

/**
 * 64-bit hashes of identifiers, so that millions of them fit in memory. Two different identifiers
 * share a hash with odds of about one in 10^7 for a 3M-user district; see docs/oneroster.md.
 */
public final class KeyHash {
  private KeyHash() {}

  public static long of(String value) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < value.length(); i++) {
      h = (h ^ value.charAt(i)) * 0x100000001b3L;
    }
    return mix(h ^ value.length());
  }

  /** The hash of {@code value} with every character lower-cased, without making a new string. */
  public static long ofLowerCase(String value) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < value.length(); i++) {
      h = (h ^ Character.toLowerCase(value.charAt(i))) * 0x100000001b3L;
    }
    return mix(h ^ value.length());
  }

  /** A hash for a pair, e.g. (user, org). */
  public static long pair(long first, long second) {
    return mix(first * 31 + Long.rotateLeft(second, 17));
  }

  /** Murmur3's finaliser: spreads every input bit over the whole hash. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
