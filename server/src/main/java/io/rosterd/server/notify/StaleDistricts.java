package io.rosterd.server.notify;

import io.rosterd.server.store.Jdbc;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells support about districts that have had no successful run for a while (default 48 hours): an
 * export job that stopped, a password that expired on the district's side. Once per district and
 * last success (the outbox's dedupe key), so a district stuck for a week is one email, not
 * hundreds. Paused districts are left out: support paused them.
 */
public final class StaleDistricts {
  private static final Logger LOG = LoggerFactory.getLogger(StaleDistricts.class);
  private static final String SELECT =
      "select d.id, d.name, d.created_at, (select max(r.finished_at) from runs r"
          + " where r.district_id = d.id"
          + " and r.status in ('applied', 'applied_with_errors', 'unchanged')) as last_success"
          + " from districts d where not d.paused order by d.id";

  private final Jdbc jdbc;
  private final PostOffice post;
  private final Clock clock;

  public StaleDistricts(Jdbc jdbc, PostOffice post, Clock clock) {
    this.jdbc = jdbc;
    this.post = post;
    this.clock = clock;
  }

  private record Row(String id, String name, Instant created, Instant lastSuccess) {
    Instant since() {
      return lastSuccess == null ? created : lastSuccess;
    }
  }

  /** Alerts support about each district stale now; returns the ids found stale. */
  public List<String> check() {
    Instant limit = clock.instant().minus(post.settings().staleAfter());
    List<Row> stale =
        jdbc
            .query(
                SELECT,
                r -> row(r.getString(1), r.getString(2), r.getTimestamp(3), r.getTimestamp(4)))
            .stream()
            .filter(row -> row.since().isBefore(limit))
            .toList();
    String support = post.settings().supportEmail();
    for (Row row : stale) {
      if (support == null) {
        LOG.warn("district {} has had no successful run since {}", row.id(), row.since());
      } else {
        post.post(
            jdbc,
            SupportMails.stale(
                support, row.id(), row.name(), row.lastSuccess(), row.created().toString()));
      }
    }
    post.deliverSoon();
    return stale.stream().map(Row::id).toList();
  }

  /** {@link #check}, logging instead of throwing: for the periodic job. */
  public void checkLogged() {
    try {
      check();
    } catch (RuntimeException e) {
      LOG.error("could not look for districts without a recent successful run: {}", e.getMessage());
    }
  }

  private static Row row(String id, String name, Timestamp created, Timestamp lastSuccess) {
    return new Row(
        id, name, created.toInstant(), lastSuccess == null ? null : lastSuccess.toInstant());
  }
}
