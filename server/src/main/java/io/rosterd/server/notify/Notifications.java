package io.rosterd.server.notify;

import io.rosterd.server.concurrent.Threads;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.store.ServerSettings;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * rosterd's emails as {@code rosterd serve} runs them: the post office (sending and retrying), the
 * run notices the scheduler tells, and a look for stale districts every 15 minutes.
 */
public final class Notifications implements AutoCloseable {
  private static final long STALE_CHECK_MINUTES = 15;

  private final PostOffice post;
  private final RunNotices runs;
  private final StaleDistricts stale;
  private final ScheduledExecutorService checker =
      Executors.newSingleThreadScheduledExecutor(Threads.named("rosterd-stale-check"));

  public Notifications(Jdbc jdbc, MailSettings settings, Clock clock) {
    this(new PostOffice(jdbc, settings), jdbc, clock);
  }

  private Notifications(PostOffice post, Jdbc jdbc, Clock clock) {
    this.post = post;
    this.runs = new RunNotices(jdbc, post, clock);
    this.stale = new StaleDistricts(jdbc, post, clock);
  }

  /**
   * For a command (import, runs start, runs approve): its run emails wait in the outbox for {@code
   * rosterd serve} to send, with links to the public URL the last {@code rosterd serve} on this
   * database was started with; else {@code ROSTERD_PUBLIC_URL}; else {@code http://localhost:8080}.
   */
  public static Notifications forCommandLine(Jdbc jdbc, Clock clock) {
    String url =
        new ServerSettings(jdbc)
            .get(ServerSettings.PUBLIC_URL)
            .orElse(System.getenv().getOrDefault("ROSTERD_PUBLIC_URL", "http://localhost:8080"));
    return new Notifications(new PostOffice(jdbc, MailSettings.logOnly(url), true), jdbc, clock);
  }

  public PostOffice post() {
    return post;
  }

  public RunNotices runs() {
    return runs;
  }

  public StaleDistricts stale() {
    return stale;
  }

  public void start() {
    post.start();
    checker.scheduleWithFixedDelay(
        stale::checkLogged, STALE_CHECK_MINUTES, STALE_CHECK_MINUTES, TimeUnit.MINUTES);
  }

  @Override
  public void close() {
    checker.shutdownNow();
    post.close();
  }
}
