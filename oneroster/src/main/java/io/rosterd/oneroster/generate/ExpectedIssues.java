package io.rosterd.oneroster.generate;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.rosterd.oneroster.FileKind;
import io.rosterd.oneroster.IssueCode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The issues (errors and warnings, never info notes) a lenient validator must report for the
 * injected defects, kept per file because users and roles are written side by side, and written out
 * in the order the validator reads: orgs, users, roles.
 */
final class ExpectedIssues {

  static final String FILE_NAME = "expected-issues.csv";
  static final String HEADER = "severity,code,file,line,sourcedId,column";

  private final Map<FileKind, StringBuilder> byFile = new EnumMap<>(FileKind.class);
  private long count;

  void add(IssueCode code, FileKind file, long line, String sourcedId, String column) {
    byFile
        .computeIfAbsent(file, f -> new StringBuilder())
        .append(code.severity().label())
        .append(',')
        .append(code.code())
        .append(',')
        .append(file.fileName())
        .append(',')
        .append(line)
        .append(',')
        .append(sourcedId)
        .append(',')
        .append(column)
        .append('\n');
    count++;
  }

  long count() {
    return count;
  }

  void write(Path dir) throws IOException {
    try (Writer out = Files.newBufferedWriter(dir.resolve(FILE_NAME), UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      for (StringBuilder lines : byFile.values()) {
        out.append(lines);
      }
    }
  }
}
