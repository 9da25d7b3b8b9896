package io.rosterd.server.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.store.PostgresExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Finished uploads are recorded in PostgreSQL; cut-off ones never are. Real OpenSSH clients. */
final class SftpUploadTrackingTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  private static final int DISTRICTS_AT_ONCE = 20;

  @TempDir static Path dir;
  static Path key;
  static TestServer server;
  static UploadStore uploads;
  static OpenSsh ssh;

  @BeforeAll
  static void start() {
    key = OpenSsh.newKey(dir, "id_ed25519");
    MapAccounts accounts = new MapAccounts();
    List<String> districts = new ArrayList<>(List.of("solo", "winscp", "again", "cut"));
    for (int i = 0; i < DISTRICTS_AT_ONCE; i++) {
      districts.add("many-" + i);
    }
    for (String district : districts) {
      POSTGRES
          .jdbc()
          .update(
              "insert into districts (id, name, contact_email) values (?, ?, ?)",
              district,
              district,
              "it@" + district + ".example.org");
      accounts.add(district, district, "pw-" + district, OpenSsh.publicKey(key));
    }
    uploads = new UploadStore(POSTGRES.jdbc());
    SftpConfig config = SftpConfig.defaults(dir.resolve("data")).withPort("127.0.0.1", 0);
    server =
        new TestServer(
            config, accounts, new LoginLockouts(POSTGRES.jdbc()), uploads, Clock.systemUTC());
    ssh = new OpenSsh(dir, server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aClosedUploadIsRecordedWithItsHash() throws IOException {
    byte[] content = random(100_000, 1);
    Files.write(dir.resolve("users.csv"), content);

    Processes.Result result = ssh.sftpWithKey("solo", key, "put users.csv");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(uploads.of("solo"))
        .singleElement()
        .satisfies(
            upload -> {
              assertThat(upload.name()).isEqualTo("users.csv");
              assertThat(upload.size()).isEqualTo(content.length);
              assertThat(upload.sha256()).isEqualTo(sha256(content));
              assertThat(upload.clientAddress()).isEqualTo("127.0.0.1");
            });
  }

  @Test
  void aTempNameCountsOnlyOnceRenamed() throws IOException {
    byte[] content = random(5_000, 2);
    Files.write(dir.resolve("orgs.csv"), content);

    Processes.Result result =
        ssh.sftpWithKey(
            "winscp", key, "put orgs.csv orgs.csv.filepart", "rename orgs.csv.filepart orgs.csv");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(uploads.of("winscp"))
        .singleElement()
        .satisfies(
            upload -> {
              assertThat(upload.name()).isEqualTo("orgs.csv");
              assertThat(upload.sha256()).isEqualTo(sha256(content));
            });
  }

  @Test
  void anOverwriteIsANewUpload() throws IOException {
    Files.write(dir.resolve("first.csv"), random(1_000, 3));
    Files.write(dir.resolve("second.csv"), random(2_000, 4));

    ssh.sftpWithKey("again", key, "put first.csv roles.csv");
    ssh.sftpWithKey("again", key, "put second.csv roles.csv");

    List<Upload> recorded = uploads.of("again");
    assertThat(recorded).extracting(Upload::name).containsExactly("roles.csv", "roles.csv");
    assertThat(recorded.get(1).size()).isEqualTo(2_000);
    assertThat(recorded.get(1).completedAt()).isAfterOrEqualTo(recorded.get(0).completedAt());
    assertThat(uploads.latest("again")).containsExactly(recorded.get(1));
  }

  @Test
  void aConnectionDroppedMidUploadLeavesNoRecord() throws Exception {
    Path big = dir.resolve("big.csv");
    Files.write(big, random(50 * 1024 * 1024, 5));
    Path partial = server.home("cut").resolve("big.csv");
    // -l: a bandwidth cap in Kbit/s, so the kill lands mid-transfer (about 10 s at full length)
    List<String> command =
        ssh.sftp(new String[] {"put big.csv"}, List.of("-l", "40000", "-i", key.toString()));
    command.add("cut@127.0.0.1");
    Path work = Files.createDirectories(dir.resolve("cut-work"));
    Files.copy(big, work.resolve("big.csv"));
    Process sftp = Processes.start(work, Map.of(), command);

    waitUntil(() -> Files.exists(partial) && Files.size(partial) > 2 * 1024 * 1024);
    sftp.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    Thread.sleep(1_000); // the server sees the socket close at once; give it time to react

    assertThat(Files.size(partial)).isLessThan(Files.size(big));
    assertThat(uploads.of("cut")).isEmpty();

    // The cut connection's file is free again: the district can upload it anew (or resume it).
    Files.writeString(work.resolve("small.csv"), "sourcedId\nu1\n");
    List<String> again =
        ssh.sftp(new String[] {"put small.csv big.csv"}, List.of("-i", key.toString()));
    again.add("cut@127.0.0.1");
    Processes.Result retried = Processes.run(work, Map.of(), again);
    assertThat(retried.exitCode()).as(retried.output()).isZero();
    assertThat(partial).hasContent("sourcedId\nu1");
    assertThat(uploads.of("cut")).extracting(Upload::name).containsExactly("big.csv");
  }

  @Test
  void manyDistrictsUploadingAtOnceAreAllRecorded() throws Exception {
    List<Process> processes = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    for (int i = 0; i < DISTRICTS_AT_ONCE; i++) {
      Path work = Files.createDirectories(dir.resolve("many-" + i));
      byte[] content = random(1024 * 1024, 100 + i);
      Files.write(work.resolve("users.csv"), content);
      hashes.add(sha256(content));
      List<String> command =
          ssh.sftp(new String[] {"put users.csv"}, List.of("-i", key.toString()));
      command.add("many-" + i + "@127.0.0.1");
      processes.add(Processes.start(work, Map.of(), command));
    }
    for (Process process : processes) {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isZero();
    }

    for (int i = 0; i < DISTRICTS_AT_ONCE; i++) {
      assertThat(uploads.of("many-" + i))
          .singleElement()
          .extracting(Upload::sha256)
          .isEqualTo(hashes.get(i));
    }
  }

  private interface Condition {
    boolean holds() throws IOException;
  }

  private static void waitUntil(Condition condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met in 30 s");
      }
      Thread.sleep(20);
    }
  }

  private static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
