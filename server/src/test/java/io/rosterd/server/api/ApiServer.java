package io.rosterd.server.api;

import io.rosterd.server.credentials.IssuedPassword;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.notify.MailSettings;
import io.rosterd.server.schedule.ScheduleSettings;
import io.rosterd.server.serve.ServeConfig;
import io.rosterd.server.serve.Service;
import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * {@code rosterd serve} in this JVM for API tests, on free loopback ports, with a support token.
 * The scheduler ticks once an hour, so runs happen only when a test asks for them.
 */
public final class ApiServer implements AutoCloseable {
  private final PostgresExtension postgres;
  private final Service service;
  private final String supportToken;

  public ApiServer(PostgresExtension postgres, Path dataDir, Clock clock) {
    this(postgres, dataDir, clock, config -> config);
  }

  /** With these email settings: an SMTP server (GreenMail), or none. */
  public ApiServer(PostgresExtension postgres, Path dataDir, Clock clock, MailSettings mail) {
    this(postgres, dataDir, clock, config -> config.withMail(mail));
  }

  /** As the defaults, with {@code adjust} changing the configuration (smaller limits, say). */
  public ApiServer(
      PostgresExtension postgres, Path dataDir, Clock clock, UnaryOperator<ServeConfig> adjust) {
    this.postgres = postgres;
    ScheduleSettings settings =
        new ScheduleSettings(
            Duration.ofMinutes(60),
            Duration.ofMinutes(2),
            Duration.ofHours(1),
            2,
            100,
            Duration.ofDays(90));
    this.service =
        Service.start(
            postgres.database(),
            adjust.apply(
                ServeConfig.onFreePorts(dataDir)
                    .withSchedule(settings)
                    .withMail(MailSettings.logOnly("https://rosterd.example.org"))),
            clock);
    this.supportToken = new TokenStore(postgres.jdbc()).create("support tests", null).secret();
  }

  public ApiClient client() {
    return new ApiClient(service.httpPort());
  }

  public Service service() {
    return service;
  }

  public String supportToken() {
    return supportToken;
  }

  /** Creates a district with an SFTP password; returns the password. */
  public String createDistrict(String id) {
    new DistrictStore(postgres.jdbc()).create(id, "District " + id, "it@" + id + ".example.org");
    IssuedPassword password = IssuedPassword.generate();
    new SftpAccountStore(postgres.jdbc()).setPassword(id, password.hash());
    return password.password();
  }

  /** A new token for the district. */
  public String districtToken(String id) {
    return new TokenStore(postgres.jdbc()).create(id + " tests", id).secret();
  }

  @Override
  public void close() {
    service.close();
  }
}
