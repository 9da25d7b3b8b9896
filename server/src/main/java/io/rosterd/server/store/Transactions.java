package io.rosterd.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Begins, commits and rolls back a transaction on a pooled connection for {@link Jdbc}. */
final class Transactions {

  private Transactions() {}

  static <T> T run(Connection connection, DataSource dataSource, Jdbc.TransactionWork<T> work)
      throws SQLException {
    connection.setAutoCommit(false);
    try {
      T result = work.run(Jdbc.boundTo(dataSource, connection));
      connection.commit();
      return result;
    } catch (RuntimeException | Error failure) {
      rollback(connection, failure);
      throw failure;
    } finally {
      restoreAutoCommit(connection);
    }
  }

  // Quietly: a broken connection must not hide the outcome; the pool discards it.
  private static void restoreAutoCommit(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      // the connection is broken; the transaction's outcome was already decided above
    }
  }

  // A failed rollback must not hide the failure that caused it; the pool discards the connection.
  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
