package io.rosterd.server.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.intake.MinaClient;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.testing.RunsTable;
import io.rosterd.server.testing.ServeProcess;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code rosterd serve} processes on one PostgreSQL and one data folder, ticking fast: every
 * upload is run exactly once, by one process or the other, and no district ever has two runs at the
 * same time.
 */
final class TwoServeProcessesTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  private static final String[] SCHEDULE = {
    "--interval", "1s", "--quiet-period", "1s", "--tick", "100ms"
  };
  private static final int DISTRICTS = 6;
  private static final int ROUNDS = 3;

  @TempDir Path dir;

  @Test
  void everyUploadIsRunOnceAndNoDistrictIsRunTwiceAtOnce() throws Exception {
    Map<String, String> passwords = new LinkedHashMap<>();
    for (int i = 0; i < DISTRICTS; i++) {
      passwords.put("pair-" + i, ServeEndToEndTest.newDistrict(POSTGRES, "pair-" + i));
    }
    List<ServeProcess> processes = new ArrayList<>();
    try {
      processes.add(ServeProcess.start(dir, "a", POSTGRES, SCHEDULE));
      processes.add(ServeProcess.start(dir, "b", POSTGRES, SCHEDULE));
      int portA = processes.get(0).awaitReady();
      int portB = processes.get(1).awaitReady();
      for (int round = 1; round <= ROUNDS; round++) {
        int i = 0;
        for (Map.Entry<String, String> district : passwords.entrySet()) {
          int port = i++ % 2 == 0 ? portA : portB;
          upload(port, district.getKey(), district.getValue(), round);
        }
        awaitRuns(DISTRICTS * round);
      }
    } finally {
      for (ServeProcess serve : processes) {
        serve.process().destroy();
        serve.process().waitFor();
      }
    }
    for (String district : passwords.keySet()) {
      assertThat(RunsTable.statuses(POSTGRES.jdbc(), district))
          .as(district)
          .containsExactly("applied", "applied", "applied");
    }
    assertThat(RunsTable.overlapping(POSTGRES.jdbc())).isZero();
  }

  /** Both files in one session, the users file first: a run takes the pair or waits for it. */
  private static void upload(int port, String district, String password, int round)
      throws Exception {
    String users = ServeEndToEndTest.usersFile(district, 3).replace("Given", "Round" + round);
    try (MinaClient client = MinaClient.login(port, district, password)) {
      // Uploaded under a temporary name and renamed, as WinSCP does: the pair appears at once.
      for (String[] file :
          List.of(
              new String[] {"users.csv", users},
              new String[] {
                "orgs.csv", "sourcedId,name,type\nd1,District " + round + ",district\n"
              })) {
        try (OutputStream out = client.sftp.write(file[0] + ".filepart")) {
          out.write(file[1].getBytes(StandardCharsets.UTF_8));
        }
      }
      client.sftp.rename("users.csv.filepart", "users.csv");
      client.sftp.rename("orgs.csv.filepart", "orgs.csv");
    }
  }

  private void awaitRuns(int count) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(90);
    while (Instant.now().isBefore(deadline)) {
      long finished =
          POSTGRES
              .jdbc()
              .queryOne("select count(*) from runs where status <> 'running'", r -> r.getLong(1))
              .orElseThrow();
      if (finished >= count) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("fewer than " + count + " runs finished within 90 s");
  }
}
