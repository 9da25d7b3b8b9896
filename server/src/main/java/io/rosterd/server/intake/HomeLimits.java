package io.rosterd.server.intake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The limits every upload to a drop box is held to, however it arrives (SFTP or the HTTP API): the
 * file-size limit and the district's quota, counted across all of the district's uploads in
 * progress in this process ({@link HomeUsage}), and the words a refusal uses. One instance per
 * process is shared by SFTP and HTTP, so uploads through both at once cannot together pass the
 * quota.
 */
public final class HomeLimits {

  private final DropBox dropBox;
  private final long maxFileSize;
  private final long quota;
  private final Map<String, HomeUsage> usage = new ConcurrentHashMap<>();

  public HomeLimits(DropBox dropBox, long maxFileSize, long quota) {
    this.dropBox = dropBox;
    this.maxFileSize = maxFileSize;
    this.quota = quota;
  }

  /** The SFTP configuration's limits. */
  public static HomeLimits of(DropBox dropBox, SftpConfig config) {
    return new HomeLimits(dropBox, config.maxFileSize(), config.quotaPerDistrict());
  }

  public long maxFileSize() {
    return maxFileSize;
  }

  public long quota() {
    return quota;
  }

  HomeUsage usage(String district) {
    return usage.computeIfAbsent(district, d -> new HomeUsage(dropBox, d, quota));
  }

  /** "file size limit of 2 GiB (2147483648 bytes) reached", as clients are told. */
  public static String fileTooLarge(long maxFileSize) {
    return "file size limit of " + Sizes.describe(maxFileSize) + " reached";
  }

  /** "district quota of 10 GiB (10737418240 bytes) reached", as clients are told. */
  public static String quotaReached(long quota) {
    return "district quota of " + Sizes.describe(quota) + " reached";
  }
}
