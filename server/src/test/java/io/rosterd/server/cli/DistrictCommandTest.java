package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rosterd.server.store.PostgresExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code rosterd district ...} in this JVM against a real PostgreSQL (through --db-url): text for
 * people, JSON for scripts, and an exit status and one clear line for every mistake.
 */
final class DistrictCommandTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  @Test
  void createsADistrictAndSaysSo() {
    Cli.Run run =
        district(
            "create",
            "--id",
            "text-d",
            "--name",
            "Text District",
            "--contact-email",
            "it@text.org");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Created district text-d.")
        .contains("Text District", "it@text.org", "more than 10% and at least 20 records");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void createWritesJsonForScripts() throws Exception {
    Cli.Run run =
        district(
            "create",
            "--id",
            "json-d",
            "--name",
            " JSON District ",
            "--contact-email",
            "it@json.org",
            "--format",
            "json");

    JsonNode district = json(run).get("district");
    assertThat(district.get("id").asText()).isEqualTo("json-d");
    assertThat(district.get("name").asText()).isEqualTo("JSON District");
    assertThat(district.get("contactEmail").asText()).isEqualTo("it@json.org");
    assertThat(district.get("thresholdPercent").decimalValue()).isEqualByComparingTo("10");
    assertThat(district.get("thresholdMin").asInt()).isEqualTo(20);
    assertThat(district.get("strict").asBoolean()).isFalse();
    assertThat(district.get("paused").asBoolean()).isFalse();
    assertThat(district.get("createdAt").asText()).endsWith("Z");
  }

  @Test
  void aTakenIdIsRefusedWithExitTwo() {
    create("taken");

    Cli.Run again =
        district("create", "--id", "taken", "--name", "Other", "--contact-email", "x@y.org");

    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.out()).isEmpty();
    assertThat(again.err())
        .isEqualTo(
            "rosterd district create: a district with id 'taken' already exists;"
                + " 'rosterd district show taken' shows it"
                + System.lineSeparator());
  }

  @Test
  void badValuesAreUsageErrorsThatSayWhy() {
    assertUsage(
        district("create", "--id", "Bad_ID", "--name", "N", "--contact-email", "a@b.org"),
        "^[a-z0-9][a-z0-9_-]{0,62}$");
    assertUsage(
        district("create", "--id", "ok", "--name", "N", "--contact-email", "nope"),
        "'nope' is not a valid address");
    assertUsage(
        district("create", "--id", "ok", "--name", "  ", "--contact-email", "a@b.org"),
        "name must not be blank");
    assertUsage(district("create", "--id", "ok", "--name", "N"), "--contact-email");
    assertUsage(
        district("set", "ok", "--threshold-percent", "150"), "between 0 and 100; found 150");
    assertUsage(district("set", "ok", "--threshold-percent", "ten"), "'ten' is not a number");
    assertUsage(district("set", "ok", "--threshold-min", "-3"), "0 or more; found -3");
    assertUsage(district("set", "ok", "--strict", "maybe"), "'maybe' is not a boolean");
    assertUsage(district("set", "ok", "--interval", "8d"), "between 1m and 7d; found 8d");
    assertUsage(district("set", "ok"), "nothing to change");
    assertUsage(district("show", "Not An Id"), "is not valid");
    assertUsage(district("list", "--format", "csv"), "use text or json");
    assertUsage(Cli.run("district"), "Missing a command: create, list, show or set");
    assertUsage(
        Cli.run("district", "list", "--db-url", "mysql://db/rosterd"), "jdbc:postgresql://");
  }

  @Test
  void anUnknownDistrictIsRefusedWithExitTwo() {
    Cli.Run show = district("show", "ghost");
    Cli.Run set = district("set", "ghost", "--paused", "true");

    for (Cli.Run run : List.of(show, set)) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("no district 'ghost'", "rosterd district list");
    }
  }

  @Test
  void showsADistrict() throws Exception {
    create("shown");

    Cli.Run text = district("show", "shown");
    Cli.Run json = district("show", "shown", "--format", "json");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).startsWith("District shown.").contains("strict mode:", "paused:");
    assertThat(json(json).get("district").get("id").asText()).isEqualTo("shown");
  }

  @Test
  void listsDistrictsAsATableOrJson() throws Exception {
    create("list-one");
    create("list-two");

    Cli.Run text = district("list");
    JsonNode json = json(district("list", "--format", "json"));

    assertThat(text.out())
        .startsWith("ID ")
        .contains("list-one", "list-two")
        .containsPattern("\\d+ districts\\.");
    List<String> ids = new ArrayList<>();
    json.get("districts").forEach(d -> ids.add(d.get("id").asText()));
    assertThat(ids).containsSubsequence("list-one", "list-two");
  }

  @Test
  void setChangesTheSettingsGivenAndKeepsTheOthers() throws Exception {
    create("set-d");

    Cli.Run text = district("set", "set-d", "--threshold-percent", "5%", "--strict", "true");
    JsonNode after =
        json(district(
                "set", "set-d", "--threshold-min", "50", "--paused", "TRUE", "--format", "json"))
            .get("district");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out())
        .startsWith("Updated district set-d.")
        .contains("more than 5% and at least 20");
    assertThat(after.get("thresholdPercent").decimalValue()).isEqualByComparingTo("5");
    assertThat(after.get("thresholdMin").asInt()).isEqualTo(50);
    assertThat(after.get("strict").asBoolean()).isTrue();
    assertThat(after.get("paused").asBoolean()).isTrue();
  }

  @Test
  void anUnreachableDatabaseIsExit69WithTheReason() {
    Cli.Run run = Cli.run("district", "list", "--db-url", "jdbc:postgresql://127.0.0.1:1/rosterd");

    assertThat(run.exitCode()).isEqualTo(69);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(
            "rosterd district list: could not connect to jdbc:postgresql://127.0.0.1:1/rosterd: ")
        .contains("refused");
  }

  @Test
  void helpListsTheCommandsAndOptions() {
    Cli.Run district = Cli.run("district", "--help");
    Cli.Run set = Cli.run("district", "set", "--help");

    assertThat(district.exitCode()).isZero();
    assertThat(district.out()).contains("create", "list", "show", "set");
    assertThat(set.out())
        .contains("--threshold-percent", "--data-dir", "--db-url", "ROSTERD_DB_URL", "Exit status");
  }

  private static void create(String id) {
    Cli.Run run =
        district(
            "create",
            "--id",
            id,
            "--name",
            "District " + id,
            "--contact-email",
            "it@" + id + ".org");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  /** Runs {@code rosterd district ARGS} on this class's database. */
  private static Cli.Run district(String... args) {
    List<String> all = new ArrayList<>(List.of("district"));
    all.addAll(List.of(args));
    all.addAll(POSTGRES.cliOptions());
    return Cli.run(all.toArray(String[]::new));
  }

  private static JsonNode json(Cli.Run run) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static void assertUsage(Cli.Run run, String explanation) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(64);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(explanation).contains("Usage: rosterd district");
  }
}
