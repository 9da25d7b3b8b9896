package io.rosterd.server.cli;

import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.district.Durations;
import io.rosterd.server.intake.SftpConfig;
import io.rosterd.server.notify.MailSettings;
import io.rosterd.server.notify.Tls;
import io.rosterd.server.schedule.ScheduleSettings;
import io.rosterd.server.serve.ServeConfig;
import io.rosterd.server.serve.Service;
import io.rosterd.server.store.Database;
import io.rosterd.server.store.DatabaseUnavailableException;
import io.rosterd.server.store.OnExit;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rosterd serve}: the SFTP drop box, the hourly runs and the HTTP side, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs rosterd: the SFTP drop box districts upload to, a run of each district's files about"
          + " once an hour (after its uploads have been quiet for a while), reports back into"
          + " each district's SFTP reports/ folder, and HTTP (/health, /metrics). Stops cleanly"
          + " on SIGTERM or Ctrl-C; runs left unfinished are redone on the next start.",
      "",
      "Each option can also be set by an environment variable (ROSTERD_ and the option's name,"
          + " e.g. ROSTERD_SFTP_PORT) or in a config file (--config, a properties file:"
          + " sftp-port = 2222). The command line wins over the environment, which wins over the"
          + " file. Durations are written like 90s, 2m, 1h, 7d."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:stopped",
      "64:bad usage or a bad config file",
      "69:the database could not be reached or started, or a port is taken",
      "70:rosterd failed"
    })
public final class ServeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Option(
      names = ConfigFile.OPTION,
      paramLabel = "FILE",
      description = "A properties file of option values (env ROSTERD_CONFIG).")
  private Path config;

  @Option(
      names = "--sftp-port",
      paramLabel = "PORT",
      defaultValue = "${env:ROSTERD_SFTP_PORT:-2222}",
      description = "The SFTP port, default ${DEFAULT-VALUE}.")
  private int sftpPort;

  @Option(
      names = "--sftp-bind",
      paramLabel = "ADDRESS",
      defaultValue = "${env:ROSTERD_SFTP_BIND:-0.0.0.0}",
      description = "The address SFTP listens on, default ${DEFAULT-VALUE} (all).")
  private String sftpBind;

  @Option(
      names = "--http-port",
      paramLabel = "PORT",
      defaultValue = "${env:ROSTERD_HTTP_PORT:-8080}",
      description = "The HTTP port, default ${DEFAULT-VALUE}.")
  private int httpPort;

  @Option(
      names = "--http-bind",
      paramLabel = "ADDRESS",
      defaultValue = "${env:ROSTERD_HTTP_BIND:-0.0.0.0}",
      description = "The address HTTP listens on, default ${DEFAULT-VALUE} (all).")
  private String httpBind;

  @Option(
      names = "--behind-proxy",
      arity = "1",
      paramLabel = "true|false",
      defaultValue = "${env:ROSTERD_BEHIND_PROXY:-false}",
      description =
          "HTTP is reached through a reverse proxy only: take each client's address from the last"
              + " X-Forwarded-For entry (for rate limits and upload records). Default"
              + " ${DEFAULT-VALUE}; never set it when clients can reach the HTTP port directly.")
  private boolean behindProxy;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      converter = DurationText.class,
      defaultValue = "${env:ROSTERD_INTERVAL:-60m}",
      description =
          "How often each district's drop box is looked at, default ${DEFAULT-VALUE}; a district"
              + " may set its own ('rosterd district set ID --interval').")
  private Duration interval;

  @Option(
      names = "--quiet-period",
      paramLabel = "DURATION",
      converter = DurationText.class,
      defaultValue = "${env:ROSTERD_QUIET_PERIOD:-2m}",
      description =
          "Take a district's files only when nothing was written to its drop box for this long,"
              + " default ${DEFAULT-VALUE}.")
  private Duration quietPeriod;

  @Option(
      names = "--tick",
      paramLabel = "DURATION",
      converter = DurationText.class,
      defaultValue = "${env:ROSTERD_TICK:-15s}",
      description = "How often the scheduler looks for due districts, default ${DEFAULT-VALUE}.")
  private Duration tick;

  @Option(
      names = "--workers",
      paramLabel = "N",
      defaultValue = "${env:ROSTERD_WORKERS:-2}",
      description = "How many districts run at once in this process, default ${DEFAULT-VALUE}.")
  private int workers;

  @Option(
      names = "--reports-kept",
      paramLabel = "N",
      defaultValue = "${env:ROSTERD_REPORTS_KEPT:-100}",
      description =
          "How many runs' reports each district's reports/ folder keeps, default"
              + " ${DEFAULT-VALUE}.")
  private int reportsKept;

  @Option(
      names = "--archives-kept",
      paramLabel = "DURATION",
      converter = DurationText.class,
      defaultValue = "${env:ROSTERD_ARCHIVES_KEPT:-90d}",
      description =
          "How long the archived files of finished runs are kept, default ${DEFAULT-VALUE}.")
  private Duration archivesKept;

  @Option(
      names = "--shutdown-grace",
      paramLabel = "DURATION",
      converter = DurationText.class,
      defaultValue = "${env:ROSTERD_SHUTDOWN_GRACE:-30s}",
      description =
          "On a stop, how long to let the runs going on finish before abandoning them (they are"
              + " redone on the next start), default ${DEFAULT-VALUE}.")
  private Duration shutdownGrace;

  /** A stop longer than this is no stop; the largest district's first load takes minutes. */
  private static final Duration MAX_GRACE = Duration.ofHours(24);

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      defaultValue = "${env:ROSTERD_PUBLIC_URL:-http://localhost:8080}",
      description =
          "Where people reach rosterd's HTTP side, for the links in emails (credential links, runs);"
              + " its host name is also the SFTP host they are told. Default ${DEFAULT-VALUE}.")
  private String publicUrl;

  @Option(
      names = "--smtp-host",
      paramLabel = "HOST",
      defaultValue = "${env:ROSTERD_SMTP_HOST}",
      description =
          "The SMTP server emails are sent through. Without it, emails are logged (never a"
              + " secret) and kept in the outbox table.")
  private String smtpHost;

  @Option(
      names = "--smtp-port",
      paramLabel = "PORT",
      defaultValue = "${env:ROSTERD_SMTP_PORT:-587}",
      description = "The SMTP port, default ${DEFAULT-VALUE}.")
  private int smtpPort;

  @Option(
      names = "--smtp-tls",
      paramLabel = "MODE",
      defaultValue = "${env:ROSTERD_SMTP_TLS:-starttls}",
      description =
          "starttls (required, port 587), ssl (port 465) or none (a relay on this machine only),"
              + " default ${DEFAULT-VALUE}.")
  private String smtpTls;

  @Option(
      names = "--smtp-user",
      paramLabel = "USER",
      defaultValue = "${env:ROSTERD_SMTP_USER}",
      description = "The SMTP login, if the server wants one.")
  private String smtpUser;

  @Option(
      names = "--smtp-password",
      paramLabel = "PASSWORD",
      defaultValue = "${env:ROSTERD_SMTP_PASSWORD}",
      description =
          "The SMTP password; prefer the variable ROSTERD_SMTP_PASSWORD: other users can read a"
              + " command line.")
  private String smtpPassword;

  @Option(
      names = "--metrics-token",
      paramLabel = "TOKEN",
      defaultValue = "${env:ROSTERD_METRICS_TOKEN}",
      description =
          "A token that GET /metrics then asks for (Authorization: Bearer TOKEN), at least 16"
              + " characters; prefer the variable ROSTERD_METRICS_TOKEN. Without it /metrics is"
              + " open: keep it to the monitoring network.")
  private String metricsToken;

  @Option(
      names = "--mail-from",
      paramLabel = "ADDRESS",
      defaultValue = "${env:ROSTERD_MAIL_FROM}",
      description = "The sender of rosterd's emails, default rosterd@ and the public URL's host.")
  private String mailFrom;

  @Option(
      names = "--support-email",
      paramLabel = "ADDRESS",
      defaultValue = "${env:ROSTERD_SUPPORT_EMAIL}",
      description =
          "Where alerts for support go: new access requests, failed runs, districts without a"
              + " successful run for --stale-after. Without it they are only logged.")
  private String supportEmail;

  @Option(
      names = "--stale-after",
      paramLabel = "DURATION",
      converter = DurationText.class,
      defaultValue = "${env:ROSTERD_STALE_AFTER:-48h}",
      description =
          "Tell support about a district with no successful run for this long, default"
              + " ${DEFAULT-VALUE}.")
  private Duration staleAfter;

  @Override
  public Integer call() throws InterruptedException {
    store.check();
    LogLevel.infoUnlessSet();
    ServeConfig serve = config();
    Database database;
    try {
      database = store.open();
    } catch (DatabaseUnavailableException e) {
      return fail(e.getMessage(), ExitCode.UNAVAILABLE);
    }
    Service service;
    try {
      service = Service.start(database, serve, Clock.systemUTC());
    } catch (UncheckedIOException | IllegalStateException e) { // a port taken, an address not ours
      database.close();
      return fail(e.getMessage(), ExitCode.UNAVAILABLE);
    }
    OnExit.register(
        "stopping rosterd serve",
        () -> {
          service.close();
          database.close();
        });
    ready(service, database);
    new CountDownLatch(1).await(); // until the JVM is stopped; OnExit then closes everything
    return ExitCode.OK;
  }

  private ServeConfig config() {
    try {
      ScheduleSettings schedule =
          new ScheduleSettings(interval, quietPeriod, tick, workers, reportsKept, archivesKept);
      SftpConfig sftp =
          SftpConfig.defaults(store.dataDir()).withPort(sftpBind, port("--sftp-port", sftpPort));
      return new ServeConfig(
              store.dataDir(),
              sftp,
              httpBind,
              port("--http-port", httpPort),
              schedule,
              grace(),
              mail(),
              behindProxy)
          .withMetricsToken(metricsToken());
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Duration grace() {
    if (shutdownGrace.compareTo(MAX_GRACE) > 0) {
      throw new IllegalArgumentException(
          "--shutdown-grace must be at most "
              + Durations.text(MAX_GRACE)
              + "; found "
              + Durations.text(shutdownGrace));
    }
    return shutdownGrace;
  }

  private String metricsToken() {
    String token = blankToNull(metricsToken);
    if (token != null && token.strip().length() < 16) {
      throw new IllegalArgumentException(
          "--metrics-token must be at least 16 characters (one way: openssl rand -hex 24); found "
              + token.strip().length());
    }
    return token == null ? null : token.strip();
  }

  private static int port(String option, int port) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(
          option + " must be a TCP port from 1 to 65535 (or 0 for any free one); found " + port);
    }
    return port;
  }

  private MailSettings mail() {
    String host = java.net.URI.create(publicUrl.strip()).getHost();
    return new MailSettings(
        blankToNull(smtpHost),
        smtpPort,
        Tls.of(smtpTls),
        blankToNull(smtpUser),
        blankToNull(smtpPassword),
        mailFrom == null || mailFrom.isBlank() ? "rosterd@" + host : mailFrom.strip(),
        publicUrl,
        blankToNull(supportEmail),
        staleAfter);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private void ready(Service service, Database database) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "rosterd ready: SFTP on %s:%d, HTTP on %s:%d, data in %s%n",
        sftpBind,
        service.sftpPort(),
        httpBind,
        service.httpPort(),
        store.dataDir().toAbsolutePath().normalize());
    MailSettings mail = service.mailSettings();
    out.println(
        mail.smtpConfigured()
            ? "Emails go through "
                + mail.smtpHost()
                + ":"
                + mail.smtpPort()
                + "; links to "
                + mail.publicUrl()
            : "No --smtp-host: emails are logged and kept in the outbox table; links to "
                + mail.publicUrl());
    if (new DistrictStore(database.jdbc()).list().isEmpty()) {
      out.println(
          "No districts yet. Create the first one from another terminal:\n"
              + "  rosterd district create --id demo --name \"Demo District\""
              + " --contact-email it@demo.example.org\n"
              + "It prints the district's SFTP username and password.");
    }
    out.flush();
  }

  private int fail(String message, int exitCode) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("rosterd serve: " + message);
    err.flush();
    return exitCode;
  }
}
