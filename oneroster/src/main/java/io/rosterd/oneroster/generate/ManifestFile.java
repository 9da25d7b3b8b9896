package io.rosterd.oneroster.generate;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * manifest.csv: our three files in bulk, every other OneRoster 1.2 file listed as absent, as
 * conformance tools expect of a complete 1.2 manifest.
 */
final class ManifestFile {

  static final String FILE_NAME = "manifest.csv";

  private static final String CONTENT =
      """
      propertyName,value
      manifest.version,1.0
      oneroster.version,1.2
      file.academicSessions,absent
      file.categories,absent
      file.classResources,absent
      file.classes,absent
      file.courseResources,absent
      file.courses,absent
      file.demographics,absent
      file.enrollments,absent
      file.lineItemLearningObjectiveIds,absent
      file.lineItemScoreScales,absent
      file.lineItems,absent
      file.orgs,bulk
      file.resources,absent
      file.resultLearningObjectiveIds,absent
      file.resultScoreScales,absent
      file.results,absent
      file.roles,bulk
      file.scoreScales,absent
      file.userProfiles,absent
      file.userResources,absent
      file.users,bulk
      source.systemName,rosterd generate
      source.systemCode,rosterd
      """;

  private ManifestFile() {}

  static void write(Path dir) throws IOException {
    Files.writeString(dir.resolve(FILE_NAME), CONTENT, UTF_8);
  }
}
