package io.rosterd.server.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.intake.MinaClient;
import io.rosterd.server.schedule.Attempt;
import io.rosterd.server.schedule.ScheduleSettings;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.sync.RosterFingerprint;
import io.rosterd.server.sync.RunPipeline;
import io.rosterd.server.sync.RunSource;
import io.rosterd.server.sync.Runs;
import io.rosterd.server.testing.SettableClock;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many districts through several upload cycles of valid, broken and huge-removal files, over SFTP
 * and the scheduler: afterwards every upload maps to exactly one run, every run has its reports,
 * and each district's roster equals a reference import of the same files in the same order.
 */
final class SoakTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @RegisterExtension static final PostgresExtension REFERENCE = new PostgresExtension();

  private static final int DISTRICTS = 50;
  private static final int CYCLES = 4;
  private static final int USERS = 40;

  @TempDir Path dataDir;
  @TempDir Path work;

  @Test
  void everyUploadMapsToOneRunEveryRunIsReportedAndRostersMatchAReferenceImport() throws Exception {
    SettableClock clock = new SettableClock(Instant.parse("2026-09-01T06:00:00Z"));
    ScheduleSettings settings =
        ScheduleSettings.defaults().withTick(Duration.ofHours(1)); // ticks when the test says
    Map<String, String> passwords = new LinkedHashMap<>();
    for (int i = 0; i < DISTRICTS; i++) {
      String id = "soak-" + i;
      passwords.put(id, ServeEndToEndTest.newDistrict(POSTGRES, id));
      new DistrictStore(REFERENCE.jdbc()).create(id, "District " + id, "it@" + id + ".example.org");
    }
    SplittableRandom random = new SplittableRandom(2026);
    try (Service service =
        Service.start(
            POSTGRES.database(), ServeConfig.onFreePorts(dataDir).withSchedule(settings), clock)) {
      for (int cycle = 1; cycle <= CYCLES; cycle++) {
        Map<String, Path> sent = new LinkedHashMap<>();
        for (Map.Entry<String, String> district : passwords.entrySet()) {
          Path files = files(district.getKey(), cycle, random);
          upload(service.sftpPort(), district.getKey(), district.getValue(), files);
          sent.put(district.getKey(), files);
        }
        clock.advance(Duration.ofMinutes(66));
        Map<String, Future<Attempt>> started = service.scheduler().tick();
        assertThat(started).hasSize(DISTRICTS);
        for (Future<Attempt> attempt : started.values()) {
          assertThat(attempt.get(5, TimeUnit.MINUTES).ran()).isTrue();
        }
        sent.forEach(this::importReference);
      }
    }
    assertThat(uploadsNotInExactlyOneRun()).isEmpty();
    assertThat(runStatuses()).contains("applied", "rejected", "held", "applied_with_errors");
    for (String district : passwords.keySet()) {
      assertReported(district);
      assertThat(RosterFingerprint.of(POSTGRES.jdbc(), district))
          .as("roster of %s", district)
          .isEqualTo(RosterFingerprint.of(REFERENCE.jdbc(), district));
    }
  }

  /**
   * One cycle's files of a district: mostly valid, sometimes with bad rows, a broken file, or a
   * users.csv that would remove most users. Each cycle's content differs, so uploads are unique.
   */
  private Path files(String district, int cycle, SplittableRandom random) throws Exception {
    Path dir = Files.createDirectories(work.resolve(district + "-" + cycle));
    Files.writeString(
        dir.resolve("orgs.csv"), "sourcedId,name,type\nd1,District " + cycle + ",district\n");
    int kind = cycle == 1 ? 0 : random.nextInt(4);
    String users =
        switch (kind) {
          case 0 -> ServeEndToEndTest.usersFile(district, USERS);
          case 1 -> ServeEndToEndTest.usersFile(district, USERS) + "bad,maybe,X,Y,,d1\n";
          case 2 -> "sourcedId,givenName\n" + district + "-u1,Given\n"; // no required columns
          default -> ServeEndToEndTest.usersFile(district, 2); // removes most users: held
        };
    Files.writeString(dir.resolve("users.csv"), users.replace("Given", "Cycle" + cycle));
    return dir;
  }

  private static void upload(int port, String district, String password, Path files)
      throws Exception {
    try (MinaClient client = MinaClient.login(port, district, password)) {
      for (String name : List.of("orgs.csv", "users.csv")) {
        try (OutputStream out = client.sftp.write(name)) {
          out.write(Files.readString(files.resolve(name)).getBytes(StandardCharsets.UTF_8));
        }
      }
    }
  }

  private void importReference(String district, Path files) {
    var settings =
        Runs.settingsOf(new DistrictStore(REFERENCE.jdbc()).find(district).orElseThrow());
    new RunPipeline(REFERENCE.database().dataSource(), work.resolve("reference"))
        .run(settings, files, RunSource.IMPORT, false);
  }

  /** Uploads whose content is taken by no run, or by more than one. */
  private static List<String> uploadsNotInExactlyOneRun() {
    return POSTGRES
        .jdbc()
        .query(
            "select u.district_id || '/' || u.name || '/' || u.sha256 || ': ' || count(f.run_id)"
                + " from uploads u left join runs r on r.district_id = u.district_id"
                + " left join run_files f on f.run_id = r.id and f.name = u.name"
                + " and f.sha256 = u.sha256"
                + " group by u.id, u.district_id, u.name, u.sha256 having count(f.run_id) <> 1",
            r -> r.getString(1));
  }

  private static List<String> runStatuses() {
    return POSTGRES.jdbc().query("select distinct status from runs", r -> r.getString(1));
  }

  private void assertReported(String district) throws Exception {
    List<Long> runs =
        POSTGRES
            .jdbc()
            .query(
                "select id from runs where district_id = ? order by id",
                r -> r.getLong(1),
                district);
    assertThat(runs).hasSize(CYCLES);
    List<String> reports = new ArrayList<>();
    try (var names = Files.list(dataDir.resolve("districts/" + district + "/home/reports"))) {
      names.forEach(p -> reports.add(p.getFileName().toString()));
    }
    for (long run : runs) {
      assertThat(reports).anyMatch(n -> n.endsWith("-run-" + run + "-summary.txt"));
      assertThat(reports).anyMatch(n -> n.endsWith("-run-" + run + "-issues.csv"));
    }
    assertThat(reports).contains("latest-summary.txt");
  }
}
