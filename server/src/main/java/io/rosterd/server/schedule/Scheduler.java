package io.rosterd.server.schedule;

import io.rosterd.server.concurrent.Threads;
import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.sync.ArchiveRetention;
import io.rosterd.server.sync.DistrictClaim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each district on its interval: every tick it looks for due districts and hands each to a
 * worker, which claims it (so no two processes run one district at once), looks at its drop box,
 * and sets when it is due next. Time comes from the injected clock, so tests move it.
 */
public final class Scheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
  private static final Duration MAX_JITTER = Duration.ofMinutes(5);
  private static final Duration PRUNE_EVERY = Duration.ofHours(1);

  private final DataSource database;
  private final DistrictStore districts;
  private final DistrictSchedule schedule;
  private final DistrictRunner runner;
  private final ArchiveRetention retention;
  private final ScheduleSettings settings;
  private final Clock clock;
  private final ExecutorService workers;
  private final ScheduledExecutorService ticker;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private Instant lastPrune; // only the tick thread reads and writes it

  public Scheduler(
      DataSource database,
      DistrictRunner runner,
      ArchiveRetention retention,
      ScheduleSettings settings,
      Clock clock) {
    this.database = database;
    Jdbc jdbc = new Jdbc(database);
    this.districts = new DistrictStore(jdbc);
    this.schedule = new DistrictSchedule(jdbc);
    this.runner = runner;
    this.retention = retention;
    this.settings = settings;
    this.clock = clock;
    this.workers = Executors.newFixedThreadPool(settings.workers(), Threads.named("rosterd-run"));
    this.ticker = Executors.newSingleThreadScheduledExecutor(Threads.named("rosterd-tick"));
  }

  /** Finishes the runs a stopped rosterd left, then ticks from now on, every {@code tick}. */
  public void start() {
    for (String district : schedule.withRunsLeftRunning()) {
      if (inFlight.add(district)) {
        workers.submit(() -> recover(district));
      }
    }
    long every = settings.tick().toMillis();
    ticker.scheduleWithFixedDelay(this::tickLogged, 0, every, TimeUnit.MILLISECONDS);
  }

  /** One tick: hands every due district not already running here to a worker. */
  public Map<String, Future<Attempt>> tick() {
    Map<String, Future<Attempt>> started = new LinkedHashMap<>();
    for (String district : schedule.due(clock.instant())) {
      if (inFlight.add(district)) {
        started.put(district, workers.submit(() -> runDue(district)));
      }
    }
    return started;
  }

  private void tickLogged() {
    try {
      tick();
      pruneArchivesHourly();
    } catch (RuntimeException e) { // the database away for a moment: the next tick tries again
      LOG.error("the scheduler could not look for due districts: {}", e.getMessage());
    }
  }

  /** Once an hour, deletes the archives of runs finished longer ago than the settings keep. */
  private void pruneArchivesHourly() {
    Instant now = clock.instant();
    if (lastPrune == null || !now.isBefore(lastPrune.plus(PRUNE_EVERY))) {
      lastPrune = now;
      retention.prune(now.minus(settings.archivesKept()));
    }
  }

  private Attempt runDue(String id) {
    try {
      Optional<DistrictClaim> claim = DistrictClaim.tryTake(database, id);
      if (claim.isEmpty()) {
        return Attempt.claimedElsewhere();
      }
      try (DistrictClaim held = claim.get()) {
        Optional<District> district = districts.find(id);
        // Another process may have run it between our look and our claim.
        if (district.isEmpty() || district.get().paused() || !schedule.isDue(id, clock.instant())) {
          return Attempt.claimedElsewhere();
        }
        Attempt attempt = attemptLogged(held, district.get());
        schedule.setNext(id, next(district.get(), attempt));
        return attempt;
      }
    } finally {
      inFlight.remove(id);
    }
  }

  private void recover(String id) {
    try (DistrictClaim claim = DistrictClaim.tryTake(database, id).orElse(null)) {
      if (claim != null) { // else another process holds it, and recovers it itself
        districts.find(id).ifPresent(district -> runner.recover(claim, district));
      }
    } catch (RuntimeException e) {
      LOG.error("could not finish the runs left running in district {}: {}", id, e.getMessage(), e);
    } finally {
      inFlight.remove(id);
    }
  }

  private Attempt attemptLogged(DistrictClaim claim, District district) {
    try {
      Attempt attempt = runner.attempt(claim, district, settings.quietPeriod());
      if (attempt.ran()) {
        LOG.atInfo()
            .addKeyValue("district", district.id())
            .addKeyValue("run", attempt.run().run())
            .addKeyValue("status", attempt.run().status().label())
            .log("run finished");
      }
      return attempt;
    } catch (RuntimeException e) { // recorded as a failed run; the district is tried next interval
      LOG.error("the run of district {} failed: {}", district.id(), e.getMessage(), e);
      return Attempt.nothingToRun(List.of(), false);
    }
  }

  private Instant next(District district, Attempt attempt) {
    Instant now = clock.instant();
    if (!attempt.quietFor().isZero()) {
      return now.plus(attempt.quietFor());
    }
    Duration interval =
        district.runInterval() == null ? settings.interval() : district.runInterval();
    return now.plus(interval).plus(jitter(interval));
  }

  /** Up to a tenth of the interval (at most 5 minutes), so districts drift apart. */
  private static Duration jitter(Duration interval) {
    long bound = Math.min(interval.toMillis() / 10, MAX_JITTER.toMillis());
    return Duration.ofMillis(bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound));
  }

  /** Stops ticking and lets the runs going on finish within {@code grace}; then abandons them. */
  public void close(Duration grace) {
    ticker.shutdownNow();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("runs still going on after {}; abandoning them: they are redone on start", grace);
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }
}
