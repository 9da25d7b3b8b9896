package io.rosterd.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC without the try/catch: a statement with its parameters in, mapped rows or a count out,
 * and any {@link SQLException} turned into a {@link StoreException} that names the SQL. Modelled on
 * db-scheduler's {@code JdbcRunner}. A {@code Jdbc} either borrows a pooled connection per call, or
 * (inside {@link #inTransaction}) runs every call on the transaction's one connection.
 */
public final class Jdbc {

  /** Rows fetched per round trip by {@link #forEachRow}, so a million-row read stays small. */
  private static final int STREAM_FETCH_SIZE = 10_000;

  private final DataSource dataSource;
  private final Connection transaction;

  public Jdbc(DataSource dataSource) {
    this(dataSource, null);
  }

  private Jdbc(DataSource dataSource, Connection transaction) {
    this.dataSource = dataSource;
    this.transaction = transaction;
  }

  /** Maps the current row of a result set; called once per row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Receives each row of a streamed result; must not keep the result set. */
  @FunctionalInterface
  public interface RowHandler {
    void handle(ResultSet row) throws SQLException;
  }

  /** Work on a raw connection: {@code COPY} through PgJDBC's {@code CopyManager}, say. */
  @FunctionalInterface
  public interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException, IOException;
  }

  /** Work inside one transaction, through a {@code Jdbc} bound to it. */
  @FunctionalInterface
  public interface TransactionWork<T> {
    T run(Jdbc transaction);
  }

  /** Every row of {@code sql}, mapped. Parameters bind to the {@code ?}s in order. */
  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
    return statement(
        sql,
        params,
        statement -> {
          List<T> rows = new ArrayList<>();
          try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
              rows.add(mapper.map(result));
            }
          }
          return rows;
        });
  }

  /** The one row of {@code sql}, or empty; more than one row is a mistake in the query. */
  public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
    List<T> rows = query(sql, mapper, params);
    if (rows.size() > 1) {
      throw new StoreException("expected at most one row, found " + rows.size(), sql, null);
    }
    return rows.stream().findFirst();
  }

  /**
   * Streams the rows of {@code sql} to {@code handler} without holding them: PostgreSQL sends them
   * in batches (which needs a transaction, so one is opened here when none is).
   */
  public void forEachRow(String sql, RowHandler handler, Object... params) {
    inTransaction(
        tx ->
            tx.statement(
                sql,
                params,
                statement -> {
                  statement.setFetchSize(STREAM_FETCH_SIZE);
                  try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                      handler.handle(result);
                    }
                  }
                  return null;
                }));
  }

  /** Runs an insert, update, delete or DDL statement; returns the number of rows changed. */
  public int update(String sql, Object... params) {
    return statement(sql, params, PreparedStatement::executeUpdate);
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   * Called inside a transaction, it joins that one.
   */
  public <T> T inTransaction(TransactionWork<T> work) {
    if (transaction != null) {
      return work.run(this);
    }
    return withConnection(connection -> Transactions.run(connection, dataSource, work));
  }

  /**
   * Runs {@code work} on a connection: the transaction's, or a pooled one returned afterwards.
   * {@link IOException}s (from a {@code COPY} stream) come out as {@link UncheckedIOException}.
   */
  public <T> T withConnection(ConnectionWork<T> work) {
    if (transaction != null) {
      return call(transaction, work, null);
    }
    try (Connection connection = dataSource.getConnection()) {
      return call(connection, work, null);
    } catch (SQLException e) {
      throw new DatabaseUnavailableException("could not get a database connection", e);
    }
  }

  private interface StatementWork<T> {
    T run(PreparedStatement statement) throws SQLException;
  }

  private <T> T statement(String sql, Object[] params, StatementWork<T> work) {
    return withConnection(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Parameters.bind(statement, params);
            return work.run(statement);
          } catch (SQLException e) {
            throw StoreException.of(e, sql);
          }
        });
  }

  private static <T> T call(Connection connection, ConnectionWork<T> work, String sql) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw StoreException.of(e, sql);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A {@code Jdbc} that runs every call on {@code connection}, inside its transaction. */
  static Jdbc boundTo(DataSource dataSource, Connection connection) {
    return new Jdbc(dataSource, connection);
  }

  /**
   * A {@code Jdbc} on a connection whose transaction the caller runs (a sync run, which also
   * streams COPY through the same connection).
   */
  public static Jdbc on(Connection connection) {
    return new Jdbc(null, connection);
  }
}
