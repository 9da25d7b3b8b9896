package io.rosterd.oneroster.internal;

/** A run of rows handed from the parsing thread to the checking thread in one go. */
final class RowBatch {
  static final int CAPACITY = 1024;

  final RawRow[] rows = new RawRow[CAPACITY];
  int size;

  RowBatch(int columns) {
    for (int i = 0; i < CAPACITY; i++) {
      rows[i] = new RawRow(columns);
    }
  }

  boolean full() {
    return size == CAPACITY;
  }
}
