package io.rosterd.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reading columns whose Java type the driver does not give directly. */
public final class Columns {
  private Columns() {}

  /** A {@code timestamptz} column as an instant; null when the column is null. */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }
}
