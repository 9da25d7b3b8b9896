package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.IssueCode;

/** The bytes all entries of one zip may inflate to together. */
final class ZipBudget {
  static final ZipBudget UNLIMITED = new ZipBudget(Long.MAX_VALUE);

  private final long maxTotal;
  private long spent;

  ZipBudget(long maxTotal) {
    this.maxTotal = maxTotal;
  }

  void spend(long bytes, String name) {
    if (maxTotal == Long.MAX_VALUE) {
      return;
    }
    spent += bytes;
    if (spent > maxTotal) {
      throw Rejections.file(
          IssueCode.ZIP_TOO_LARGE,
          name,
          String.format(
              "The files in the zip inflate to more than %,d bytes together, past the limit;"
                  + " the rest was not read. Upload fewer or smaller files.",
              maxTotal));
    }
  }
}
