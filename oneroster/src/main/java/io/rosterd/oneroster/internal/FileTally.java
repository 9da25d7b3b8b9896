package io.rosterd.oneroster.internal;

/** Counts the rows of one file as they are decided. */
final class FileTally {
  long rows;
  long accepted;
  long skipped;

  void decided(boolean failed, boolean taken) {
    rows++;
    if (failed) {
      skipped++;
    } else if (taken) {
      accepted++;
    }
  }
}
