package io.rosterd.server.serve;

import io.rosterd.server.intake.SftpConfig;
import io.rosterd.server.notify.MailSettings;
import io.rosterd.server.schedule.ScheduleSettings;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.store.ServerSettings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything {@code rosterd serve} runs with, besides the database.
 *
 * @param shutdownGrace how long a stop waits for the runs going on before abandoning them
 * @param mail the SMTP server, the public URL in emailed links, support's address
 * @param runAnswerWithin how long an HTTP request for a run (run now, approve) waits for it before
 *     answering that it goes on
 * @param metricsToken the bearer token {@code /metrics} asks for; null leaves it open
 */
public record ServeConfig(
    Path dataDir,
    SftpConfig sftp,
    String httpBind,
    int httpPort,
    ScheduleSettings schedule,
    Duration shutdownGrace,
    MailSettings mail,
    boolean behindProxy,
    Duration runAnswerWithin,
    String metricsToken) {

  public ServeConfig(
      Path dataDir,
      SftpConfig sftp,
      String httpBind,
      int httpPort,
      ScheduleSettings schedule,
      Duration shutdownGrace,
      MailSettings mail,
      boolean behindProxy) {
    this(
        dataDir,
        sftp,
        httpBind,
        httpPort,
        schedule,
        shutdownGrace,
        mail,
        behindProxy,
        RunRequests.ANSWER_WITHIN,
        null);
  }

  /** Clients reaching HTTP directly (not through a reverse proxy). */
  public ServeConfig(
      Path dataDir,
      SftpConfig sftp,
      String httpBind,
      int httpPort,
      ScheduleSettings schedule,
      Duration shutdownGrace,
      MailSettings mail) {
    this(dataDir, sftp, httpBind, httpPort, schedule, shutdownGrace, mail, false);
  }

  /** Without SMTP: emails are logged and kept in the outbox, links point at localhost. */
  public ServeConfig(
      Path dataDir,
      SftpConfig sftp,
      String httpBind,
      int httpPort,
      ScheduleSettings schedule,
      Duration shutdownGrace) {
    this(
        dataDir,
        sftp,
        httpBind,
        httpPort,
        schedule,
        shutdownGrace,
        MailSettings.logOnly("http://localhost:" + (httpPort == 0 ? 8080 : httpPort)));
  }

  /** The defaults on {@code dataDir}, listening on any free ports of the loopback: for tests. */
  public static ServeConfig onFreePorts(Path dataDir) {
    return new ServeConfig(
        dataDir,
        SftpConfig.defaults(dataDir).withPort("127.0.0.1", 0),
        "127.0.0.1",
        0,
        ScheduleSettings.defaults(),
        Duration.ofSeconds(30));
  }

  /**
   * For a command that runs a district beside {@code rosterd serve} (import, runs start|approve):
   * free ports, and the reports kept as that serve keeps them.
   */
  public static ServeConfig forCommandLine(Path dataDir, Jdbc jdbc) {
    ServeConfig config = onFreePorts(dataDir);
    return new ServerSettings(jdbc)
        .get(ServerSettings.REPORTS_KEPT)
        .filter(kept -> kept.matches("[1-9][0-9]{0,8}"))
        .map(kept -> config.withSchedule(config.schedule().withReportsKept(Integer.parseInt(kept))))
        .orElse(config);
  }

  public ServeConfig withSchedule(ScheduleSettings settings) {
    return copy(settings, mail, runAnswerWithin, metricsToken);
  }

  public ServeConfig withMail(MailSettings settings) {
    return copy(schedule, settings, runAnswerWithin, metricsToken);
  }

  public ServeConfig withRunAnswerWithin(Duration wait) {
    return copy(schedule, mail, wait, metricsToken);
  }

  /** {@code /metrics} asks for this bearer token. */
  public ServeConfig withMetricsToken(String token) {
    return copy(schedule, mail, runAnswerWithin, token);
  }

  /** This configuration with the settings the "with" methods change replaced. */
  private ServeConfig copy(
      ScheduleSettings schedule, MailSettings mail, Duration runAnswerWithin, String metricsToken) {
    return new ServeConfig(
        dataDir,
        sftp,
        httpBind,
        httpPort,
        schedule,
        shutdownGrace,
        mail,
        behindProxy,
        runAnswerWithin,
        metricsToken);
  }
}
