package io.rosterd.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.rosterd.server.intake.Templates;
import io.rosterd.server.store.PostgresExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What runs found and did, over real HTTP, after two runs of one district: issues (pages, filters,
 * formula-safe CSV), changes, the user look-up, and the public templates.
 */
final class RunRecordRoutesTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir static Path dataDir;

  /** A row a spreadsheet would run as a formula, skipped for its bad email. */
  private static final String FORMULA_ID = "=cmd()";

  private static ApiServer server;
  private static ApiClient api;
  private static String rec;
  private static String other;
  private static long first;
  private static long second;

  @BeforeAll
  static void twoRuns() {
    server = new ApiServer(POSTGRES, dataDir, Clock.systemUTC());
    api = server.client();
    server.createDistrict("rec");
    server.createDistrict("other");
    rec = server.districtToken("rec");
    other = server.districtToken("other");
    first =
        run(
            new Multipart()
                .file("orgs.csv", Rosters.orgs("rec"))
                .file(
                    "users.csv", Rosters.users("rec", 1, 3) + FORMULA_ID + ",true,Eve,One,bad-1\n")
                .file("roles.csv", Rosters.roles("rec", 1, 3)));
    // u1 renamed, u2 left out (removed, with its role), u4 added with a role
    String users = Rosters.users("rec", 1, 4).replace("Given1,", "Renamed,");
    second =
        run(
            new Multipart()
                .file("users.csv", users.replaceAll("(?m)^rec-u2,.*\\n", ""))
                .file("roles.csv", Rosters.roles("rec", 1, 4).replaceAll("(?m)^rec-r2,.*\\n", "")));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void changesListWhatEachRunAddedChangedAndRemoved() {
    JsonNode changes = api.get("/api/runs/" + second + "/changes", rec).json();
    assertThat(changes.get("total").asLong()).isEqualTo(5);
    assertThat(lines(changes.get("changes")))
        .containsExactly(
            "user rec-u1 updated [givenName]",
            "user rec-u2 removed []",
            "user rec-u4 added []",
            "role rec-r2 removed []",
            "role rec-r4 added []");

    JsonNode added = api.get("/api/runs/" + second + "/changes?kind=user&action=added", rec).json();
    assertThat(lines(added.get("changes"))).containsExactly("user rec-u4 added []");
    JsonNode page = api.get("/api/runs/" + second + "/changes?pageSize=2&page=3", rec).json();
    assertThat(page.get("total").asLong()).isEqualTo(5);
    assertThat(lines(page.get("changes"))).containsExactly("role rec-r4 added []");

    JsonNode firstRun = api.get("/api/runs/" + first + "/changes?kind=org", rec).json();
    assertThat(lines(firstRun.get("changes")))
        .containsExactly("org rec-d added []", "org rec-s1 added []");

    ApiClient.Answer bad = api.get("/api/runs/" + second + "/changes?kind=users", rec);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("field").asText()).isEqualTo("kind");
  }

  @Test
  void aUserIsFoundBySourcedIdOrEmailWithRolesOrgsAndTheRunsThatChangedIt() {
    ApiClient.Answer answer = api.get("/api/districts/rec/users?sourcedId=rec-u1", rec);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode user = answer.json().at("/users/0");
    assertThat(user.get("status").asText()).isEqualTo("active");
    assertThat(user.get("enabled").asBoolean()).isTrue();
    assertThat(user.at("/fields/givenName").asText()).isEqualTo("Renamed");
    assertThat(user.at("/fields/email").asText()).isEqualTo("rec.u1@example.org");
    assertThat(user.get("roles").findValuesAsText("sourcedId")).containsExactly("rec-r1");
    assertThat(user.at("/orgs/0/sourcedId").asText()).isEqualTo("rec-s1");
    assertThat(user.at("/orgs/0/primary").asBoolean()).isTrue();
    assertThat(runs(user)).containsExactly(second + " updated [givenName]", first + " added []");

    JsonNode byEmail =
        api.get("/api/districts/rec/users?email=REC.U1@example.org", server.supportToken()).json();
    assertThat(byEmail.at("/users/0/sourcedId").asText()).isEqualTo("rec-u1");

    JsonNode removed = api.get("/api/districts/rec/users?sourcedId=rec-u2", rec).json();
    assertThat(removed.at("/users/0/status").asText()).isEqualTo("tobedeleted");
    assertThat(removed.at("/users/0/enabled").asBoolean()).isFalse();
    assertThat(runs(removed.at("/users/0")))
        .containsExactly(second + " removed []", first + " added []");

    assertThat(api.get("/api/districts/rec/users?sourcedId=nobody", rec).status()).isEqualTo(404);
    assertThat(api.get("/api/districts/rec/users", rec).status()).isEqualTo(400);
    assertThat(api.get("/api/districts/rec/users?sourcedId=a&email=b", rec).status())
        .isEqualTo(400);
  }

  @Test
  void issuesArePagedAndFiltered() {
    JsonNode all = api.get("/api/runs/" + first + "/issues", rec).json();
    assertThat(all.get("total").asLong()).isPositive();
    JsonNode errors =
        api.get(
                "/api/runs/"
                    + first
                    + "/issues?severity=error&file=users.csv&sourcedId="
                    + encode(FORMULA_ID),
                rec)
            .json();
    assertThat(errors.get("total").asLong()).isEqualTo(1);
    JsonNode issue = errors.at("/issues/0");
    assertThat(issue.get("sourcedId").asText()).isEqualTo(FORMULA_ID);
    assertThat(issue.get("line").asLong()).isEqualTo(5);
    String code = issue.get("code").asText();
    assertThat(
            api.get("/api/runs/" + first + "/issues?code=" + code, rec)
                .json()
                .get("issues")
                .findValuesAsText("code"))
        .containsOnly(code);
    assertThat(api.get("/api/runs/" + first + "/issues?pageSize=1", rec).json().get("issues"))
        .hasSize(1);

    for (String bad : List.of("severity=fatal", "code=no.such_code", "format=xml", "pageSize=0")) {
      ApiClient.Answer answer = api.get("/api/runs/" + first + "/issues?" + bad, rec);
      assertThat(answer.status()).as(bad).isEqualTo(400);
      assertThat(answer.json().get("field").asText()).isEqualTo(bad.substring(0, bad.indexOf('=')));
    }
  }

  @Test
  void theIssuesCsvIsADownloadThatNoSpreadsheetRunsAsAFormula() throws IOException {
    ApiClient.Answer csv = api.get("/api/runs/" + first + "/issues?format=csv", rec);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.response().headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/csv");
    assertThat(csv.response().headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"rec-run-" + first + "-issues.csv\"");
    List<CsvRecord> records = records(csv.body());
    assertThat(records.get(0).getFields())
        .containsExactly("severity", "code", "file", "line", "sourcedId", "column", "message");
    assertThat(records)
        .hasSize(
            1 + (int) api.get("/api/runs/" + first + "/issues", rec).json().get("total").asLong());
    assertThat(records.stream().map(r -> r.getField(4))).contains("'" + FORMULA_ID);
    for (CsvRecord record : records) {
      for (String cell : record.getFields()) {
        assertThat(cell).as("a cell of %s", record).doesNotStartWith("=").doesNotStartWith("+");
        assertThat(cell).doesNotStartWith("-").doesNotStartWith("@");
      }
    }

    ApiClient.Answer filtered =
        api.get("/api/runs/" + first + "/issues?format=csv&sourcedId=" + encode(FORMULA_ID), rec);
    assertThat(records(filtered.body())).hasSize(2);
  }

  @Test
  void aDistrictTokenGetsNoRecordOfAnotherDistrict() {
    for (String path :
        List.of(
            "/api/runs/" + first + "/issues",
            "/api/runs/" + first + "/issues?format=csv",
            "/api/runs/" + second + "/changes",
            "/api/districts/rec/users?sourcedId=rec-u1")) {
      assertThat(api.get(path, null).status()).as(path).isEqualTo(401);
      ApiClient.Answer answer = api.get(path, other);
      assertThat(answer.status()).as(path).isIn(403, 404);
      assertThat(answer.body()).doesNotContain("rec-u").doesNotContain("cmd()");
      assertThat(api.get(path, rec).status()).as(path).isEqualTo(200);
      assertThat(api.get(path, server.supportToken()).status()).as(path).isEqualTo(200);
    }
  }

  @Test
  void theTemplatesArePublicAndTheSameAsInTheSftpHome() throws IOException {
    Path homeTemplates = dataDir.resolve("districts/rec/home/templates");
    for (String name : List.of("orgs.csv", "users.csv", "roles.csv")) {
      ApiClient.Answer answer = api.get("/templates/" + name, null);
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.response().headers().firstValue("Content-Type").orElseThrow())
          .startsWith("text/csv");
      try (InputStream in = Templates.open(name)) {
        assertThat(answer.body()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      assertThat(answer.body()).isEqualTo(Files.readString(homeTemplates.resolve(name)));
    }
    assertThat(api.get("/templates/classes.csv", null).status()).isEqualTo(404);
  }

  private static long run(Multipart files) {
    ApiClient.Answer upload =
        api.post("/api/districts/rec/uploads", rec, files.contentType(), files.bytes());
    assertThat(upload.status()).as(upload.body()).isEqualTo(200);
    ApiClient.Answer run = api.post("/api/districts/rec/runs", rec, null);
    assertThat(run.status()).as(run.body()).isEqualTo(200);
    assertThat(run.json().at("/run/status").asText()).startsWith("applied");
    return run.json().at("/run/id").asLong();
  }

  private static List<String> lines(JsonNode changes) {
    List<String> lines = new ArrayList<>();
    for (JsonNode change : changes) {
      lines.add(
          change.get("kind").asText()
              + " "
              + change.get("sourcedId").asText()
              + " "
              + change.get("action").asText()
              + " "
              + texts(change.get("fields")));
    }
    return lines;
  }

  private static List<String> runs(JsonNode user) {
    List<String> runs = new ArrayList<>();
    for (JsonNode run : user.get("runs")) {
      runs.add(
          run.get("run").asLong()
              + " "
              + run.get("action").asText()
              + " "
              + texts(run.get("fields")));
    }
    return runs;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(value -> texts.add(value.asText()));
    return texts;
  }

  private static List<CsvRecord> records(String csv) {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
      return reader.stream().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
