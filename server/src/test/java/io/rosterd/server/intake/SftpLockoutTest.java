package io.rosterd.server.intake;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rosterd.server.cli.Main;
import io.rosterd.server.credentials.DatabaseSftpAccounts;
import io.rosterd.server.credentials.IssuedPassword;
import io.rosterd.server.credentials.KeyFiles;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.credentials.SshKeys;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.testing.SettableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Backoff and lockout with every real part: accounts and failed logins in PostgreSQL, MINA's and
 * OpenSSH's clients on loopback, and the {@code rosterd credentials} commands support runs.
 */
final class SftpLockoutTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  /** Usernames: 2 free failures, a wait of 1 s after the 3rd, locked out at the 4th. */
  private static final LoginPolicy BACKOFF =
      new LoginPolicy(
          new LoginPolicy.Threshold(2, 4),
          new LoginPolicy.Threshold(5, 8),
          Duration.ofSeconds(1),
          Duration.ofSeconds(2),
          Duration.ofMinutes(15));

  /** As above without the waits, for tests on the real clock: locked out at the 4th failure. */
  private static final LoginPolicy NO_WAIT =
      new LoginPolicy(
          new LoginPolicy.Threshold(3, 4),
          new LoginPolicy.Threshold(7, 8),
          Duration.ofSeconds(1),
          Duration.ofSeconds(2),
          Duration.ofMinutes(15));

  @TempDir Path dir;

  private final SftpAccountStore store = new SftpAccountStore(POSTGRES.jdbc());

  /** Every test fails logins from 127.0.0.1: each starts with the address's count at zero. */
  @BeforeEach
  void forgetFailedLogins() {
    POSTGRES.jdbc().update("delete from sftp_login_failures");
  }

  @Test
  void wrongPasswordsBackOffThenLockOutTheRightPasswordUntilTheLockoutEnds() {
    String password = district("lock-clock");
    SettableClock clock = new SettableClock(Instant.now());
    ListAppender<ILoggingEvent> log = capture();
    try (SftpServer server = server("clock", clock, BACKOFF)) {
      int port = server.port();
      assertThat(MinaClient.canLogin(port, "lock-clock", "wrong-1")).isFalse();
      assertThat(MinaClient.canLogin(port, "lock-clock", "wrong-2")).isFalse();
      assertThat(MinaClient.canLogin(port, "lock-clock", "wrong-3")).isFalse();
      assertThat(MinaClient.canLogin(port, "lock-clock", password)).as("backing off").isFalse();
      clock.advance(Duration.ofSeconds(1));
      assertThat(MinaClient.canLogin(port, "lock-clock", "wrong-4")).isFalse();

      assertThat(MinaClient.canLogin(port, "lock-clock", password)).as("locked out").isFalse();
      clock.advance(Duration.ofMinutes(15).minusSeconds(1));
      assertThat(MinaClient.canLogin(port, "lock-clock", password)).as("still").isFalse();
      clock.advance(Duration.ofSeconds(2));
      assertThat(MinaClient.canLogin(port, "lock-clock", password)).isTrue();
    } finally {
      release(log);
    }
    assertThat(store.find("lock-clock", clock.instant()).orElseThrow().failedAttempts())
        .as("a right password forgets the failures")
        .isZero();
    assertThat(log.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "SFTP lockout: username lock-clock: 4 failed logins, no login until"));
  }

  @Test
  void aLockoutSurvivesARestartHoldsOnEveryServerAndSupportSeesAndLiftsIt() throws Exception {
    String password = district("lock-shared");
    List<SftpServer> servers = new ArrayList<>();
    try {
      servers.add(server("a", Clock.systemUTC(), NO_WAIT));
      servers.add(server("b", Clock.systemUTC(), NO_WAIT));
      for (int i = 0; i < 4; i++) { // alternately on two servers, as two rosterd processes
        assertThat(MinaClient.canLogin(servers.get(i % 2).port(), "lock-shared", "no")).isFalse();
      }
      assertThat(MinaClient.canLogin(servers.get(0).port(), "lock-shared", password)).isFalse();
      assertThat(MinaClient.canLogin(servers.get(1).port(), "lock-shared", password)).isFalse();

      JsonNode account = json(support("credentials", "list", "lock-shared", "--format", "json"));
      assertThat(account.get("failedAttempts").asInt()).isEqualTo(4);
      assertThat(Instant.parse(account.get("lockedUntil").asText())).isAfter(Instant.now());
      assertThat(support("credentials", "list", "lock-shared"))
          .containsPattern("failed logins: +4 since the last successful password login")
          .containsPattern("locked until: +\\S+ after 4 failed logins;")
          .contains("'rosterd credentials unlock lock-shared' lifts it now");

      servers.remove(0).close();
      servers.add(0, server("a", Clock.systemUTC(), NO_WAIT));
      assertThat(MinaClient.canLogin(servers.get(0).port(), "lock-shared", password))
          .as("after a restart")
          .isFalse();

      assertThat(support("credentials", "unlock", "lock-shared"))
          .startsWith(
              "Lifted the SFTP lockout of district lock-shared (username lock-shared);"
                  + " it can log in now.")
          .containsPattern("locked until: +not locked");
      assertThat(MinaClient.canLogin(servers.get(0).port(), "lock-shared", password)).isTrue();
      assertThat(MinaClient.canLogin(servers.get(1).port(), "lock-shared", password)).isTrue();
    } finally {
      servers.forEach(SftpServer::close);
    }
  }

  @Test
  void anAddressLockedOutByGuessesRefusesEveryDistrictThereUntilSupportUnlocks() throws Exception {
    String one = district("addr-one");
    String two = district("addr-two");
    SettableClock clock = new SettableClock(Instant.now());
    try (SftpServer server = server("address", clock, BACKOFF)) {
      for (int i = 1; i <= 7; i++) {
        assertThat(MinaClient.canLogin(server.port(), "guess-" + i, "guess")).isFalse();
        clock.advance(Duration.ofSeconds(2)); // past each backoff, so every guess counts
      }
      assertThat(MinaClient.canLogin(server.port(), "addr-one", "typo")).isFalse(); // the 8th

      assertThat(MinaClient.canLogin(server.port(), "addr-one", one)).isFalse();
      assertThat(MinaClient.canLogin(server.port(), "addr-two", two)).isFalse();
      JsonNode account = json(support("credentials", "list", "addr-one", "--format", "json"));
      assertThat(account.get("lockedAddresses").get(0).get("address").asText())
          .isEqualTo("127.0.0.1");
      assertThat(account.get("lockedAddresses").get(0).get("failedAttempts").asInt()).isEqualTo(8);
      assertThat(support("credentials", "list", "addr-one"))
          .containsPattern("locked address: 127.0.0.1 until \\S+ after 8 failed logins");

      assertThat(support("credentials", "unlock", "addr-one")).contains("address 127.0.0.1");
      assertThat(MinaClient.canLogin(server.port(), "addr-two", two)).isTrue();
    }
  }

  @Test
  void aKeyLogsInWhileItsUsernameIsLockedOut() throws Exception {
    String password = district("lock-key");
    KeyFiles.Pair pair = KeyFiles.generate(dir, "ed25519", "export@sis");
    store.addKey("lock-key", SshKeys.parse(pair.publicLine()));
    try (SftpServer server = server("key", Clock.systemUTC(), NO_WAIT)) {
      for (int i = 0; i < 4; i++) {
        assertThat(MinaClient.canLogin(server.port(), "lock-key", "no")).isFalse();
      }
      assertThat(MinaClient.canLogin(server.port(), "lock-key", password)).isFalse();

      Processes.Result withKey =
          new OpenSsh(dir, server.port()).sftpWithKey("lock-key", pair.privateKey(), "ls");

      assertThat(withKey.exitCode()).as(withKey.output()).isZero();
    }
  }

  private String district(String id) {
    new DistrictStore(POSTGRES.jdbc()).create(id, "District " + id, "it@" + id + ".example.org");
    IssuedPassword issued = IssuedPassword.generate();
    store.setPassword(id, issued.hash());
    return issued.password();
  }

  private SftpServer server(String name, Clock clock, LoginPolicy policy) {
    Path data = dir.resolve(name);
    return SftpServer.start(
        SftpConfig.defaults(data).withPort("127.0.0.1", 0),
        new DatabaseSftpAccounts(POSTGRES.jdbc()),
        new LoginLockouts(POSTGRES.jdbc(), policy),
        new LocalDropBox(data),
        upload -> {},
        clock);
  }

  /** {@code rosterd ARGS} on this class's database, as support would run it; its output. */
  private static String support(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(POSTGRES.cliOptions());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.commandLine(new PrintWriter(out), new PrintWriter(err))
            .execute(all.toArray(String[]::new));
    assertThat(status).as(err.toString()).isZero();
    return out.toString();
  }

  private static JsonNode json(String out) throws Exception {
    return new ObjectMapper().readTree(out).get("account");
  }

  private static ListAppender<ILoggingEvent> capture() {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    ((Logger) LoggerFactory.getLogger(LoginLockouts.class)).addAppender(appender);
    return appender;
  }

  private static void release(ListAppender<ILoggingEvent> appender) {
    ((Logger) LoggerFactory.getLogger(LoginLockouts.class)).detachAppender(appender);
  }
}
