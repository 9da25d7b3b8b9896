package io.rosterd.server.serve;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.rosterd.server.api.AccessRequestRoutes;
import io.rosterd.server.api.Api;
import io.rosterd.server.api.ContactRoutes;
import io.rosterd.server.api.CredentialLinkRoutes;
import io.rosterd.server.api.CredentialPage;
import io.rosterd.server.api.CredentialRoutes;
import io.rosterd.server.api.DistrictRoutes;
import io.rosterd.server.api.RunRecordRoutes;
import io.rosterd.server.api.RunRoutes;
import io.rosterd.server.api.TemplateRoutes;
import io.rosterd.server.api.TokenStore;
import io.rosterd.server.api.UploadRoutes;
import io.rosterd.server.api.UserRoutes;
import io.rosterd.server.credentials.DatabaseSftpAccounts;
import io.rosterd.server.credentials.SftpEndpoint;
import io.rosterd.server.http.Health;
import io.rosterd.server.http.HealthRoutes;
import io.rosterd.server.http.HttpServer;
import io.rosterd.server.http.MetricsRoutes;
import io.rosterd.server.http.RunMetrics;
import io.rosterd.server.http.StoredRunMetrics;
import io.rosterd.server.intake.Arrivals;
import io.rosterd.server.intake.DropBox;
import io.rosterd.server.intake.HostKeys;
import io.rosterd.server.intake.LocalDropBox;
import io.rosterd.server.intake.LoginLockouts;
import io.rosterd.server.intake.SftpServer;
import io.rosterd.server.intake.UploadReceiver;
import io.rosterd.server.intake.UploadStore;
import io.rosterd.server.notify.MailSettings;
import io.rosterd.server.notify.Notifications;
import io.rosterd.server.onboarding.CredentialChanges;
import io.rosterd.server.onboarding.Onboarding;
import io.rosterd.server.onboarding.RateLimit;
import io.rosterd.server.schedule.DistrictReports;
import io.rosterd.server.schedule.DistrictRunner;
import io.rosterd.server.schedule.LeftFiles;
import io.rosterd.server.schedule.RunObserver;
import io.rosterd.server.schedule.Scheduler;
import io.rosterd.server.store.Database;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.store.ServerSettings;
import io.rosterd.server.sync.ArchiveRetention;
import io.rosterd.server.sync.RunPipeline;
import io.rosterd.server.web.WebPages;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * rosterd running: the SFTP drop box, the scheduler and the HTTP side, on one database. Started by
 * {@code rosterd serve}, and in-process by the end-to-end tests on a clock they move.
 */
public final class Service implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Service.class);

  private final ServeConfig config;
  private final SftpServer sftp;
  private final HttpServer http;
  private final Api api;
  private final Scheduler scheduler;
  private final Notifications notifications;
  private final RunRequests requests;

  private Service(
      ServeConfig config,
      SftpServer sftp,
      HttpServer http,
      Api api,
      Scheduler scheduler,
      Notifications notifications,
      RunRequests requests) {
    this.config = config;
    this.sftp = sftp;
    this.http = http;
    this.api = api;
    this.scheduler = scheduler;
    this.notifications = notifications;
    this.requests = requests;
  }

  /**
   * Starts every part; the scheduler first finishes the runs a stopped rosterd left.
   *
   * @throws java.io.UncheckedIOException when the SFTP or HTTP address cannot be listened on
   */
  public static Service start(Database database, ServeConfig config, Clock clock) {
    DropBox dropBox = new LocalDropBox(config.dataDir());
    PrometheusRegistry metrics = new PrometheusRegistry();
    RunMetrics runMetrics = new RunMetrics(metrics);
    metrics.register(new StoredRunMetrics(database.jdbc()));
    Notifications notifications = new Notifications(database.jdbc(), config.mail(), clock);
    ServerSettings settings = new ServerSettings(database.jdbc());
    settings.put(ServerSettings.PUBLIC_URL, config.mail().publicUrl());
    settings.put(ServerSettings.REPORTS_KEPT, Integer.toString(config.schedule().reportsKept()));
    RunObserver observer = ((RunObserver) runMetrics::observe).andThen(notifications.runs());
    DistrictRunner runner = runner(database, config, dropBox, observer, clock);
    Scheduler scheduler =
        new Scheduler(
            database.dataSource(),
            runner,
            new ArchiveRetention(database.dataSource(), config.dataDir()),
            config.schedule(),
            clock);
    SftpServer sftp =
        SftpServer.start(
            config.sftp(),
            new DatabaseSftpAccounts(database.jdbc()),
            new LoginLockouts(database.jdbc()),
            dropBox,
            new UploadStore(database.jdbc()),
            clock);
    CredentialChanges changes = new CredentialChanges(database.jdbc(), notifications.post(), clock);
    CredentialLinkRoutes links =
        new CredentialLinkRoutes(database.jdbc(), changes, sftpEndpoint(config, sftp), clock);
    UploadReceiver uploads =
        new UploadReceiver(dropBox, sftp.limits(), new UploadStore(database.jdbc()), clock);
    Onboarding onboarding =
        new Onboarding(
            database.jdbc(), notifications.post(), changes, RateLimit.ACCESS_REQUESTS, clock);
    RunRequests requests = new RunRequests(database.dataSource(), runner, config.runAnswerWithin());
    Api api = api(database, config, requests, uploads, onboarding, changes, links, clock);
    // The pages share the API's services, so a form and an API call obey one set of rules.
    WebPages.Shared shared =
        new WebPages.Shared(uploads, onboarding, changes, requests, sftpEndpoint(config, sftp));
    HttpServer http;
    try {
      Health health = new Health(database.dataSource()).with("sftp", sftp::isOpen);
      http =
          HttpServer.start(
              config.httpBind(),
              config.httpPort(),
              config.behindProxy() ? HttpServer.Clients.BEHIND_PROXY : HttpServer.Clients.DIRECT,
              new HealthRoutes(health),
              new MetricsRoutes(metrics, java.util.Optional.ofNullable(config.metricsToken())),
              api,
              new CredentialPage(links),
              new WebPages(database, config, dropBox, shared, clock));
    } catch (RuntimeException e) {
      sftp.close();
      throw e;
    }
    if (config.metricsToken() == null) {
      LOG.info("/metrics is open to anyone who reaches it; --metrics-token closes it");
    }
    scheduler.start();
    notifications.start();
    return new Service(config, sftp, http, api, scheduler, notifications, requests);
  }

  private static Api api(
      Database database,
      ServeConfig config,
      RunRequests requests,
      UploadReceiver uploads,
      Onboarding onboarding,
      CredentialChanges changes,
      CredentialLinkRoutes links,
      Clock clock) {
    Jdbc jdbc = database.jdbc();
    return new Api(
        new TokenStore(jdbc),
        new DistrictRoutes(jdbc),
        new RunRoutes(database.dataSource(), requests),
        new RunRecordRoutes(jdbc),
        new UploadRoutes(jdbc, uploads, config.dataDir().resolve("http-uploads")),
        new UserRoutes(jdbc),
        new TemplateRoutes(),
        new AccessRequestRoutes(jdbc, onboarding),
        links,
        new CredentialRoutes(jdbc, changes, clock),
        new ContactRoutes(jdbc));
  }

  /** What a credential link tells a district: the public host name, the port, the host keys. */
  private static SftpEndpoint sftpEndpoint(ServeConfig config, SftpServer sftp) {
    return new SftpEndpoint(
        config.mail().publicHost(), sftp.port(), HostKeys.fingerprints(config.sftp().hostKeyDir()));
  }

  /** What runs a district's drop box: shared with {@code rosterd runs start}. */
  public static DistrictRunner runner(
      Database database, ServeConfig config, DropBox dropBox, RunObserver observer, Clock clock) {
    return new DistrictRunner(
        new RunPipeline(database.dataSource(), config.dataDir()),
        dropBox,
        new Arrivals(dropBox, new UploadStore(database.jdbc())),
        new DistrictReports(dropBox, clock, config.schedule().reportsKept()),
        new LeftFiles(database.jdbc()),
        observer,
        clock);
  }

  public int sftpPort() {
    return sftp.port();
  }

  public int httpPort() {
    return http.port();
  }

  /** The JSON API's routes, as served and documented. */
  public Api api() {
    return api;
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  /** Where emails go and what their links point at. */
  public MailSettings mailSettings() {
    return config.mail();
  }

  /** The emails: the outbox's sender, the run notices, the stale-district check. */
  public Notifications notifications() {
    return notifications;
  }

  /**
   * Stops taking new runs, lets the current ones finish (or abandons them), then closes SFTP and
   * HTTP. HTTP stays open meanwhile, so a request waiting for its run still gets the answer.
   */
  @Override
  public void close() {
    LOG.info("rosterd stopping");
    long deadline = System.nanoTime() + config.shutdownGrace().toNanos();
    requests.stopTaking();
    scheduler.close(config.shutdownGrace());
    requests.awaitRuns(Duration.ofNanos(deadline - System.nanoTime()));
    sftp.close();
    http.close();
    notifications.close();
  }
}
