package io.rosterd.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Flyway applies db/migration on open, once. */
final class MigrationTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  @Test
  void opensWithEveryTableOfTheSchema(Jdbc jdbc) {
    var tables =
        jdbc.query(
            "select table_name from information_schema.tables where table_schema = 'public'",
            row -> row.getString(1));

    assertThat(tables)
        .contains(
            "districts",
            "orgs",
            "users",
            "roles",
            "runs",
            "run_files",
            "run_issues",
            "changes",
            "flyway_schema_history");
  }

  @Test
  void recordsTheMigrationsItApplied(Jdbc jdbc) {
    var applied =
        jdbc.query(
            "select version from flyway_schema_history where success order by installed_rank",
            row -> row.getString(1));

    assertThat(applied).startsWith("1");
  }

  @Test
  void runsOnTheServerTheBuildAskedFor(Jdbc jdbc) {
    int port = jdbc.queryOne("select inet_server_port()", row -> row.getInt(1)).orElseThrow();
    String version = jdbc.queryOne("show server_version", row -> row.getString(1)).orElseThrow();

    System.out.printf(
        "store tests run on PostgreSQL %s, port %d (%s)%n",
        version, port, TestPostgres.external() ? "external" : "bundled");
    assertThat(POSTGRES.url()).contains(":" + port + "/");
  }

  @Test
  void reopeningAMigratedDatabaseChangesNothing(Jdbc jdbc) {
    int before = historyRows(jdbc);

    try (Database again = Database.external(POSTGRES.url(), POSTGRES.user(), POSTGRES.password())) {
      assertThat(again.jdbc().queryOne("select 1", row -> row.getInt(1))).contains(1);
    }

    assertThat(historyRows(jdbc)).isEqualTo(before);
  }

  private static int historyRows(Jdbc jdbc) {
    return jdbc.queryOne("select count(*) from flyway_schema_history", row -> row.getInt(1))
        .orElseThrow();
  }
}
