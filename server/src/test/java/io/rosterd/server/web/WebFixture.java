package io.rosterd.server.web;

import io.rosterd.server.api.ApiServer;
import io.rosterd.server.credentials.PasswordHasher;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.serve.ServeConfig;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.RunPipeline;
import io.rosterd.server.sync.RunSource;
import io.rosterd.server.sync.Runs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A running rosterd (SFTP, scheduler, HTTP with the pages) on a test database, with web accounts
 * and roster files made up on the spot.
 */
final class WebFixture implements AutoCloseable {
  static final String PASSWORD = "correct horse battery staple";
  static final String HEADER = "sourcedId,enabledUser,givenName,familyName,email\n";

  final PostgresExtension postgres;
  final Path dataDir;
  final ApiServer server;

  WebFixture(PostgresExtension postgres, Path dataDir) {
    this(postgres, dataDir, config -> config);
  }

  /** With {@code adjust} changing the configuration: smaller upload limits, say. */
  WebFixture(PostgresExtension postgres, Path dataDir, UnaryOperator<ServeConfig> adjust) {
    this.postgres = postgres;
    this.dataDir = dataDir;
    this.server = new ApiServer(postgres, dataDir, Clock.systemUTC(), adjust);
  }

  int port() {
    return server.service().httpPort();
  }

  void district(String id) {
    server.createDistrict(id);
  }

  /** A web account with {@link #PASSWORD}; district null for support. */
  void account(String email, String district) {
    new WebUserStore(postgres.jdbc()).create(email, district, new PasswordHasher().hash(PASSWORD));
  }

  /** users.csv with users 1 to n of the district. */
  static String users(String district, int n) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= n; i++) {
      csv.append(district)
          .append("-u")
          .append(i)
          .append(",true,Given")
          .append(i)
          .append(",Family,");
      csv.append(district).append(".u").append(i).append("@example.org\n");
    }
    return csv.toString();
  }

  /** Runs {@code usersCsv} for the district as {@code rosterd import} does. */
  RunOutcome importUsers(String district, String usersCsv, Path work) {
    return importFiles(district, Map.of("users.csv", usersCsv), work);
  }

  /** Runs these files (name to content) for the district, as {@code rosterd import} does. */
  RunOutcome importFiles(String district, Map<String, String> files, Path work) {
    try {
      Path folder = Files.createTempDirectory(work, "upload");
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(folder.resolve(file.getKey()), file.getValue());
      }
      var settings =
          Runs.settingsOf(new DistrictStore(postgres.jdbc()).find(district).orElseThrow());
      return new RunPipeline(postgres.database().dataSource(), dataDir)
          .run(settings, folder, RunSource.IMPORT, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many rows {@code sql} (a count) finds: to see that a refused form changed nothing. */
  long count(String sql, Object... args) {
    return postgres.jdbc().queryOne(sql, r -> r.getLong(1), args).orElseThrow();
  }

  long disabledUsers(String district) {
    return postgres
        .jdbc()
        .queryOne(
            "select count(*) from users where district_id = ? and not enabled",
            r -> r.getLong(1),
            district)
        .orElseThrow();
  }

  boolean activeUser(String district, String sourcedId) {
    return postgres
        .jdbc()
        .queryOne(
            "select enabled and status = 'active' from users where district_id = ? and sourced_id = ?",
            r -> r.getBoolean(1),
            district,
            sourcedId)
        .orElse(false);
  }

  @Override
  public void close() {
    server.close();
  }
}
