package io.rosterd.server.sync;

import io.rosterd.server.store.Jdbc;
import javax.sql.DataSource;

/** Runs raw-connection work in one transaction, through the store's JDBC helper. */
final class Tx {
  private Tx() {}

  static <T> T run(DataSource db, Jdbc.ConnectionWork<T> work) {
    return new Jdbc(db).inTransaction(tx -> tx.withConnection(work));
  }
}
