package io.rosterd.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.api.ApiClient;
import io.rosterd.server.api.ApiServer;
import io.rosterd.server.api.Mailbox;
import io.rosterd.server.intake.MinaClient;
import io.rosterd.server.intake.UploadStore;
import io.rosterd.server.schedule.Attempt;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.testing.SettableClock;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run emails from real runs of files uploaded over SFTP, received by GreenMail: to the technical
 * contact and the contacts who chose that kind of run, with counts and issue codes but no roster
 * data.
 */
final class RunNoticesTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir static Path dataDir;

  private static final String ORGS = "sourcedId,name,type\nd1,District,district\n";
  private static final String USERS =
      "sourcedId,enabledUser,givenName,familyName,email,primaryOrgSourcedId\n";
  private static final SettableClock CLOCK = new SettableClock(Instant.now());

  private static Mailbox mailbox;
  private static ApiServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    mailbox = new Mailbox();
    server =
        new ApiServer(POSTGRES, dataDir, CLOCK, mailbox.settings("https://rosterd.example.org"));
    api = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
    mailbox.close();
  }

  @Test
  void aRejectedRunIsEmailedToWhoChoseRejectedRunsWithoutRosterData() throws Exception {
    String password = server.createDistrict("willow");
    addContact("willow", "registrar@willow.example.org", "[\"rejected\"]");
    addContact("willow", "ops@willow.example.org", "[\"credentials\"]");
    upload(
        "willow", password, Map.of("users.csv", "sourcedId,givenName\nstu-secret-77,Zebediah\n"));

    Attempt run = runDue("willow");
    assertThat(run.run().status().label()).isEqualTo("rejected");

    Mailbox.Mail technical = mailbox.await("it@willow.example.org", "rejected");
    assertThat(technical.subject())
        .isEqualTo("rosterd: run " + run.run().run() + " of District willow rejected");
    assertThat(technical.body())
        .contains("header.missing_column")
        .contains("users.csv")
        .contains("https://rosterd.example.org/runs/" + run.run().run())
        .doesNotContain("stu-secret-77")
        .doesNotContain("Zebediah");
    assertThat(mailbox.await("registrar@willow.example.org", "rejected").body())
        .isEqualTo(technical.body());
    assertThat(mailbox.all())
        .filteredOn(mail -> mail.to().contains("ops@willow.example.org"))
        .as("ops chose credential emails only")
        .isEmpty();
  }

  @Test
  void aHeldRunSaysWhyWithCountsAndNoNamesOrAddresses() throws Exception {
    String password = server.createDistrict("hazel");
    addContact("hazel", "registrar@hazel.example.org", "[\"rejected\"]");
    StringBuilder users = new StringBuilder(USERS);
    for (int i = 1; i <= 25; i++) {
      users
          .append("hz-")
          .append(i)
          .append(",true,Quentin")
          .append(i)
          .append(",Marlowe,q")
          .append(i)
          .append("@hazel-pupils.example.org,d1\n");
    }
    upload("hazel", password, Map.of("orgs.csv", ORGS, "users.csv", users.toString()));
    assertThat(runDue("hazel").run().status().label()).isEqualTo("applied");

    CLOCK.advance(Duration.ofMinutes(66)); // past the next interval and its jitter
    upload(
        "hazel",
        password,
        Map.of("users.csv", USERS + "hz-1,true,Quentin1,Marlowe,q1@hazel-pupils.example.org,d1\n"));
    Attempt held = runDue("hazel");
    assertThat(held.run().status().label()).isEqualTo("held");

    Mailbox.Mail mail = mailbox.await("it@hazel.example.org", "held");
    assertThat(mail.body())
        .contains("held")
        .contains("Why: ")
        .contains("users: ")
        .doesNotContain("Quentin")
        .doesNotContain("Marlowe")
        .doesNotContain("hazel-pupils")
        .doesNotContain("hz-");
    assertThat(mailbox.all())
        .filteredOn(m -> m.to().contains("registrar@hazel.example.org"))
        .as("the registrar chose rejected runs only")
        .isEmpty();
  }

  private static void addContact(String district, String email, String topics) {
    ApiClient.Answer added =
        api.post(
            "/api/districts/" + district + "/contacts",
            server.supportToken(),
            "{\"name\": \"Someone\", \"email\": \"" + email + "\", \"topics\": " + topics + "}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
  }

  private static void upload(String district, String password, Map<String, String> files)
      throws Exception {
    int before = new UploadStore(POSTGRES.jdbc()).of(district).size();
    try (MinaClient client = MinaClient.login(server.service().sftpPort(), district, password)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        try (OutputStream out = client.sftp.write(file.getKey())) {
          out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    Instant deadline = Instant.now().plusSeconds(10);
    while (new UploadStore(POSTGRES.jdbc()).of(district).size() < before + files.size()
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    CLOCK.advance(Duration.ofMinutes(3)); // past the quiet period
  }

  private static Attempt runDue(String district) throws Exception {
    Map<String, Future<Attempt>> started = server.service().scheduler().tick();
    assertThat(started).as("district %s is due", district).containsKey(district);
    Attempt attempt = started.get(district).get(2, TimeUnit.MINUTES);
    assertThat(attempt.ran()).as("ran: %s", attempt).isTrue();
    return attempt;
  }
}
