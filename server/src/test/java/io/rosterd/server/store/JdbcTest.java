package io.rosterd.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;

/** The JDBC helper against a real PostgreSQL. */
final class JdbcTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  @BeforeAll
  static void table() {
    POSTGRES
        .jdbc()
        .update(
            "create table notes (id integer primary key, body text, tags text[], at timestamptz)");
  }

  @Test
  void bindsParametersAndMapsRows(Jdbc jdbc) {
    jdbc.update(
        "insert into notes values (?, ?, ?, ?)",
        1,
        "one",
        new String[] {"a", "b"},
        java.time.Instant.parse("2026-01-02T03:04:05Z"));
    jdbc.update("insert into notes (id, body) values (?, ?)", 2, null);

    List<String> bodies =
        jdbc.query(
            "select coalesce(body, '-') from notes where id <= 2 order by id", r -> r.getString(1));
    String tags =
        jdbc.queryOne(
                "select array_to_string(tags, ',') from notes where id = ?", r -> r.getString(1), 1)
            .orElseThrow();

    assertThat(bodies).containsExactly("one", "-");
    assertThat(tags).isEqualTo("a,b");
  }

  @Test
  void queryOneIsEmptyWithoutARowAndRefusesTwo(Jdbc jdbc) {
    jdbc.update("insert into notes (id) values (10), (11)");

    assertThat(jdbc.queryOne("select id from notes where id = 99", r -> r.getInt(1))).isEmpty();
    assertThatThrownBy(
            () -> jdbc.queryOne("select id from notes where id in (10, 11)", r -> r.getInt(1)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("at most one row");
  }

  @Test
  void aTransactionCommitsWhenItReturns(Jdbc jdbc) {
    int rows = jdbc.inTransaction(tx -> tx.update("insert into notes (id) values (20), (21)"));

    assertThat(rows).isEqualTo(2);
    assertThat(count(jdbc, "id between 20 and 21")).isEqualTo(2);
  }

  @Test
  void aTransactionRollsBackWhenItThrows(Jdbc jdbc) {
    assertThatThrownBy(
            () ->
                jdbc.inTransaction(
                    tx -> {
                      tx.update("insert into notes (id) values (30)");
                      return tx.update("insert into notes (id) values (30)");
                    }))
        .isInstanceOf(StoreException.class);

    assertThat(count(jdbc, "id = 30")).isZero();
  }

  @Test
  void aFailedStatementNamesItsSqlAndKind(Jdbc jdbc) {
    jdbc.update("insert into notes (id) values (40)");

    assertThatThrownBy(() -> jdbc.update("insert into notes (id) values (?)", 40))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> {
              assertThat(e.isUniqueViolation()).isTrue();
              assertThat(e.constraint()).isEqualTo("notes_pkey");
              assertThat(e.sql()).isEqualTo("insert into notes (id) values (?)");
              assertThat(e.getMessage()).contains("duplicate key", "[SQL: insert into notes");
            });
  }

  @Test
  void streamsRowsAndCopiesInsideATransaction(Jdbc jdbc) {
    jdbc.inTransaction(
        tx ->
            tx.withConnection(
                c ->
                    c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                            "copy notes (id, body) from stdin (format csv)",
                            new StringReader("100,x\n101,y\n102,z\n"))));
    List<String> seen = new ArrayList<>();

    jdbc.forEachRow(
        "select body from notes where id >= ? order by id", r -> seen.add(r.getString(1)), 100);

    assertThat(seen).containsExactly("x", "y", "z");
  }

  private static int count(Jdbc jdbc, String where) {
    return jdbc.queryOne("select count(*) from notes where " + where, r -> r.getInt(1))
        .orElseThrow();
  }
}
