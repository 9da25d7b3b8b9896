package io.rosterd.server.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.intake.MinaClient;
import io.rosterd.server.schedule.Attempt;
import io.rosterd.server.schedule.ScheduleSettings;
import io.rosterd.server.store.Database;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.testing.RunsTable;
import io.rosterd.server.testing.SettableClock;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two schedulers on one database, each with its own connections, as two {@code rosterd serve}
 * processes would be: every due district is run by exactly one of them, never by both at once.
 */
final class TwoSchedulersTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  private static final int DISTRICTS = 12;
  private static final int ROUNDS = 3;

  @TempDir java.nio.file.Path dataDir;

  @Test
  void everyDueDistrictIsRunOnceAndNeverByBothAtOnce() throws Exception {
    SettableClock clock = new SettableClock(Instant.parse("2026-09-01T06:00:00Z"));
    ScheduleSettings settings =
        ScheduleSettings.defaults().withTick(Duration.ofHours(1)).withWorkers(3);
    ServeConfig config = ServeConfig.onFreePorts(dataDir).withSchedule(settings);
    Map<String, String> passwords = new HashMap<>();
    for (int i = 0; i < DISTRICTS; i++) {
      String id = "two-" + i;
      passwords.put(id, ServeEndToEndTest.newDistrict(POSTGRES, id));
    }
    try (Database other = Database.external(POSTGRES.url(), POSTGRES.user(), POSTGRES.password());
        Service a = Service.start(POSTGRES.database(), config, clock);
        Service b = Service.start(other, config, clock)) {
      for (int round = 1; round <= ROUNDS; round++) {
        for (Map.Entry<String, String> district : passwords.entrySet()) {
          upload(a.sftpPort(), district.getKey(), district.getValue(), round);
        }
        clock.advance(Duration.ofMinutes(66));
        Map<String, Future<Attempt>> fromA = a.scheduler().tick();
        Map<String, Future<Attempt>> fromB = b.scheduler().tick();
        Map<String, Integer> ranBy = new HashMap<>();
        for (Map<String, Future<Attempt>> started : List.of(fromA, fromB)) {
          for (Map.Entry<String, Future<Attempt>> attempt : started.entrySet()) {
            if (attempt.getValue().get(2, TimeUnit.MINUTES).ran()) {
              ranBy.merge(attempt.getKey(), 1, Integer::sum);
            }
          }
        }
        assertThat(ranBy).as("round %d", round).hasSize(DISTRICTS);
        assertThat(ranBy.values()).as("round %d", round).containsOnly(1);
      }
    }
    for (String district : passwords.keySet()) {
      assertThat(RunsTable.statuses(POSTGRES.jdbc(), district))
          .containsExactly("applied", "applied", "applied");
    }
    assertThat(RunsTable.overlapping(POSTGRES.jdbc())).as("runs at the same time").isZero();
  }

  private static void upload(int port, String district, String password, int round)
      throws Exception {
    String users = ServeEndToEndTest.usersFile(district, 3).replace("Given", "Round" + round);
    try (MinaClient client = MinaClient.login(port, district, password)) {
      for (String[] file :
          List.of(
              new String[] {"orgs.csv", "sourcedId,name,type\nd1,District,district\n"},
              new String[] {"users.csv", users})) {
        try (OutputStream out = client.sftp.write(file[0])) {
          out.write(file[1].getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    ServeEndToEndTest.awaitUploads(POSTGRES, district, 2 * round);
  }
}
