package io.rosterd.oneroster.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Generates a realistic synthetic district as OneRoster 1.2 CSV files: one district, a school per
 * about 500 users with its departments and local groups (some nested one level), about 88%
 * students, 10% staff and 2% guardians, and about 1.1 roles per user. The same seed always gives
 * byte-identical files. With an error rate, that fraction of rows get one known defect each, and
 * {@code expected-issues.csv} lists every error and warning a lenient validator must report.
 */
public final class DistrictGenerator {

  private DistrictGenerator() {}

  /**
   * Writes manifest.csv (all three files bulk, oneroster.version 1.2, manifest.version 1.0),
   * orgs.csv, users.csv, roles.csv into outDir (created if needed); with errorRate &gt; 0 also
   * expected-issues.csv.
   *
   * @param users how many users.csv rows to write, at least 1
   * @param errorRate the fraction (0..1) of data rows that get a defect
   */
  public static GeneratedDistrict generate(Path outDir, long users, long seed, double errorRate)
      throws IOException {
    if (users < 1 || !(errorRate >= 0 && errorRate <= 1)) {
      throw new IllegalArgumentException(
          "need users >= 1 and 0 <= errorRate <= 1, got " + users + " and " + errorRate);
    }
    Files.createDirectories(outDir);
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom shape = root.split();
    Defects defects = new Defects(root.split(), errorRate);
    OrgPlan plan = OrgPlan.build(users, seed, shape);
    long orgs = new OrgsFile(defects).write(plan, outDir);
    People.Written people = People.write(outDir, users, plan, shape, defects);
    ManifestFile.write(outDir);
    writeExpected(outDir, defects, errorRate);
    return new GeneratedDistrict(orgs, people.users(), people.roles(), defects.injected());
  }

  /** Without defects there is nothing to expect; a stale list from an earlier run would lie. */
  private static void writeExpected(Path outDir, Defects defects, double errorRate)
      throws IOException {
    if (errorRate > 0) {
      defects.expected().write(outDir);
    } else {
      Files.deleteIfExists(outDir.resolve(ExpectedIssues.FILE_NAME));
    }
  }
}
