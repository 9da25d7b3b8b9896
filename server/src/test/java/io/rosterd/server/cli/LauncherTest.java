package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./rosterd} script at the repository root, run for real: from another directory, with a
 * relative path, building the jar first if it is stale (hence the long wait).
 */
final class LauncherTest {

  @TempDir Path dir;

  @Test
  void validatesARelativePathFromAnotherDirectory() throws Exception {
    Uploads.clean(dir.resolve("upload"));
    Path stdout = dir.resolve("stdout.json");
    Path stderr = dir.resolve("stderr.txt");

    Process rosterd =
        new ProcessBuilder(launcher().toString(), "validate", "upload", "--format", "json")
            .directory(dir.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();

    assertThat(rosterd.waitFor(15, TimeUnit.MINUTES)).as("finished in 15 minutes").isTrue();
    String err = Files.readString(stderr);
    assertThat(rosterd.exitValue()).as("exit status; stderr: %s", err).isZero();
    JsonNode result = new ObjectMapper().readTree(stdout.toFile());
    assertThat(result.get("status").asText()).isEqualTo("ok");
    assertThat(err).doesNotContain("\tat ");
  }

  /** Tests run in server/; the script sits at the root of the repository above it. */
  private static Path launcher() {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      File script = at.resolve("rosterd").toFile();
      if (script.isFile() && Files.exists(at.resolve("pom.xml"))) {
        return script.toPath();
      }
    }
    throw new AssertionError("no ./rosterd above " + Path.of("").toAbsolutePath());
  }
}
