package io.rosterd.server.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rosterd.server.store.PostgresExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.OpenMode;
import org.apache.sshd.sftp.common.SftpException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The district quota holds while files are written, over all of a district's uploads at once; a
 * refused upload is never recorded, nor left behind; a file has one writer at a time. MINA's
 * client, uploads in PostgreSQL.
 */
final class SftpQuotaTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  private static final int QUOTA = 100_000;
  private static final int CHUNK = 4096;
  private static final String QUOTA_REACHED = "district quota of 97.7 KiB (100000 bytes) reached";

  @TempDir static Path dir;
  static TestServer server;
  static UploadStore uploads;

  @BeforeAll
  static void start() {
    MapAccounts accounts = new MapAccounts();
    for (String district : List.of("together")) {
      POSTGRES
          .jdbc()
          .update(
              "insert into districts (id, name, contact_email) values (?, ?, ?)",
              district,
              district,
              "it@" + district + ".example.org");
      accounts.add(district, district, "pw-" + district);
    }
    uploads = new UploadStore(POSTGRES.jdbc());
    SftpConfig config =
        SftpConfig.defaults(dir.resolve("data"))
            .withPort("127.0.0.1", 0)
            .withLimits(50, 10, 80_000, QUOTA);
    server =
        new TestServer(
            config, accounts, new LoginLockouts(POSTGRES.jdbc()), uploads, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void twoUploadsAtOnceThatTogetherPassTheQuotaLetOnlyOneFinish() throws IOException {
    byte[] chunk = new byte[CHUNK];
    try (MinaClient a = MinaClient.login(server.port(), "together", "pw-together");
        MinaClient b = MinaClient.login(server.port(), "together", "pw-together")) {
      // both open before either writes: a check when a file is opened saw an empty home twice
      SftpClient.Handle first =
          a.sftp.open("users.csv", EnumSet.of(OpenMode.Write, OpenMode.Create));
      SftpClient.Handle second =
          b.sftp.open("roles.csv", EnumSet.of(OpenMode.Write, OpenMode.Create));
      SftpException refused = null;
      int chunks = 0;
      for (; chunks < 15; chunks++) { // 15 chunks each would be 61,440 bytes each
        try {
          a.sftp.write(first, (long) chunks * CHUNK, chunk, 0, CHUNK);
        } catch (SftpException e) {
          refused = e;
          break;
        }
        b.sftp.write(second, (long) chunks * CHUNK, chunk, 0, CHUNK);
      }
      assertThat(refused).as("the upload that went past the quota").isNotNull();
      assertThat(refused).hasMessageContaining(QUOTA_REACHED);
      a.sftp.close(first); // the refused upload is given up, as clients do
      for (; chunks < 15; chunks++) { // the other one goes on and finishes
        b.sftp.write(second, (long) chunks * CHUNK, chunk, 0, CHUNK);
      }
      b.sftp.close(second);
    }

    assertThat(uploads.of("together")).extracting(Upload::name).containsExactly("roles.csv");
    assertThat(uploads.of("together").get(0).size()).isEqualTo(15L * CHUNK);
    assertThat(server.home("together").resolve("users.csv")).doesNotExist();
    assertThat(homeBytes("together")).isLessThanOrEqualTo(QUOTA);
  }

  @Test
  void aFileBeingUploadedCannotBeWrittenByAnotherConnectionUntilItIsFinished() throws IOException {
    byte[] chunk = new byte[CHUNK];
    Arrays.fill(chunk, (byte) 'a');
    try (MinaClient a = MinaClient.login(server.port(), "together", "pw-together");
        MinaClient b = MinaClient.login(server.port(), "together", "pw-together")) {
      SftpClient.Handle first =
          a.sftp.open("orgs.csv", EnumSet.of(OpenMode.Write, OpenMode.Create));
      a.sftp.write(first, 0, chunk, 0, CHUNK);

      assertThatThrownBy(
              () ->
                  b.sftp.open(
                      "orgs.csv", EnumSet.of(OpenMode.Write, OpenMode.Create, OpenMode.Truncate)))
          .isInstanceOf(SftpException.class)
          .hasMessageContaining("orgs.csv is being uploaded by another connection right now");
      SftpRulesTest.write(b.sftp, "orgs.csv.filepart", "sourcedId\n");
      assertThatThrownBy(() -> b.sftp.rename("orgs.csv.filepart", "orgs.csv"))
          .as("a rename onto the file being uploaded")
          .isInstanceOf(SftpException.class)
          .hasMessageContaining("orgs.csv is being uploaded by another connection");
      assertThatThrownBy(() -> b.sftp.remove("orgs.csv"))
          .as("removing the file being uploaded")
          .isInstanceOf(SftpException.class)
          .hasMessageContaining("orgs.csv is being uploaded by another connection");
      b.sftp.remove("orgs.csv.filepart");
      a.sftp.write(first, CHUNK, chunk, 0, CHUNK);
      a.sftp.close(first);
      assertThat(server.home("together").resolve("orgs.csv")).hasSize(2L * CHUNK);

      SftpRulesTest.write(b.sftp, "orgs.csv", "x"); // once it is finished, anyone may replace it
    }
    assertThat(uploads.of("together"))
        .filteredOn(u -> u.name().equals("orgs.csv"))
        .extracting(Upload::size)
        .containsExactlyInAnyOrder(2L * CHUNK, 1L);
  }

  private static long homeBytes(String district) throws IOException {
    try (Stream<Path> files = Files.list(server.home(district))) {
      long bytes = 0;
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        bytes += Files.size(file);
      }
      return bytes;
    }
  }
}
