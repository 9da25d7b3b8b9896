package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rosterd validate} for people: a summary, then every issue under its file. */
final class ValidateTextTest {

  @TempDir Path dir;

  @Test
  void summarisesTheFilesAndCounts() {
    Cli.Run run = Cli.run("validate", Uploads.rowErrors(dir).toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("status: errors")
        .containsPattern("(?m)^users\\.csv +users +bulk +2 +1 +1 +read")
        .containsPattern("(?m)^orgs\\.csv +orgs +bulk +2 +2 +0 +read")
        .containsPattern("\\d+ errors?, \\d+ warnings?, \\d+ infos?");
  }

  @Test
  void showsEveryIssueWithItsLineSourcedIdColumnAndMessage() throws Exception {
    String upload = Uploads.rowErrors(dir).toString();
    JsonNode issues =
        new ObjectMapper()
            .readTree(Cli.run("validate", upload, "--format", "json").out())
            .get("issues");

    String text = Cli.run("validate", upload).out();
    assertThat(issues).isNotEmpty();
    for (JsonNode issue : issues) {
      assertThat(text).contains(issue.get("message").asText(), issue.get("code").asText());
    }
    assertThat(text)
        .containsPattern("(?m)^users\\.csv$")
        .containsPattern("(?m)^  error +line 3 · u-2 · email — ");
  }

  @Test
  void aRefusedUploadSaysNothingWouldBeImported() {
    Cli.Run run = Cli.run("validate", Uploads.missingColumn(dir).toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("status: rejected", "nothing would be imported");
  }

  @Test
  void strictModeIsNamedInTheTitle() {
    Cli.Run run = Cli.run("validate", "--strict", Uploads.clean(dir).toString());

    assertThat(run.out()).contains("strict");
  }
}
