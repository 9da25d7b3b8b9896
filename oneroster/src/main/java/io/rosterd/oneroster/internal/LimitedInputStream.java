package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.IssueCode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts bytes as they are read and refuses to go past the limits, whatever a zip entry header
 * claims: the defence against zip bombs and endless files.
 */
final class LimitedInputStream extends FilterInputStream {
  private static final long RATIO_CHECKED_FROM = 1024 * 1024;

  private final String name;
  private final long maxBytes;
  private final long compressedSize;
  private final int maxRatio;
  private final ZipBudget budget;
  private long read;

  LimitedInputStream(InputStream in, String name, long maxBytes, long compressedSize, int ratio) {
    this(in, name, maxBytes, compressedSize, ratio, ZipBudget.UNLIMITED);
  }

  LimitedInputStream(
      InputStream in,
      String name,
      long maxBytes,
      long compressedSize,
      int maxRatio,
      ZipBudget budget) {
    super(in);
    this.name = name;
    this.maxBytes = maxBytes;
    this.compressedSize = compressedSize;
    this.maxRatio = maxRatio;
    this.budget = budget;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  private void counted(int n) {
    read += n;
    budget.spend(n, name);
    if (read > maxBytes) {
      throw Rejections.file(
          maxRatio == 0 ? IssueCode.FILE_TOO_LARGE : IssueCode.ZIP_TOO_LARGE,
          name,
          String.format(
              "%s is larger than the limit of %,d bytes; split the upload or ask support to raise"
                  + " the limit.",
              name, maxBytes));
    }
    if (maxRatio > 0 && read > RATIO_CHECKED_FROM && read > compressedSize * maxRatio) {
      throw Rejections.file(
          IssueCode.ZIP_TOO_LARGE,
          name,
          String.format(
              "%s inflates to more than %d times its compressed size of %,d bytes, the mark of a"
                  + " zip bomb; reading stopped there and nothing of it is applied. Zip the export"
                  + " files again with a standard tool.",
              name, maxRatio, compressedSize));
    }
  }
}
