package io.rosterd.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * rosterd's PostgreSQL, open and migrated: a small connection pool, Flyway's migrations from {@code
 * db/migration} applied on open. Either an external server (production) or the bundled one on the
 * data directory, started or joined (see {@link EmbeddedServer}).
 */
public final class Database implements AutoCloseable {

  /** Several rosterd processes may share one server; each keeps few connections. */
  private static final int MAX_POOL_SIZE = 16;

  private final HikariDataSource pool;
  private final EmbeddedServer.Lease server; // null for an external server
  private final Jdbc jdbc;

  private Database(HikariDataSource pool, EmbeddedServer.Lease server) {
    this.pool = pool;
    this.server = server;
    this.jdbc = new Jdbc(pool);
  }

  /** Connects to the server at {@code url} (a {@code jdbc:postgresql:} URL) and migrates it. */
  public static Database external(String url, String user, String password) {
    return open(url, user, password, null);
  }

  /**
   * Connects to the bundled PostgreSQL on {@code dataDir}/postgres — starting it when no rosterd
   * process runs it yet — and migrates it. The last rosterd process to close it stops it.
   */
  public static Database embedded(Path dataDir) {
    EmbeddedServer.Lease server = EmbeddedServer.acquire(dataDir);
    String url = "jdbc:postgresql://localhost:" + server.port() + "/postgres";
    try {
      return open(url, ServerControl.USER, "", server);
    } catch (RuntimeException e) {
      server.release();
      throw e;
    }
  }

  public DataSource dataSource() {
    return pool;
  }

  public Jdbc jdbc() {
    return jdbc;
  }

  /** The JDBC URL connected to, as given. */
  public String url() {
    return pool.getJdbcUrl();
  }

  /** True when opening this database started the bundled server (rather than joining it). */
  public boolean startedServer() {
    return server != null && server.startedServer();
  }

  /** Closes the pool; stops the bundled server when no other rosterd process uses it. */
  @Override
  public void close() {
    pool.close();
    if (server != null) {
      server.release();
    }
  }

  private static Database open(
      String url, String user, String password, EmbeddedServer.Lease server) {
    HikariDataSource pool = pool(url, user, password);
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
    } catch (FlywayException e) {
      pool.close();
      throw new StoreException(
          "could not migrate the database at " + url + ": " + e.getMessage(), null, e);
    }
    return new Database(pool, server);
  }

  private static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("rosterd");
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(MAX_POOL_SIZE);
    config.setMinimumIdle(1);
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) { // Hikari's PoolInitializationException: cannot connect at all
      throw new DatabaseUnavailableException("could not connect to " + url, e);
    }
  }
}
