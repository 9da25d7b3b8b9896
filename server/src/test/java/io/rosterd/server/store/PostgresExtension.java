package io.rosterd.server.store;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A fresh, migrated database for a test class, on the test JVM's one PostgreSQL ({@link
 * TestPostgres}: bundled, or external through {@code ROSTERD_TEST_DB_URL}). Classes never see each
 * other's rows; tests within a class share the database, so they use their own ids. Register it as
 * a static field:
 *
 * <pre>{@code
 * @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
 * }</pre>
 *
 * Test methods and constructors may also take a {@link Database} or {@link Jdbc} parameter.
 */
public final class PostgresExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

  private TestPostgres server;
  private String name;
  private Database database;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = TestPostgres.get();
    name = databaseName(context.getRequiredTestClass());
    server.createDatabase(name);
    database = Database.external(url(), server.user(), server.password());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    database.close();
    server.dropDatabase(name);
  }

  public Database database() {
    return database;
  }

  public Jdbc jdbc() {
    return database.jdbc();
  }

  /** The JDBC URL of this class's database. */
  public String url() {
    return server.urlOf(name);
  }

  public String user() {
    return server.user();
  }

  public String password() {
    return server.password();
  }

  /** The options that point a rosterd command at this class's database. */
  public List<String> cliOptions() {
    return List.of(
        "--db-url", url(), "--db-user", server.user(), "--db-password", server.password());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Database.class || type == Jdbc.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Database.class ? database : database.jdbc();
  }

  private static String databaseName(Class<?> testClass) {
    String simple = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    return "rosterd_test_" + simple.substring(0, Math.min(simple.length(), 40)) + "_" + suffix;
  }
}
