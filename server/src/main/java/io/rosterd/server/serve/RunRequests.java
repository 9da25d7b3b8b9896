package io.rosterd.server.serve;

import io.javalin.http.ServiceUnavailableResponse;
import io.rosterd.server.concurrent.Threads;
import io.rosterd.server.district.District;
import io.rosterd.server.schedule.Attempt;
import io.rosterd.server.schedule.DistrictRunner;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.sync.DistrictClaim;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.SyncException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runs a person asks for over HTTP — run now, approve — for the API and the pages alike. Each
 * is done on a worker of its own and the request waits for it only so long: a large district's
 * first load takes over a minute, longer than a reverse proxy commonly waits for an answer, and a
 * proxy's timeout must not look like a failed run. A run still going on after the wait goes on, and
 * the answer says which run to follow. A stop lets these runs finish within the shutdown grace, as
 * it does scheduled runs.
 */
public final class RunRequests {
  /** Below the 30–60 seconds that reverse proxies commonly wait for an answer. */
  public static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);

  /** An HTTP caller hears "busy, try again" rather than waiting out another district run. */
  private static final Duration CLAIM_WAIT = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(RunRequests.class);

  private final DataSource database;
  private final DistrictRunner runner;
  private final Duration answerWithin;
  private final ExecutorService workers =
      Executors.newCachedThreadPool(Threads.named("rosterd-asked-run"));

  /**
   * @param answerWithin how long a request waits for its run before answering that it goes on
   */
  public RunRequests(DataSource database, DistrictRunner runner, Duration answerWithin) {
    this.database = database;
    this.runner = runner;
    this.answerWithin = answerWithin;
  }

  /**
   * What a request gets: the finished result, or the run still going on (null if it has not started
   * yet: its files are still being taken).
   */
  public record Answer<T>(Optional<T> finished, Long goingOn) {}

  /** Looks at the district's drop box now and runs what is there, as {@code runs start} does. */
  public Answer<Attempt> runNow(District district) {
    Future<Attempt> run =
        submit(
            () -> {
              try (DistrictClaim claim = claim(district.id())) {
                return runner.attempt(claim, district, null);
              }
            });
    return await(run, () -> runningRunOf(district.id()));
  }

  /** Applies a held run past its guard, as {@code runs approve} does. */
  public Answer<RunOutcome> approve(District district, long run) {
    Future<RunOutcome> approval =
        submit(
            () -> {
              try (DistrictClaim claim = claim(district.id())) {
                return runner.approve(claim, district, run);
              }
            });
    return await(approval, () -> run);
  }

  private <T> Future<T> submit(Callable<T> work) {
    try {
      return workers.submit(work);
    } catch (RejectedExecutionException e) {
      throw new ServiceUnavailableResponse("rosterd is stopping; ask again when it is back");
    }
  }

  private <T> Answer<T> await(Future<T> work, java.util.function.Supplier<Long> goingOn) {
    try {
      return new Answer<>(
          Optional.of(work.get(answerWithin.toMillis(), TimeUnit.MILLISECONDS)), null);
    } catch (TimeoutException e) {
      return new Answer<>(Optional.empty(), goingOn.get());
    } catch (InterruptedException e) { // the HTTP server is stopping; the run goes on
      Thread.currentThread().interrupt();
      return new Answer<>(Optional.empty(), goingOn.get());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new SyncException("the run could not be carried out: " + e.getCause(), e.getCause());
    }
  }

  private DistrictClaim claim(String district) {
    return DistrictClaim.take(database, district, CLAIM_WAIT)
        .orElseThrow(
            () ->
                new SyncException(
                    "another run of district "
                        + district
                        + " is going on; try again when it has finished"));
  }

  /** The district's run in progress: the one this request started, as it holds the claim. */
  private Long runningRunOf(String district) {
    return new Jdbc(database)
        .queryOne(
            "select id from runs where district_id = ? and status = 'running'"
                + " order by id desc limit 1",
            r -> r.getLong(1),
            district)
        .orElse(null);
  }

  /** Takes no more requests. */
  public void stopTaking() {
    workers.shutdown();
  }

  /**
   * Lets the runs going on finish until {@code grace} has passed; after that they are abandoned,
   * and redone when rosterd starts again.
   */
  public void awaitRuns(Duration grace) {
    workers.shutdown();
    try {
      if (!workers.awaitTermination(Math.max(0, grace.toMillis()), TimeUnit.MILLISECONDS)) {
        LOG.warn(
            "runs asked for over HTTP still going on; abandoning them: they are redone on start");
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
