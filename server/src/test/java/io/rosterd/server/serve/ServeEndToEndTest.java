package io.rosterd.server.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.oneroster.generate.DistrictGenerator;
import io.rosterd.server.credentials.IssuedPassword;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.district.SettingsChange;
import io.rosterd.server.intake.MinaClient;
import io.rosterd.server.intake.OpenSsh;
import io.rosterd.server.intake.Processes;
import io.rosterd.server.intake.UploadStore;
import io.rosterd.server.schedule.Attempt;
import io.rosterd.server.schedule.LeftFiles;
import io.rosterd.server.schedule.ScheduleSettings;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.testing.SettableClock;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.sftp.client.SftpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rosterd serve}'s parts running together in this JVM, on a clock the tests move: real SFTP
 * (OpenSSH's sftp and MINA's client), the real scheduler, real PostgreSQL.
 */
final class ServeEndToEndTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  private static final Duration QUIET = Duration.ofMinutes(2);
  private static final Duration PAST_NEXT_INTERVAL = Duration.ofMinutes(66);
  private static final String ORGS = "sourcedId,name,type\nd1,District,district\n";
  private static final String USERS_HEADER =
      "sourcedId,enabledUser,givenName,familyName,email,primaryOrgSourcedId\n";
  private static final String ROLES = "sourcedId,userSourcedId,roleType,role,orgSourcedId\n";

  @TempDir static Path dataDir;
  @TempDir Path work;

  private static final SettableClock CLOCK =
      new SettableClock(Instant.parse("2026-09-01T06:00:00Z"));
  private static Service service;

  @BeforeAll
  static void start() {
    // Ticks only when a test calls tick(): the automatic one comes once an hour.
    ScheduleSettings settings =
        new ScheduleSettings(
            Duration.ofMinutes(60), QUIET, Duration.ofHours(1), 2, 5, Duration.ofDays(90));
    service =
        Service.start(
            POSTGRES.database(), ServeConfig.onFreePorts(dataDir).withSchedule(settings), CLOCK);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void filesUploadedWithOpenSshAreRunAfterTheQuietPeriodAndReportedBackOverSftp() throws Exception {
    String password = newDistrict("e2e-a");
    Files.writeString(work.resolve("orgs.csv"), ORGS);
    Files.writeString(
        work.resolve("users.csv"),
        USERS_HEADER
            + "u1,true,Ada,Lovelace,ada@a.example.org,d1\n"
            + "u2,true,Bad,Email,not-an-email,d1\n"
            + "u3,true,Cy,Young,cy@a.example.org,d1\n");
    Files.writeString(work.resolve("roles.csv"), ROLES + "r1,u1,primary,student,d1\n");
    OpenSsh ssh = new OpenSsh(work, service.sftpPort());
    Processes.Result put =
        ssh.sftpWithPassword("e2e-a", password, "put orgs.csv", "put users.csv", "put roles.csv");
    assertThat(put.exitCode()).as(put.output()).isZero();
    awaitUploads("e2e-a", 3);

    Attempt tooSoon = tickFor("e2e-a");
    assertThat(tooSoon.ran()).isFalse();
    assertThat(tooSoon.quietFor()).isPositive().isLessThanOrEqualTo(QUIET);
    assertThat(runCount("e2e-a")).isZero();

    CLOCK.advance(QUIET.plusSeconds(1));
    Attempt run = tickFor("e2e-a");
    assertThat(run.ran()).isTrue();
    assertThat(run.run().status().label()).isEqualTo("applied_with_errors");
    assertThat(users("e2e-a")).containsExactly("u1", "u3");
    assertThat(home("e2e-a").resolve("users.csv")).doesNotExist();
    Path archive = dataDir.resolve("archive/e2e-a/" + run.run().run());
    assertThat(archive.resolve("users.csv"))
        .hasContent(Files.readString(work.resolve("users.csv")));

    Processes.Result get =
        ssh.sftpWithPassword(
            "e2e-a", password, "ls reports", "get reports/latest-summary.txt summary.txt");
    assertThat(get.exitCode()).as(get.output()).isZero();
    String issuesName = "-run-" + run.run().run() + "-issues.csv";
    String issuesFile =
        List.of(get.output().split("\\s+")).stream()
            .filter(name -> name.endsWith(issuesName))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no issues report in " + get.output()));
    Processes.Result getIssues =
        ssh.sftpWithPassword("e2e-a", password, "get " + issuesFile + " issues.csv");
    assertThat(getIssues.exitCode()).as(getIssues.output()).isZero();
    assertThat(Files.readString(work.resolve("summary.txt")))
        .contains("rosterd run " + run.run().run() + " of district e2e-a")
        .contains("status: applied_with_errors")
        .contains("users.csv")
        .contains(issuesFile.substring(issuesFile.lastIndexOf('/') + 1));
    assertThat(Files.readString(work.resolve("issues.csv")))
        .startsWith("severity,code,file,line,sourcedId,column,message")
        .contains("error,value.invalid,users.csv,3,u2,email,");
  }

  @Test
  void aFileStillBeingWrittenIsNotTakenUntilItIsClosed() throws Exception {
    String password = newDistrict("e2e-b");
    String users = usersFile("b", 200);
    byte[] bytes = users.getBytes(StandardCharsets.UTF_8);
    try (MinaClient client = MinaClient.login(service.sftpPort(), "e2e-b", password)) {
      write(client, "orgs.csv", ORGS);
      try (SftpClient.CloseableHandle handle =
          client.sftp.open(
              "users.csv", EnumSet.of(SftpClient.OpenMode.Write, SftpClient.OpenMode.Create))) {
        int half = bytes.length / 2;
        client.sftp.write(handle, 0, bytes, 0, half);
        awaitUploads("e2e-b", 1);
        CLOCK.advance(QUIET.plusMinutes(1));

        Attempt whileOpen = tickFor("e2e-b");
        assertThat(whileOpen.ran()).isFalse();
        assertThat(runCount("e2e-b")).isZero();
        assertThat(home("e2e-b").resolve("orgs.csv")).exists();

        client.sftp.write(handle, half, bytes, half, bytes.length - half);
      }
      awaitUploads("e2e-b", 2);
    }
    CLOCK.advance(QUIET.plusMinutes(1));
    Attempt afterClose = tickFor("e2e-b");
    assertThat(afterClose.ran()).isTrue();
    assertThat(afterClose.run().status().label()).isEqualTo("applied");
    assertThat(users("e2e-b")).hasSize(200);
  }

  @Test
  void aFilepartRenamedAfterTheTickIsTakenByTheNextRun() throws Exception {
    String password = newDistrict("e2e-c");
    long firstRun;
    try (MinaClient client = MinaClient.login(service.sftpPort(), "e2e-c", password)) {
      write(client, "orgs.csv", ORGS);
      write(client, "users.csv.filepart", usersFile("c", 5));
      awaitUploads("e2e-c", 1);
      // WinSCP stopped half-way an hour ago: a stale part file must not hold up the rest.
      Files.setLastModifiedTime(
          home("e2e-c").resolve("users.csv.filepart"),
          FileTime.from(Instant.now().minus(Duration.ofHours(1))));
      CLOCK.advance(QUIET.plusSeconds(1));

      Attempt first = tickFor("e2e-c");
      assertThat(first.ran()).isTrue();
      firstRun = first.run().run();
      assertThat(new LeftFiles(POSTGRES.jdbc()).of(firstRun))
          .as("kept with the run, for its page and the API")
          .extracting("name")
          .containsExactly("users.csv.filepart");
      assertThat(users("e2e-c")).isEmpty();
      assertThat(first.left()).extracting("name").containsExactly("users.csv.filepart");
      assertThat(home("e2e-c").resolve("reports/latest-summary.txt"))
          .content()
          .contains("files left in the drop box for a later run:")
          .contains("users.csv.filepart — a temporary name");

      client.sftp.rename("users.csv.filepart", "users.csv");
      awaitUploads("e2e-c", 2);
    }
    CLOCK.advance(PAST_NEXT_INTERVAL);
    Attempt second = tickFor("e2e-c");
    assertThat(second.ran()).isTrue();
    assertThat(users("e2e-c")).hasSize(5);
    assertThat(second.run().run()).isGreaterThan(firstRun);
    assertThat(dataDir.resolve("archive/e2e-c/" + second.run().run() + "/users.csv")).exists();
  }

  @Test
  void anUploadDuringARunIsKeptForTheNextRun() throws Exception {
    String password = newDistrict("e2e-d");
    Path big = Files.createDirectories(work.resolve("big"));
    DistrictGenerator.generate(big, 40_000, 7, 0);
    try (MinaClient client = MinaClient.login(service.sftpPort(), "e2e-d", password)) {
      for (String name : List.of("orgs.csv", "users.csv", "roles.csv")) {
        write(client, name, Files.readString(big.resolve(name)));
      }
      awaitUploads("e2e-d", 3);
      CLOCK.advance(QUIET.plusSeconds(1));

      Future<Attempt> running = service.scheduler().tick().get("e2e-d");
      awaitArchivedRun("e2e-d");
      String late = ORGS + "d2,Second District,district\n";
      write(client, "orgs.csv", late);
      assertThat(runStatuses("e2e-d"))
          .as("the second upload landed while the run was going on")
          .containsExactly("running");
      Attempt first = running.get(2, TimeUnit.MINUTES);
      assertThat(first.run().status().label()).isEqualTo("applied");
      assertThat(home("e2e-d").resolve("orgs.csv")).hasContent(late);
      awaitUploads("e2e-d", 4);
    }
    CLOCK.advance(PAST_NEXT_INTERVAL);
    Attempt second = tickFor("e2e-d");
    assertThat(second.ran()).isTrue();
    Path archived = dataDir.resolve("archive/e2e-d/" + second.run().run() + "/orgs.csv");
    assertThat(archived).hasContent(ORGS + "d2,Second District,district\n");
  }

  @Test
  void aPausedDistrictKeepsItsUploadsAndRunsNothingUntilUnpaused() throws Exception {
    String password = newDistrict("e2e-e");
    new DistrictStore(POSTGRES.jdbc()).update("e2e-e", new SettingsChange(null, null, null, true));
    try (MinaClient client = MinaClient.login(service.sftpPort(), "e2e-e", password)) {
      write(client, "orgs.csv", ORGS);
      write(client, "users.csv", usersFile("e", 3));
    }
    awaitUploads("e2e-e", 2);
    CLOCK.advance(PAST_NEXT_INTERVAL);
    assertThat(service.scheduler().tick()).doesNotContainKey("e2e-e");
    assertThat(runCount("e2e-e")).isZero();
    assertThat(home("e2e-e").resolve("users.csv")).exists();

    new DistrictStore(POSTGRES.jdbc()).update("e2e-e", new SettingsChange(null, null, null, false));
    Attempt run = tickFor("e2e-e");
    assertThat(run.ran()).isTrue();
    assertThat(users("e2e-e")).hasSize(3);
  }

  private static String newDistrict(String id) {
    return newDistrict(POSTGRES, id);
  }

  @Test
  void healthAndMetricsTellHowTheServiceAndItsRunsAreDoing() throws Exception {
    HttpResponse<String> health = http("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"database\":\"ok\"").contains("\"sftp\":\"ok\"");

    String password = newDistrict("e2e-f");
    try (MinaClient client = MinaClient.login(service.sftpPort(), "e2e-f", password)) {
      write(client, "orgs.csv", ORGS);
      write(client, "users.csv", usersFile("f", 4));
    }
    awaitUploads("e2e-f", 2);
    CLOCK.advance(QUIET.plusSeconds(1));
    assertThat(tickFor("e2e-f").ran()).isTrue();

    HttpResponse<String> metrics = http("/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .containsPattern("(?m)^rosterd_runs_total\\{status=\"applied\"} [1-9]")
        .containsPattern("(?m)^rosterd_rows_applied_total\\{action=\"added\",kind=\"user\"} [4-9]")
        .containsPattern("(?m)^rosterd_district_seconds_since_last_success\\{district=\"e2e-f\"} ")
        .containsPattern("(?m)^rosterd_run_duration_seconds_count\\{status=\"applied\"} [1-9]");
  }

  private static HttpResponse<String> http(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + path))
            .timeout(Duration.ofSeconds(20))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Creates a district with an SFTP password, as {@code rosterd district create} does. */
  static String newDistrict(PostgresExtension postgres, String id) {
    new DistrictStore(postgres.jdbc()).create(id, "District " + id, "it@" + id + ".example.org");
    IssuedPassword password = IssuedPassword.generate();
    new SftpAccountStore(postgres.jdbc()).setPassword(id, password.hash());
    return password.password();
  }

  static String usersFile(String prefix, int count) {
    StringBuilder users = new StringBuilder(USERS_HEADER);
    for (int i = 1; i <= count; i++) {
      users.append(prefix).append("-u").append(i).append(",true,Given,Family,");
      users.append(prefix).append(".u").append(i).append("@").append(prefix);
      users.append(".example.org,d1\n");
    }
    return users.toString();
  }

  private static void write(MinaClient client, String name, String content) throws IOException {
    try (OutputStream out = client.sftp.write(name)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static Attempt tickFor(String district) throws Exception {
    Map<String, Future<Attempt>> started = service.scheduler().tick();
    assertThat(started).as("district %s is due", district).containsKey(district);
    return started.get(district).get(2, TimeUnit.MINUTES);
  }

  private static Path home(String district) {
    return dataDir.resolve("districts/" + district + "/home");
  }

  private static Jdbc jdbc() {
    return POSTGRES.jdbc();
  }

  private static long runCount(String district) {
    return jdbc()
        .queryOne("select count(*) from runs where district_id = ?", r -> r.getLong(1), district)
        .orElseThrow();
  }

  private static List<String> runStatuses(String district) {
    return jdbc()
        .query(
            "select status from runs where district_id = ? order by id",
            r -> r.getString(1),
            district);
  }

  private static List<String> users(String district) {
    return jdbc()
        .query(
            "select sourced_id from users where district_id = ? and status = 'active'"
                + " order by sourced_id",
            r -> r.getString(1),
            district);
  }

  private static void awaitUploads(String district, int count) throws InterruptedException {
    awaitUploads(POSTGRES, district, count);
  }

  /** Waits until the district has {@code count} uploads recorded. */
  static void awaitUploads(PostgresExtension postgres, String district, int count)
      throws InterruptedException {
    UploadStore uploads = new UploadStore(postgres.jdbc());
    Instant deadline = Instant.now().plusSeconds(10);
    while (uploads.of(district).size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    assertThat(uploads.of(district)).hasSizeGreaterThanOrEqualTo(count);
  }

  private static void awaitArchivedRun(String district) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      boolean archived =
          jdbc()
              .queryOne(
                  "select count(*) from runs where district_id = ? and archive_path <> ''",
                  r -> r.getLong(1) > 0,
                  district)
              .orElseThrow();
      if (archived) {
        return;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("no run of " + district + " took its files within 30 s");
  }
}
