package io.rosterd.server.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.cli.Main;
import io.rosterd.server.intake.MinaClient;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.store.SecondJvm;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final Pattern READY = Pattern.compile("rosterd ready: SFTP on [^:]+:(\\d+)");
  private static final int DISTRICTS = 6;
  private static final int ROUNDS = 3;

  @TempDir Path dir;

  @Test
  void everyUploadIsRunOnceAndNoDistrictIsRunTwiceAtOnce() throws Exception {
    Map<String, String> passwords = new LinkedHashMap<>();
    for (int i = 0; i < DISTRICTS; i++) {
      passwords.put("pair-" + i, ServeEndToEndTest.newDistrict(POSTGRES, "pair-" + i));
    }
    List<Process> processes = new ArrayList<>();
    try {
      processes.add(startServe("a"));
      processes.add(startServe("b"));
      int portA = awaitReady("a", processes.get(0));
      int portB = awaitReady("b", processes.get(1));
      for (int round = 1; round <= ROUNDS; round++) {
        int i = 0;
        for (Map.Entry<String, String> district : passwords.entrySet()) {
          int port = i++ % 2 == 0 ? portA : portB;
          upload(port, district.getKey(), district.getValue(), round);
        }
        awaitRuns(DISTRICTS * round);
      }
    } finally {
      for (Process process : processes) {
        process.destroy();
        process.waitFor();
      }
    }
    for (String district : passwords.keySet()) {
      assertThat(statuses(district)).as(district).containsExactly("applied", "applied", "applied");
    }
    assertThat(overlappingRuns()).isZero();
  }

  private Process startServe(String name) throws Exception {
    List<String> args =
        new ArrayList<>(List.of("serve", "--data-dir", dir.resolve("data").toString()));
    args.addAll(List.of("--sftp-bind", "127.0.0.1", "--sftp-port", "0"));
    args.addAll(List.of("--http-bind", "127.0.0.1", "--http-port", "0"));
    args.addAll(List.of("--interval", "1s", "--quiet-period", "1s", "--tick", "100ms"));
    args.addAll(POSTGRES.cliOptions());
    return SecondJvm.start(Main.class, dir.resolve(name + ".out"), args.toArray(String[]::new));
  }

  private int awaitReady(String name, Process process) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      Matcher ready = READY.matcher(Files.readString(dir.resolve(name + ".out")));
      if (ready.find()) {
        return Integer.parseInt(ready.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        name + " did not get ready: " + Files.readString(dir.resolve(name + ".out.err")));
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

  private static List<String> statuses(String district) {
    return POSTGRES
        .jdbc()
        .query(
            "select status from runs where district_id = ? order by id",
            r -> r.getString(1),
            district);
  }

  private static long overlappingRuns() {
    return POSTGRES
        .jdbc()
        .queryOne(
            "select count(*) from runs a join runs b on a.district_id = b.district_id"
                + " and a.id < b.id and b.started_at < a.finished_at",
            r -> r.getLong(1))
        .orElseThrow();
  }
}
