package io.rosterd.oneroster.generate;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads generated files back in tests. Generated values never need CSV quoting. */
final class GeneratedFiles {

  private GeneratedFiles() {}

  /** The data rows of a file, split into fields (the header is dropped). */
  static List<String[]> rows(Path dir, String file) {
    try (Stream<String> lines = Files.lines(dir.resolve(file), UTF_8)) {
      return lines.skip(1).map(line -> line.split(",", -1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of expected-issues.csv after its header. */
  static List<String> expectedIssues(Path dir) {
    try (Stream<String> lines = Files.lines(dir.resolve(ExpectedIssues.FILE_NAME), UTF_8)) {
      return lines.skip(1).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
