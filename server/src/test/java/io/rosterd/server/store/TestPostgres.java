package io.rosterd.server.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one PostgreSQL server of this test JVM, started on first use: the bundled one (stopped when
 * the JVM exits), or the external one named by {@code ROSTERD_TEST_DB_URL} (a system property or an
 * environment variable, with {@code _USER} and {@code _PASSWORD}). Its user must be allowed to
 * create databases: each test class gets its own.
 */
final class TestPostgres {

  static final String URL_SETTING = "ROSTERD_TEST_DB_URL";
  private static final Pattern JDBC_URL =
      Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");
  private static TestPostgres server;

  private final String adminUrl;
  private final String user;
  private final String password;

  private TestPostgres(String adminUrl, String user, String password) {
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password;
  }

  static synchronized TestPostgres get() {
    if (server == null) {
      String external = setting(URL_SETTING);
      server = external == null ? embedded() : external(external);
    }
    return server;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  /** True when the tests run against an external server rather than the bundled one. */
  static boolean external() {
    return setting(URL_SETTING) != null;
  }

  void createDatabase(String name) {
    admin("create database \"" + name + "\"");
  }

  /**
   * Drops a test's database. On an external server the test role may not end an autovacuum worker
   * (a superuser's process) that busy tests woke up on it, so the drop waits a little for it.
   */
  void dropDatabase(String name) {
    String sql = "drop database if exists \"" + name + "\" with (force)";
    for (int attempt = 1; ; attempt++) {
      try {
        admin(sql);
        return;
      } catch (RuntimeException e) {
        if (attempt == 20) {
          throw e;
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** The URL of database {@code name} on this server. */
  String urlOf(String name) {
    Matcher url = JDBC_URL.matcher(adminUrl);
    if (!url.matches()) {
      throw new IllegalStateException(
          URL_SETTING + " is not a jdbc:postgresql:// URL: " + adminUrl);
    }
    return url.group(1) + "/" + name + (url.group(3) == null ? "" : url.group(3));
  }

  private void admin(String sql) {
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw StoreException.of(e, sql);
    }
  }

  private static TestPostgres embedded() {
    try {
      // zonky's defaults (fsync off, a temporary data directory) suit tests: fast, nothing kept.
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      return new TestPostgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the test PostgreSQL", e);
    }
  }

  private static TestPostgres external(String url) {
    String user = setting(URL_SETTING.replace("URL", "USER"));
    String password = setting(URL_SETTING.replace("URL", "PASSWORD"));
    return new TestPostgres(url, user, password == null ? "" : password);
  }

  private static String setting(String name) {
    String value = System.getProperty(name, System.getenv(name));
    return value == null || value.isBlank() ? null : value.strip();
  }
}
