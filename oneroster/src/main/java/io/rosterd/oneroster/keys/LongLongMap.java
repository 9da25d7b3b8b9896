package io.rosterd.oneroster.keys;

/**
 * An open-addressing map from 64-bit key hashes to longs: 16 bytes a key, no boxing. Keeps the
 * memory of a 3M-user district to tens of megabytes. Each key sits beside its value in one array,
 * so a look-up in a table far larger than the CPU cache costs one cache miss, not two.
 */
public final class LongLongMap {
  private static final long FREE = 0;
  private static final long ZERO_KEY_STAND_IN = 0x9E3779B97F4A7C15L;

  private long[] slots;
  private int size;
  private int mask;

  /** Keeps {@link #warm} from being optimised away. */
  @SuppressWarnings("unused")
  private long touched;

  public LongLongMap() {
    this(1 << 12);
  }

  public LongLongMap(int capacity) {
    int count = Integer.highestOneBit(Math.max(16, capacity) * 2 - 1);
    slots = new long[count * 2];
    mask = count - 1;
  }

  /** The value for {@code key}, or {@code missing} when absent. */
  public long get(long key, long missing) {
    long k = key == FREE ? ZERO_KEY_STAND_IN : key;
    for (int slot = slot(k); ; slot = (slot + 1) & mask) {
      long found = slots[slot * 2];
      if (found == k) {
        return slots[slot * 2 + 1];
      }
      if (found == FREE) {
        return missing;
      }
    }
  }

  public void put(long key, long value) {
    long k = key == FREE ? ZERO_KEY_STAND_IN : key;
    int slot = slot(k);
    while (slots[slot * 2] != FREE && slots[slot * 2] != k) {
      slot = (slot + 1) & mask;
    }
    slots[slot * 2 + 1] = value;
    if (slots[slot * 2] == FREE) {
      slots[slot * 2] = k;
      if (++size * 2 > mask + 1) {
        grow();
      }
    }
  }

  /**
   * Reads the slots of a batch of keys ahead of their real look-ups. The loads are independent, so
   * the CPU overlaps their cache misses; the look-ups that follow then hit the cache.
   */
  public void warm(long[] batchKeys, int count) {
    long sum = 0;
    for (int i = 0; i < count; i++) {
      long k = batchKeys[i] == FREE ? ZERO_KEY_STAND_IN : batchKeys[i];
      sum += slots[slot(k) * 2];
    }
    touched = sum;
  }

  /** Receives the entries of a map. */
  @FunctionalInterface
  public interface EntryVisitor {
    void visit(long key, long value);
  }

  /**
   * Calls {@code visitor} with every entry, in no particular order. A key stored as 0 is seen as
   * its stand-in; callers use well-mixed hashes, where 0 does not occur in practice.
   */
  public void forEach(EntryVisitor visitor) {
    for (int i = 0; i < slots.length; i += 2) {
      if (slots[i] != FREE) {
        visitor.visit(slots[i], slots[i + 1]);
      }
    }
  }

  private int slot(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    mask = (slots.length / 2) - 1;
    size = 0;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != FREE) {
        put(old[i], old[i + 1]);
      }
    }
  }
}
