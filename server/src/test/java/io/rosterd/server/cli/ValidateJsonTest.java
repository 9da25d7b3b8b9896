package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rosterd validate --format json}: the documented shape, and the exit statuses. */
final class ValidateJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void cleanUploadIsOkAndExitsZero() throws Exception {
    Cli.Run run = Cli.run("validate", Uploads.clean(dir).toString(), "--format", "json");

    JsonNode result = assertShape(run);
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(result.get("status").asText()).isEqualTo("ok");
    assertThat(result.get("counts").get("errors").asLong()).isZero();
    assertThat(result.get("files").findValuesAsText("name"))
        .containsExactlyInAnyOrder("orgs.csv", "users.csv", "roles.csv");
    for (JsonNode file : result.get("files")) {
      assertThat(file.get("mode").asText()).isEqualTo("bulk");
      assertThat(file.get("status").asText()).isEqualTo("read");
      assertThat(file.get("rows").asLong()).isEqualTo(2);
      assertThat(file.get("accepted").asLong()).isEqualTo(2);
    }
  }

  @Test
  void rejectedRowsExitOneAndSayWhere() throws Exception {
    Cli.Run run = Cli.run("validate", Uploads.rowErrors(dir).toString(), "--format=json");

    JsonNode result = assertShape(run);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(result.get("status").asText()).isEqualTo("errors");
    assertThat(result.get("issues"))
        .anySatisfy(
            issue -> {
              assertThat(issue.get("severity").asText()).isEqualTo("error");
              assertThat(issue.get("file").asText()).isEqualTo("users.csv");
              assertThat(issue.get("line").asLong()).isEqualTo(3);
              assertThat(issue.get("sourcedId").asText()).isEqualTo("u-2");
              assertThat(issue.get("column").asText()).isEqualTo("email");
              assertThat(issue.get("message").asText()).isNotBlank();
            });
    assertThat(file(result, "users.csv").get("skipped").asLong()).isEqualTo(1);
  }

  @Test
  void refusedUploadExitsTwo() throws Exception {
    Cli.Run run = Cli.run("validate", Uploads.missingColumn(dir).toString(), "--format", "json");

    JsonNode result = assertShape(run);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(result.get("status").asText()).isEqualTo("rejected");
    assertThat(result.get("issues"))
        .anySatisfy(
            issue -> assertThat(issue.get("code").asText()).isEqualTo("header.missing_column"));
  }

  @Test
  void missingPathIsAnUnreadableUploadAndExitsTwo() throws Exception {
    Cli.Run run = Cli.run("validate", dir.resolve("no-such-folder").toString(), "--format", "json");

    JsonNode result = assertShape(run);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(result.get("status").asText()).isEqualTo("rejected");
    assertThat(result.get("issues").findValuesAsText("code")).contains("upload.unreadable");
  }

  /** Exactly the documented fields, in the documented order, with the documented types. */
  private static JsonNode assertShape(Cli.Run run) throws Exception {
    assertThat(run.err()).isEmpty();
    JsonNode result = JSON.readTree(run.out());
    assertThat(names(result)).containsExactly("status", "files", "issues", "counts");
    for (JsonNode file : result.get("files")) {
      assertThat(names(file))
          .containsExactly("name", "kind", "mode", "rows", "accepted", "skipped", "status", "note");
      assertThat(file.get("mode").isNull() || file.get("mode").isTextual()).isTrue();
      assertThat(file.get("rows").isIntegralNumber()).isTrue();
    }
    for (JsonNode issue : result.get("issues")) {
      assertThat(names(issue))
          .containsExactly("severity", "code", "file", "line", "sourcedId", "column", "message");
      assertThat(issue.get("line").isIntegralNumber()).isTrue();
    }
    assertThat(names(result.get("counts"))).containsExactly("errors", "warnings", "infos");
    assertCountsMatchIssues(result);
    return result;
  }

  private static void assertCountsMatchIssues(JsonNode result) {
    List<String> severities = result.get("issues").findValuesAsText("severity");
    JsonNode counts = result.get("counts");
    assertThat(severities.stream().filter("error"::equals).count())
        .isEqualTo(counts.get("errors").asLong());
    assertThat(severities.stream().filter("warning"::equals).count())
        .isEqualTo(counts.get("warnings").asLong());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode file(JsonNode result, String name) {
    for (JsonNode file : result.get("files")) {
      if (file.get("name").asText().equals(name)) {
        return file;
      }
    }
    throw new AssertionError("no file " + name + " in " + result.get("files"));
  }
}
