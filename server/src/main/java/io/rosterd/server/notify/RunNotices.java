package io.rosterd.server.notify;

import io.rosterd.server.district.ContactStore;
import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.district.Topic;
import io.rosterd.server.schedule.RunObserver;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.RunStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emails about runs: to the district's contacts who chose them when a run is held, rejected or
 * skipped rows for errors; to support when a run failed. Never lets a mail problem reach the run:
 * the run is done and recorded whatever happens here.
 */
public final class RunNotices implements RunObserver {
  private static final Logger LOG = LoggerFactory.getLogger(RunNotices.class);

  private final Jdbc jdbc;
  private final PostOffice post;
  private final Clock clock;

  public RunNotices(Jdbc jdbc, PostOffice post, Clock clock) {
    this.jdbc = jdbc;
    this.post = post;
    this.clock = clock;
  }

  @Override
  public void finished(RunOutcome run, Duration took) {
    try {
      email(run).ifPresent(post::send);
    } catch (RuntimeException e) {
      LOG.error("could not email about run {} of district {}", run.run(), run.district(), e);
    }
  }

  @Override
  public void failed(String district, RuntimeException error) {
    String support = post.settings().supportEmail();
    if (support == null) {
      return; // the scheduler logs the failure; nobody to email
    }
    try {
      // Only the exception's type: its message may quote SQL or file contents.
      post.send(
          SupportMails.runFailed(
              support, district, null, error.getClass().getSimpleName(), clock.instant()));
    } catch (RuntimeException e) {
      LOG.error("could not email support about a failed run of district {}", district, e);
    }
  }

  private Optional<Email> email(RunOutcome run) {
    if (run.run() == null) {
      return Optional.empty(); // a dry run: nothing happened
    }
    if (run.status() == RunStatus.FAILED) {
      String support = post.settings().supportEmail();
      return Optional.ofNullable(support)
          .map(
              to ->
                  SupportMails.runFailed(
                      to, run.district(), run.run(), "it was marked failed", clock.instant()));
    }
    Topic topic = topic(run);
    if (topic == null || (topic == Topic.ERRORS && repeatsLastRun(run))) {
      return Optional.empty();
    }
    Optional<District> district = new DistrictStore(jdbc).find(run.district());
    List<String> to = new ContactStore(jdbc).addressesFor(run.district(), topic);
    String link = post.settings().link("/runs/" + run.run()); // the run page, for people
    return district.map(d -> RunMails.toContacts("run." + topic.label(), d, run, to, link));
  }

  /**
   * The same files with the same errors as the district's previous run: an export job that sends
   * its files every hour unchanged would otherwise email the same errors every hour.
   */
  private boolean repeatsLastRun(RunOutcome run) {
    String files =
        "(select string_agg(name || ' ' || size || ' ' || sha256, ',' order by name)"
            + " from run_files where run_id = %s)";
    return jdbc.queryOne(
            "select r.status = 'applied_with_errors' and r.error_count = ?"
                + " and "
                + String.format(files, "r.id")
                + " = "
                + String.format(files, "?")
                + " from runs r where r.district_id = ? and r.id < ?"
                + " and r.status not in ('running', 'failed') order by r.id desc limit 1",
            rows -> rows.getBoolean(1),
            run.issueCounts().errors(),
            run.run(),
            run.district(),
            run.run())
        .orElse(false);
  }

  private static Topic topic(RunOutcome run) {
    return switch (run.status()) {
      case HELD -> Topic.HELD;
      case REJECTED -> Topic.REJECTED;
      case APPLIED_WITH_ERRORS -> Topic.ERRORS;
      default -> run.issueCounts().errors() > 0 ? Topic.ERRORS : null;
    };
  }
}
