package io.rosterd.server.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.store.PostgresExtension;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** V4 gives every district that existed before it an SFTP account, without a password. */
final class CredentialsMigrationTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  private static final String SCHEMA = "before_credentials";

  @Test
  void districtsFromBeforeGetAnAccountWithoutAPassword() {
    flyway().target("3").load().migrate();
    POSTGRES
        .jdbc()
        .update(
            "insert into "
                + SCHEMA
                + ".districts (id, name, contact_email) values ('old-one', 'Old', 'it@old.org')");

    flyway().target("4").load().migrate(); // V7 moved the lockout columns to their own table

    var account =
        POSTGRES
            .jdbc()
            .queryOne(
                "select username, enabled, password_hash is null, failed_attempts, locked_until"
                    + " from "
                    + SCHEMA
                    + ".sftp_accounts where district_id = 'old-one'",
                row ->
                    row.getString(1)
                        + " "
                        + row.getBoolean(2)
                        + " "
                        + row.getBoolean(3)
                        + " "
                        + row.getInt(4)
                        + " "
                        + row.getObject(5));
    assertThat(account).contains("old-one true true 0 null");
  }

  /** Flyway on a schema of its own in this class's database, so the steps can be taken apart. */
  private static FluentConfiguration flyway() {
    return Flyway.configure()
        .dataSource(POSTGRES.url(), POSTGRES.user(), POSTGRES.password())
        .schemas(SCHEMA)
        .locations("classpath:db/migration");
  }
}
