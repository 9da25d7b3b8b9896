package io.rosterd.oneroster;

/**
 * How to read an upload.
 *
 * @param profile lenient (what rosterd imports with) or strict (OneRoster 1.2 as written)
 * @param maxIssues how many issues are kept one by one; the rest are only counted
 * @param limits size limits that protect against hostile files
 */
public record ReadOptions(Profile profile, int maxIssues, ReadLimits limits) {

  public static final int DEFAULT_MAX_ISSUES = 100_000;

  public static ReadOptions lenient() {
    return new ReadOptions(Profile.LENIENT, DEFAULT_MAX_ISSUES, ReadLimits.DEFAULTS);
  }

  public static ReadOptions strict() {
    return new ReadOptions(Profile.STRICT, DEFAULT_MAX_ISSUES, ReadLimits.DEFAULTS);
  }

  public static ReadOptions of(Profile profile) {
    return profile == Profile.STRICT ? strict() : lenient();
  }

  public boolean strictMode() {
    return profile == Profile.STRICT;
  }
}
