package io.rosterd.server.cli;

import io.rosterd.server.store.Database;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where the database is: the options every command that reads or writes the store takes (a picocli
 * mixin). Without {@code --db-url}, the bundled PostgreSQL on the data directory.
 */
public final class StoreOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "${env:ROSTERD_DATA_DIR:-./data}",
      description =
          "rosterd's data folder, default ${DEFAULT-VALUE} (env ROSTERD_DATA_DIR). The bundled"
              + " PostgreSQL keeps its data in DIR/postgres.")
  private Path dataDir;

  @Option(
      names = "--db-url",
      paramLabel = "URL",
      defaultValue = "${env:ROSTERD_DB_URL}",
      description =
          "Use this PostgreSQL instead of the bundled one, e.g."
              + " jdbc:postgresql://db.example.org:5432/rosterd. Env ROSTERD_DB_URL.")
  private String dbUrl;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      defaultValue = "${env:ROSTERD_DB_USER}",
      description = "User for --db-url. Env ROSTERD_DB_USER.")
  private String dbUser;

  @Option(
      names = "--db-password",
      paramLabel = "PASSWORD",
      defaultValue = "${env:ROSTERD_DB_PASSWORD}",
      description =
          "Password for --db-url. Prefer the env ROSTERD_DB_PASSWORD: other users can see a"
              + " command line.")
  private String dbPassword;

  /** The data folder: the bundled database, and the archive of every run's files. */
  public Path dataDir() {
    return dataDir;
  }

  /** Opens (and migrates) the database these options name. */
  public Database open() {
    if (dbUrl == null || dbUrl.isBlank()) {
      return Database.embedded(dataDir);
    }
    return Database.external(dbUrl.strip(), dbUser, dbPassword);
  }

  /** Refuses a {@code --db-url} that is not a PostgreSQL JDBC URL, before connecting. */
  void check() {
    if (dbUrl != null && !dbUrl.isBlank() && !dbUrl.strip().startsWith("jdbc:postgresql:")) {
      throw new ParameterException(
          command.commandLine(),
          "--db-url must be a PostgreSQL JDBC URL like jdbc:postgresql://host:5432/rosterd; found '"
              + dbUrl
              + "'");
    }
  }
}
