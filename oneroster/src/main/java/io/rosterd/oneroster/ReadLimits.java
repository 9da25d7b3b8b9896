package io.rosterd.oneroster;

/**
 * Limits that keep a big or hostile upload from exhausting memory or disk.
 *
 * @param maxZipEntries entries a zip may hold
 * @param maxFileBytes bytes one file may hold (inflated, for a zip entry)
 * @param maxTotalBytes bytes all files of a zip may inflate to together
 * @param maxCompressionRatio inflated-to-compressed ratio past which a zip entry is a zip bomb
 * @param maxFieldChars characters one CSV field (or one record) may hold
 */
public record ReadLimits(
    int maxZipEntries,
    long maxFileBytes,
    long maxTotalBytes,
    int maxCompressionRatio,
    int maxFieldChars) {

  public static final ReadLimits DEFAULTS =
      new ReadLimits(1_000, 4L * 1024 * 1024 * 1024, 16L * 1024 * 1024 * 1024, 200, 64 * 1024);
}
