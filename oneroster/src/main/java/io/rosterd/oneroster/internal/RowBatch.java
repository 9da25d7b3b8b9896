package io.rosterd.oneroster.internal;

/** A run of rows handed from the parsing thread to the checking thread in one go. */
final class RowBatch {
  static final int CAPACITY = 1024;

  /** CAPACITY rows and one spare, which holds the record parsed past a full batch. */
  final RawRow[] rows = new RawRow[CAPACITY + 1];

  int size;

  RowBatch(int columns) {
    for (int i = 0; i <= CAPACITY; i++) {
      rows[i] = new RawRow(columns);
    }
  }
}
