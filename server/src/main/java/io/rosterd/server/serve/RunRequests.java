package io.rosterd.server.serve;

import io.javalin.http.ServiceUnavailableResponse;
import io.rosterd.server.concurrent.Threads;
import io.rosterd.server.district.District;
import io.rosterd.server.schedule.Attempt;
import io.rosterd.server.schedule.DistrictRunner;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.sync.DistrictClaim;
import io.rosterd.server.sync.RunConflict;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.SyncException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runs a person asks for over HTTP — run now, approve — for the API and the pages alike. The
 * request takes the district's claim itself (a busy district is a conflict at once), then hands the
 * claim and the run to a worker of its own and waits for it only so long: a large district's first
 * load takes over a minute, longer than a reverse proxy commonly waits for an answer, and a proxy's
 * timeout must not look like a failed run. A run still going on after the wait goes on, and the
 * answer says which run to follow. A stop lets these runs finish within the shutdown grace, as it
 * does scheduled runs.
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
  private volatile boolean stopping;

  /**
   * @param answerWithin how long a request waits for its run before answering that it goes on
   */
  public RunRequests(DataSource database, DistrictRunner runner, Duration answerWithin) {
    this.database = database;
    this.runner = runner;
    this.answerWithin = answerWithin;
  }

  /**
   * What a request gets: the finished result, or the run still going on (null in the rare case that
   * it has not been recorded yet: its files are still being taken).
   */
  public record Answer<T>(Optional<T> finished, Long goingOn) {}

  /**
   * Looks at the district's drop box now and runs what is there, as {@code runs start} does.
   *
   * @throws RunConflict when another run of the district is still going on after a short wait
   */
  public Answer<Attempt> runNow(District district) {
    DistrictClaim claim = claim(district.id());
    // Under the claim no other run of the district can start: a newer run is this request's.
    long before = newestRunOf(district.id()).orElse(0L);
    Future<Attempt> work =
        submit(claim, held -> runner.attempt(held, district, null), "run now", district);
    return await(work, () -> firstRunAfter(district.id(), before));
  }

  /**
   * Applies a held run past its guard, as {@code runs approve} does.
   *
   * @throws RunConflict when another run of the district is still going on after a short wait
   */
  public Answer<RunOutcome> approve(District district, long run) {
    DistrictClaim claim = claim(district.id());
    Future<RunOutcome> work =
        submit(claim, held -> runner.approve(held, district, run), "approval", district);
    return await(work, () -> run);
  }

  /** Drops a held run and writes the district's reports: quick, so done within the request. */
  public RunOutcome discard(String district, long run) {
    return runner.discard(district, run);
  }

  private DistrictClaim claim(String district) {
    if (stopping) {
      throw stoppingNow();
    }
    return DistrictClaim.take(database, district, CLAIM_WAIT)
        .orElseThrow(
            () ->
                new RunConflict(
                    "another run of district "
                        + district
                        + " is going on; try again when it has finished"));
  }

  /** Hands the claim to a worker, which releases it when the run is done. */
  private <T> Future<T> submit(
      DistrictClaim claim, Function<DistrictClaim, T> run, String what, District district) {
    try {
      return workers.submit(
          () -> {
            try (claim) {
              return run.apply(claim);
            } catch (RunConflict e) { // decided meanwhile (discarded, superseded): nothing failed
              throw e;
            } catch (RuntimeException e) { // nobody may be waiting any more: it is logged here
              LOG.error("the {} of district {} failed: {}", what, district.id(), e.getMessage(), e);
              throw e;
            }
          });
    } catch (RejectedExecutionException e) {
      claim.close();
      throw stoppingNow();
    }
  }

  private <T> Answer<T> await(Future<T> work, Supplier<Long> goingOn) {
    try {
      return new Answer<>(
          Optional.of(work.get(answerWithin.toMillis(), TimeUnit.MILLISECONDS)), null);
    } catch (TimeoutException e) {
      Long run = goingOn.get();
      // It may have finished while the run was looked up: then the answer is the result.
      return work.isDone() ? await(work, goingOn) : new Answer<>(Optional.empty(), run);
    } catch (InterruptedException e) { // the HTTP server is stopping; the run goes on
      Thread.currentThread().interrupt();
      return new Answer<>(Optional.empty(), goingOn.get());
    } catch (ExecutionException e) {
      if (stopping) { // cut short by the stop: left running, and redone when rosterd starts
        return new Answer<>(Optional.empty(), goingOn.get());
      }
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new SyncException("the run could not be carried out: " + e.getCause(), e.getCause());
    }
  }

  private Optional<Long> newestRunOf(String district) {
    return new Jdbc(database)
        .queryOne("select max(id) from runs where district_id = ?", r -> r.getLong(1), district);
  }

  private Long firstRunAfter(String district, long before) {
    return new Jdbc(database)
        .queryOne(
            "select coalesce(min(id), 0) from runs where district_id = ? and id > ?",
            r -> r.getLong(1),
            district,
            before)
        .filter(id -> id > 0)
        .orElse(null);
  }

  private static ServiceUnavailableResponse stoppingNow() {
    return new ServiceUnavailableResponse("rosterd is stopping; ask again when it is back");
  }

  /** Takes no more requests: from now on they are answered 503. */
  public void stopTaking() {
    stopping = true;
    workers.shutdown();
  }

  /**
   * Lets the runs going on finish until {@code grace} has passed; after that they are interrupted
   * and left running, to be redone when rosterd starts again.
   */
  public void awaitRuns(Duration grace) {
    stopTaking();
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
