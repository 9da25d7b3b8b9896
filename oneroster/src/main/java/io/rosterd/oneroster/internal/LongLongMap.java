package io.rosterd.oneroster.internal;

import java.util.Arrays;

/**
 * An open-addressing map from 64-bit key hashes to longs: 16 bytes a key, no boxing. Keeps the
 * memory of a 3M-user district to tens of megabytes.
 */
final class LongLongMap {
  private static final long FREE = 0;
  private static final long ZERO_KEY_STAND_IN = 0x9E3779B97F4A7C15L;

  private long[] keys;
  private long[] values;
  private int size;
  private int mask;

  LongLongMap() {
    this(1 << 12);
  }

  LongLongMap(int capacity) {
    int slots = Integer.highestOneBit(Math.max(16, capacity) * 2 - 1);
    keys = new long[slots];
    values = new long[slots];
    mask = slots - 1;
  }

  /** The value for {@code key}, or {@code missing} when absent. */
  long get(long key, long missing) {
    long k = key == FREE ? ZERO_KEY_STAND_IN : key;
    for (int slot = slot(k); ; slot = (slot + 1) & mask) {
      if (keys[slot] == k) {
        return values[slot];
      }
      if (keys[slot] == FREE) {
        return missing;
      }
    }
  }

  boolean contains(long key) {
    return get(key, Long.MIN_VALUE) != Long.MIN_VALUE;
  }

  void put(long key, long value) {
    long k = key == FREE ? ZERO_KEY_STAND_IN : key;
    int slot = slot(k);
    while (keys[slot] != FREE && keys[slot] != k) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == FREE) {
      keys[slot] = k;
      if (++size * 2 > keys.length) {
        values[slot] = value;
        grow();
        return;
      }
    }
    values[slot] = value;
  }

  int size() {
    return size;
  }

  private int slot(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != FREE) {
        put(oldKeys[i], oldValues[i]);
      }
    }
    Arrays.fill(oldKeys, FREE);
  }
}
