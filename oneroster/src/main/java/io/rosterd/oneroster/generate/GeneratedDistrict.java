package io.rosterd.oneroster.generate;

/**
 * What {@link DistrictGenerator#generate} wrote: data rows per file (headers not counted) and how
 * many rows carry an injected defect (cascaded rows are not counted; see {@code
 * expected-issues.csv} for every issue).
 */
public record GeneratedDistrict(long orgs, long users, long roles, long injectedDefects) {}
