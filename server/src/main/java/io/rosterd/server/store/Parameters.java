package io.rosterd.server.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Binds {@link Jdbc}'s parameters: what PgJDBC's {@code setObject} takes, plus a few Java types.
 */
final class Parameters {

  private Parameters() {}

  static void bind(PreparedStatement statement, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      bind(statement, i + 1, params[i]);
    }
  }

  private static void bind(PreparedStatement statement, int index, Object value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NULL);
    } else if (value instanceof Instant instant) {
      statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    } else if (value instanceof String[] texts) {
      statement.setArray(index, statement.getConnection().createArrayOf("text", texts));
    } else {
      statement.setObject(index, value);
    }
  }
}
