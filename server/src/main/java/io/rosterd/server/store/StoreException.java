package io.rosterd.server.store;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A database statement failed. Unchecked, so callers handle only what they can act on (a unique
 * violation, say); it carries the SQL and PostgreSQL's SQLSTATE and constraint name as fields, the
 * way Jdbi's {@code StatementException} carries its statement context.
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final String UNIQUE_VIOLATION = "23505";

  private final String sql;
  private final String sqlState;
  private final String constraint;

  public StoreException(String message, String sql, Throwable cause) {
    super(message + (sql == null ? "" : " [SQL: " + oneLine(sql) + "]"), cause);
    this.sql = sql;
    this.sqlState = cause instanceof SQLException e ? e.getSQLState() : null;
    this.constraint = constraintOf(cause);
  }

  /** Wraps a failure of {@code sql}; the message is PostgreSQL's. */
  public static StoreException of(SQLException cause, String sql) {
    return new StoreException(String.valueOf(cause.getMessage()).strip(), sql, cause);
  }

  /** The statement that failed, or null when the failure was not in a statement. */
  public String sql() {
    return sql;
  }

  /** PostgreSQL's SQLSTATE code (e.g. 23505), or null. */
  public String sqlState() {
    return sqlState;
  }

  /** The name of the violated constraint or unique index, or null. */
  public String constraint() {
    return constraint;
  }

  /** True when a unique constraint or unique index refused the row. */
  public boolean isUniqueViolation() {
    return UNIQUE_VIOLATION.equals(sqlState);
  }

  private static String constraintOf(Throwable cause) {
    if (cause instanceof PSQLException e) {
      ServerErrorMessage server = e.getServerErrorMessage();
      return server == null ? null : server.getConstraint();
    }
    return null;
  }

  private static String oneLine(String sql) {
    return sql.strip().replaceAll("\\s+", " ");
  }
}
