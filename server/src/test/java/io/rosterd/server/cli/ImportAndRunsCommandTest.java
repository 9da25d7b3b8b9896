package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.store.ServerSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rosterd import} and {@code rosterd runs ...} in this JVM against real PostgreSQL: the JSON
 * contract, the exit statuses, and a held run approved and discarded from the command line.
 */
final class ImportAndRunsCommandTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Cli.Run rosterd(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(POSTGRES.cliOptions());
    all.addAll(List.of("--data-dir", dir.resolve("data").toString()));
    return Cli.run(all.toArray(String[]::new));
  }

  private void createDistrict(String id) {
    Cli.Run run =
        rosterd("district", "create", "--id", id, "--name", id, "--contact-email", "it@x.org");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  /** A one-school upload; emails carry the upload's name, so districts never share one. */
  private Path upload(String name, int students, String extraUser) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    StringBuilder users = new StringBuilder("sourcedId,enabledUser,givenName,familyName,email\n");
    StringBuilder roles = new StringBuilder("sourcedId,userSourcedId,roleType,role,orgSourcedId\n");
    for (int i = 1; i <= students; i++) {
      users.append("u").append(i).append(",true,G,F,u").append(i).append("@").append(name);
      users.append(".x.org\n");
      roles.append("r").append(i).append(",u").append(i).append(",primary,student,s1\n");
    }
    users.append(extraUser);
    Files.writeString(folder.resolve("orgs.csv"), "sourcedId,name,type\ns1,School,school\n");
    Files.writeString(folder.resolve("users.csv"), users.toString());
    Files.writeString(folder.resolve("roles.csv"), roles.toString());
    return folder;
  }

  private static JsonNode json(Cli.Run run) throws IOException {
    return JSON.readTree(run.out());
  }

  @Test
  void importPrintsTheDocumentedJsonAndExitsByStatus() throws IOException {
    createDistrict("imp");
    Cli.Run first =
        rosterd("import", "--district", "imp", upload("a", 3, "").toString(), "--format", "json");

    assertThat(first.exitCode()).as(first.err()).isZero();
    JsonNode doc = json(first);
    assertThat(doc.get("district").asText()).isEqualTo("imp");
    assertThat(doc.get("status").asText()).isEqualTo("applied");
    assertThat(doc.get("run").asText()).matches("\\d+");
    assertThat(doc.at("/counts/users/added").asLong()).isEqualTo(3);
    assertThat(doc.at("/counts/roles/added").asLong()).isEqualTo(3);
    assertThat(doc.at("/counts/orgs/added").asLong()).isEqualTo(1);
    for (String key : List.of("added", "updated", "removed", "restored", "unchanged", "skipped")) {
      assertThat(doc.at("/counts/users").has(key)).as(key).isTrue();
    }

    Cli.Run again =
        rosterd("import", "--district", "imp", dir.resolve("a").toString(), "--format", "json");
    assertThat(json(again).get("status").asText()).isEqualTo("unchanged");
    assertThat(again.exitCode()).isZero();

    Cli.Run withErrors =
        rosterd(
            "import", "--district", "imp", upload("b", 3, "u9,maybe,G,F,u9@x.org\n").toString());
    assertThat(withErrors.exitCode()).isEqualTo(1);
    assertThat(withErrors.out()).contains("applied_with_errors", "line 5", "enabledUser");

    Path broken = Files.createDirectories(dir.resolve("c"));
    Files.writeString(broken.resolve("users.csv"), "sourcedId,givenName\nu1,A\n");
    Cli.Run rejected =
        rosterd("import", "--district", "imp", broken.toString(), "--format", "json");
    assertThat(rejected.exitCode()).isEqualTo(2);
    assertThat(json(rejected).get("status").asText()).isEqualTo("rejected");
  }

  @Test
  void theSameFilesWithTheSameErrorsEmailTheContactsOnceNotEveryTime() throws IOException {
    createDistrict("hourly");
    Path export = upload("hr", 3, "bad,maybe,G,F,bad@hr.x.org\n"); // enabledUser "maybe"
    for (int i = 0; i < 3; i++) { // an export job that sends the same files every hour
      assertThat(rosterd("import", "--district", "hourly", export.toString()).exitCode())
          .isEqualTo(1);
    }
    Path fixedOne = upload("hr2", 4, "bad,maybe,G,F,bad@hr2.x.org\n");
    assertThat(rosterd("import", "--district", "hourly", fixedOne.toString()).exitCode())
        .isEqualTo(1);

    assertThat(
            POSTGRES
                .jdbc()
                .queryOne(
                    "select count(*) from outbox where district_id = 'hourly'"
                        + " and kind = 'run.errors'",
                    r -> r.getLong(1))
                .orElseThrow())
        .as("one email for the three identical runs, one for the changed files")
        .isEqualTo(2);
  }

  @Test
  void anImportIsReportedInTheDistrictsReportsFolderAndADryRunIsNot() throws IOException {
    createDistrict("rep");
    Path reports = dir.resolve("data/districts/rep/home/reports");
    rosterd("import", "--district", "rep", upload("r1", 2, "").toString(), "--dry-run");
    assertThat(reports.resolve("latest-summary.txt")).doesNotExist();

    // as 'rosterd serve --reports-kept 1' records when it starts: imports keep as many
    new ServerSettings(POSTGRES.jdbc()).put(ServerSettings.REPORTS_KEPT, "1");
    rosterd("import", "--district", "rep", upload("r0", 1, "").toString());
    Cli.Run run = rosterd("import", "--district", "rep", dir.resolve("r1").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String latest = Files.readString(reports.resolve("latest-summary.txt"));
    assertThat(latest).contains("rosterd run ").contains("status: applied").contains("users.csv");
    try (var files = Files.list(reports)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .filteredOn(name -> name.matches("\\d{8}-\\d{6}-run-\\d+-summary\\.txt"))
          .as("only the newest run's reports, as serve keeps them")
          .hasSize(1);
    }
  }

  @Test
  void aDryRunChangesNothingAndAnUnknownDistrictIsRefused() throws IOException {
    createDistrict("dry");
    Cli.Run dry =
        rosterd(
            "import",
            "--district",
            "dry",
            upload("d", 4, "").toString(),
            "--dry-run",
            "--format",
            "json");
    assertThat(dry.exitCode()).as(dry.err()).isZero();
    assertThat(json(dry).get("status").asText()).isEqualTo("dry_run");
    assertThat(json(dry).get("run").isNull()).isTrue();
    assertThat(json(rosterd("runs", "list", "--district", "dry", "--format", "json"))).isEmpty();

    Cli.Run nowhere = rosterd("import", "--district", "nowhere", dir.resolve("d").toString());
    assertThat(nowhere.exitCode()).isEqualTo(2);
    assertThat(nowhere.err()).contains("no district 'nowhere'");
    Cli.Run listNowhere = rosterd("runs", "list", "--district", "nowhere");
    assertThat(listNowhere.exitCode()).isEqualTo(2);
    assertThat(listNowhere.err()).contains("no district 'nowhere'");
    Cli.Run noLimit = rosterd("runs", "list", "--limit", "0");
    assertThat(noLimit.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(noLimit.err()).contains("--limit must be 1 or more; found 0");
    Cli.Run words = rosterd("runs", "show", "abc");
    assertThat(words.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(words.err()).contains("'abc' is not a whole number").doesNotContain("long");
  }

  @Test
  void aHeldRunIsListedShownAndApprovedOrDiscardedFromTheCommandLine() throws IOException {
    createDistrict("held");
    rosterd("import", "--district", "held", upload("h1", 100, "").toString());
    Cli.Run held =
        rosterd(
            "import", "--district", "held", upload("h2", 60, "").toString(), "--format", "json");
    assertThat(held.exitCode()).isEqualTo(3);
    String run = json(held).get("run").asText();
    assertThat(json(held).get("message").asText()).contains("40 of 100 users");

    Cli.Run listed = rosterd("runs", "list", "--district", "held");
    assertThat(listed.out()).contains(run, "held");
    Cli.Run shown = rosterd("runs", "show", run, "--format", "json");
    assertThat(json(shown).get("status").asText()).isEqualTo("held");
    assertThat(json(shown).at("/counts/users/removed").asLong()).isEqualTo(40);

    Cli.Run approved = rosterd("runs", "approve", run, "--format", "json");
    assertThat(approved.exitCode()).as(approved.err()).isZero();
    assertThat(json(approved).get("status").asText()).isEqualTo("applied");
    Cli.Run twice = rosterd("runs", "approve", run);
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err()).contains("only a held run can be approved");

    Cli.Run heldAgain =
        rosterd(
            "import", "--district", "held", upload("h3", 10, "").toString(), "--format", "json");
    String second = json(heldAgain).get("run").asText();
    assertThat(rosterd("runs", "discard", second).out()).contains("discarded");
    assertThat(json(rosterd("runs", "show", second, "--format", "json")).get("status").asText())
        .isEqualTo("discarded");
  }

  @Test
  void runIssuesComeAsFormulaSafeCsvOrJson() throws IOException {
    createDistrict("iss");
    Cli.Run run =
        rosterd(
            "import",
            "--district",
            "iss",
            upload("i", 2, "=cmd(),maybe,G,F,x@x.org\n").toString(),
            "--format",
            "json");
    String id = json(run).get("run").asText();

    Cli.Run csv = rosterd("runs", "issues", id);
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out()).startsWith("severity,code,file,line,sourcedId,column,message");
    assertThat(csv.out()).contains("'=cmd()").doesNotContain(",=cmd()");
    Cli.Run asJson = rosterd("runs", "issues", id, "--format", "json");
    assertThat(json(asJson).get(0).get("code").asText()).isEqualTo("value.invalid");
    assertThat(rosterd("runs", "show", "999999").exitCode()).isEqualTo(2);
  }

  @Test
  void aZipUploadImportsLikeAFolderAndAPausedDistrictRunsNothing() throws IOException {
    createDistrict("zipped");
    Path folder = upload("z", 5, "");
    Path zip = dir.resolve("upload.zip");
    try (java.util.zip.ZipOutputStream out =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      for (String name : List.of("orgs.csv", "users.csv", "roles.csv")) {
        out.putNextEntry(new java.util.zip.ZipEntry(name));
        out.write(Files.readAllBytes(folder.resolve(name)));
        out.closeEntry();
      }
    }
    Cli.Run run = rosterd("import", "--district", "zipped", zip.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(json(run).at("/counts/users/added").asLong()).isEqualTo(5);
    assertThat(dir.resolve("data/archive/zipped/" + json(run).get("run").asText() + "/upload.zip"))
        .exists();

    rosterd("district", "set", "zipped", "--paused", "true");
    Cli.Run paused = rosterd("import", "--district", "zipped", upload("z2", 1, "").toString());
    assertThat(paused.exitCode()).isEqualTo(2);
    assertThat(paused.err()).contains("paused", "--paused false");
    Cli.Run dry =
        rosterd("import", "--district", "zipped", dir.resolve("z2").toString(), "--dry-run");
    assertThat(dry.exitCode()).as(dry.err()).isZero();
    assertThat(dry.out()).contains("dry run");
  }
}
