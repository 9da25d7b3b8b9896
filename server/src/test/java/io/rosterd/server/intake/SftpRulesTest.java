package io.rosterd.server.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.testing.SettableClock;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.common.SftpException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What a district may do in its home, through MINA's SFTP client; limits. */
final class SftpRulesTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  @TempDir static Path dir;
  static TestServer server;
  static SettableClock clock = new SettableClock(Instant.parse("2026-01-05T10:00:00Z"));

  @BeforeAll
  static void start() {
    MapAccounts accounts =
        new MapAccounts()
            .add("one", "one", "pw-one")
            .add("two", "two", "pw-two")
            .add("busy", "busy", "pw-busy");
    SftpConfig config =
        SftpConfig.defaults(dir.resolve("data"))
            .withPort("127.0.0.1", 0)
            .withLimits(50, 2, 1000, 2500);
    server = new TestServer(config, accounts, lockouts(), null, clock);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void ownUploadsCanBeReadRenamedOverwrittenAndDeleted() throws IOException {
    try (MinaClient client = MinaClient.login(server.port(), "one", "pw-one")) {
      write(client.sftp, "a.csv", "first");
      write(client.sftp, "a.csv", "second");
      client.sftp.rename("a.csv", "b.csv");
      assertThat(read(client.sftp, "b.csv")).isEqualTo("second");
      assertThat(names(client.sftp, "/")).contains("b.csv", "reports", "templates");
      client.sftp.remove("b.csv");
      assertThat(names(client.sftp, "/")).doesNotContain("a.csv", "b.csv");
    }
  }

  @Test
  void fixedFoldersAreReadOnlyAndNoFoldersOrLinksCanBeMade() throws IOException {
    try (MinaClient client = MinaClient.login(server.port(), "one", "pw-one")) {
      write(client.sftp, "mine.csv", "x");
      SftpClient sftp = client.sftp;

      assertThat(read(sftp, "templates/users.csv")).startsWith("sourcedId,");
      assertThat(names(sftp, "templates"))
          .contains("orgs.csv", "users.csv", "roles.csv", "README.txt");
      assertDenied(() -> write(sftp, "reports/x.csv", "x"), "reports/ is read-only");
      assertDenied(() -> write(sftp, "templates/users.csv", "x"), "templates/ is read-only");
      assertDenied(() -> sftp.rename("mine.csv", "reports/mine.csv"), "read-only");
      assertDenied(() -> sftp.rename("templates/orgs.csv", "orgs.csv"), "read-only");
      assertDenied(() -> sftp.remove("templates/orgs.csv"), "read-only");
      assertDenied(() -> sftp.rmdir("reports"), "folders cannot be removed");
      assertDenied(() -> sftp.mkdir("sub"), "folders cannot be made");
      assertDenied(() -> sftp.symLink("link", "/etc/passwd"), "links cannot be made");
      assertDenied(() -> sftp.symLink("link2", "mine.csv"), "links cannot be made");
    }
    assertThat(server.home("one").resolve("templates/orgs.csv")).exists();
  }

  @Test
  void renameTargetsWithDotDotStayInTheHome() throws IOException {
    try (MinaClient client = MinaClient.login(server.port(), "one", "pw-one")) {
      write(client.sftp, "move.csv", "x");
      try {
        client.sftp.rename("move.csv", "../../../two/home/move.csv");
      } catch (SftpException refused) {
        // refused is as good as confined
      }
      assertThat(client.sftp.canonicalPath("/../../..")).isEqualTo("/");
      assertThatThrownBy(() -> read(client.sftp, "/etc/passwd")).isInstanceOf(SftpException.class);
    }
    assertThat(server.home("two").resolve("move.csv")).doesNotExist();
    assertThat(server.dataDir.resolve("districts/two/move.csv")).doesNotExist();
  }

  @Test
  void aWritePastTheFileSizeLimitSaysWhichLimit() throws IOException {
    try (MinaClient client = MinaClient.login(server.port(), "two", "pw-two")) {
      assertThatThrownBy(() -> write(client.sftp, "big.csv", "x".repeat(1500)))
          .hasMessageContaining("file size limit of 1000 bytes reached");
    }
    assertThat(server.uploads).extracting(Upload::name).doesNotContain("big.csv");
  }

  @Test
  void aWritePastTheQuotaSaysWhichLimit() throws IOException {
    try (MinaClient client = MinaClient.login(server.port(), "two", "pw-two")) {
      write(client.sftp, "q1.csv", "x".repeat(900));
      write(client.sftp, "q2.csv", "x".repeat(900));
      assertThatThrownBy(() -> write(client.sftp, "q3.csv", "x".repeat(900)))
          .hasMessageContaining("district quota of 2.4 KiB (2500 bytes) reached");
      assertThat(server.uploads)
          .extracting(Upload::name)
          .contains("q1.csv")
          .doesNotContain("q3.csv");
      client.sftp.remove("q1.csv");
      client.sftp.remove("q2.csv");
    }
  }

  @Test
  void sessionsPerDistrictAreCapped() throws IOException {
    try (MinaClient first = MinaClient.login(server.port(), "busy", "pw-busy");
        MinaClient second = MinaClient.login(server.port(), "busy", "pw-busy")) {
      assertThat(MinaClient.canLogin(server.port(), "busy", "pw-busy")).isFalse();
    }
    assertThat(eventually(() -> MinaClient.canLogin(server.port(), "busy", "pw-busy"))).isTrue();
  }

  @Test
  void idleConnectionsAreClosed() throws IOException {
    SftpConfig config =
        SftpConfig.defaults(dir.resolve("idle"))
            .withPort("127.0.0.1", 0)
            .withIdleTimeout(Duration.ofMillis(500));
    try (TestServer idle =
            new TestServer(config, server.accounts, lockouts(), null, Clock.systemUTC());
        MinaClient client = MinaClient.login(idle.port(), "one", "pw-one")) {
      assertThat(eventually(() -> !client.session.isOpen())).isTrue();
    }
  }

  @Test
  void connectionsOverallAreCapped() throws IOException {
    SftpConfig config =
        SftpConfig.defaults(dir.resolve("capped"))
            .withPort("127.0.0.1", 0)
            .withLimits(1, 10, 1000, 1000);
    try (TestServer capped =
            new TestServer(config, server.accounts, lockouts(), null, Clock.systemUTC());
        MinaClient first = MinaClient.login(capped.port(), "one", "pw-one")) {
      assertThat(MinaClient.canLogin(capped.port(), "two", "pw-two")).isFalse();
    }
  }

  @Test
  void onlyModernAlgorithmsAreNegotiatedWithAServerThatDoesNotNameItsLibrary() throws IOException {
    try (MinaClient client = MinaClient.login(server.port(), "one", "pw-one")) {
      assertThat(client.session.getServerVersion()).isEqualTo("SSH-2.0-rosterd");
      for (KexProposalOption option : KexProposalOption.VALUES) {
        String negotiated = client.session.getNegotiatedKexParameter(option);
        if (negotiated != null) {
          assertThat(Algorithms.modern(negotiated)).as(option + " " + negotiated).isTrue();
        }
      }
    }
  }

  private static LoginLockouts lockouts() {
    return new LoginLockouts(POSTGRES.jdbc());
  }

  private interface Action {
    void run() throws IOException;
  }

  private static void assertDenied(Action action, String message) {
    assertThatThrownBy(action::run).isInstanceOf(SftpException.class).hasMessageContaining(message);
  }

  static void write(SftpClient sftp, String path, String content) throws IOException {
    try (OutputStream out = sftp.write(path)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  static String read(SftpClient sftp, String path) throws IOException {
    try (var in = sftp.read(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<String> names(SftpClient sftp, String path) throws IOException {
    List<String> names = new ArrayList<>();
    sftp.readDir(path).forEach(entry -> names.add(entry.getFilename()));
    return names;
  }

  private interface Check {
    boolean holds();
  }

  private static boolean eventually(Check check) {
    for (int i = 0; i < 50; i++) {
      if (check.holds()) {
        return true;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }
}
