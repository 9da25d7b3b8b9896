package io.rosterd.server.api;

import io.rosterd.server.store.PostgresExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Another transaction's lock on the users table, which a run's writes wait for until it is closed:
 * how a test makes a run outlast a wait the way a busy database would.
 */
final class UsersTableLock implements AutoCloseable {
  private final Connection connection;

  UsersTableLock(PostgresExtension postgres) {
    try {
      connection = postgres.database().dataSource().getConnection();
      connection.setAutoCommit(false);
      try (Statement lock = connection.createStatement()) {
        lock.execute("lock table users in share mode");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try (connection) {
      connection.rollback();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
