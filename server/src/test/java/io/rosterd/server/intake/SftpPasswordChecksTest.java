package io.rosterd.server.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.credentials.DatabaseSftpAccounts;
import io.rosterd.server.credentials.IssuedPassword;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Password checks (Argon2id, 19 MiB each) run a few at a time, off MINA's network threads; a login
 * that finds no free check in time fails as a failed login, and the server carries on. The accounts
 * are the real ones in PostgreSQL, watched (not replaced) to see how many checks run.
 */
final class SftpPasswordChecksTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  @TempDir Path dir;

  @Test
  void atMostTheCapOfPasswordsIsCheckedAtOnceAndNeverOnANetworkThread() throws Exception {
    List<String> passwords = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      passwords.add(district("burst-" + i));
    }
    // every check waits up to a second for company, so more than two would be seen if allowed
    Watched accounts = new Watched(3, Duration.ofSeconds(1), null);
    SftpConfig config = config("burst").withPasswordChecks(2, Duration.ofSeconds(30));
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try (SftpServer server = server(config, accounts)) {
      List<Future<Boolean>> logins = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String user = "burst-" + i;
        String password = passwords.get(i);
        logins.add(clients.submit(() -> MinaClient.canLogin(server.port(), user, password)));
      }
      for (Future<Boolean> login : logins) {
        assertThat(login.get(60, TimeUnit.SECONDS)).as("every login gets in, in turn").isTrue();
      }
    } finally {
      clients.shutdownNow();
    }

    assertThat(accounts.mostAtOnce.get()).isEqualTo(2);
    assertThat(accounts.threads).allMatch(name -> name.startsWith("sftp-password-"));
  }

  @Test
  void aLoginBeyondTheCapWaitsBrieflyThenFailsWithoutCountingAgainstTheDistrict() throws Exception {
    String slowPassword = district("slow");
    String fastPassword = district("fast");
    CountDownLatch release = new CountDownLatch(1);
    Watched accounts = new Watched(1, Duration.ZERO, release);
    SftpConfig config = config("cap").withPasswordChecks(1, Duration.ofMillis(500));
    ExecutorService clients = Executors.newSingleThreadExecutor();
    try (SftpServer server = server(config, accounts)) {
      Future<Boolean> slow =
          clients.submit(() -> MinaClient.canLogin(server.port(), "slow", slowPassword));
      accounts.entered.await(30, TimeUnit.SECONDS); // the only check is taken

      long started = System.nanoTime();
      boolean refused = !MinaClient.canLogin(server.port(), "fast", fastPassword);
      Duration waited = Duration.ofNanos(System.nanoTime() - started);
      release.countDown();

      assertThat(refused).as("no check free in time").isTrue();
      // not the client's own 15 s timeout, nor the server's 1 min for logging in
      assertThat(waited).isBetween(Duration.ofMillis(500), Duration.ofSeconds(5));
      assertThat(slow.get(30, TimeUnit.SECONDS)).isTrue();
      assertThat(MinaClient.canLogin(server.port(), "fast", fastPassword)).isTrue();
    } finally {
      clients.shutdownNow();
    }
    assertThat(new LoginLockouts(POSTGRES.jdbc()).ofUsername("fast", Instant.now())).isEmpty();
  }

  private static String district(String id) {
    new DistrictStore(POSTGRES.jdbc()).create(id, "District " + id, "it@" + id + ".example.org");
    IssuedPassword issued = IssuedPassword.generate();
    new SftpAccountStore(POSTGRES.jdbc()).setPassword(id, issued.hash());
    return issued.password();
  }

  private SftpConfig config(String name) {
    return SftpConfig.defaults(dir.resolve(name)).withPort("127.0.0.1", 0);
  }

  private static SftpServer server(SftpConfig config, SftpAccounts accounts) {
    return SftpServer.start(
        config,
        accounts,
        new LoginLockouts(POSTGRES.jdbc()),
        new LocalDropBox(config.dataDir()),
        upload -> {},
        Clock.systemUTC());
  }

  /**
   * The real accounts in PostgreSQL, watched: how many password checks run at once and on which
   * threads. Each check first waits (at most {@code linger}) until {@code company} run together, so
   * overlapping logins overlap for sure; with {@code hold}, every check waits until it opens.
   */
  private static final class Watched implements SftpAccounts {
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final Set<String> threads = ConcurrentHashMap.newKeySet();
    final CountDownLatch entered = new CountDownLatch(1);
    private final SftpAccounts real = new DatabaseSftpAccounts(POSTGRES.jdbc());
    private final AtomicInteger running = new AtomicInteger();
    private final CountDownLatch together;
    private final Duration linger;
    private final CountDownLatch hold;

    Watched(int company, Duration linger, CountDownLatch hold) {
      this.together = new CountDownLatch(company);
      this.linger = linger;
      this.hold = hold;
    }

    @Override
    public Optional<String> byPassword(String username, String password) {
      threads.add(Thread.currentThread().getName());
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        entered.countDown();
        together.countDown();
        together.await(linger.toMillis(), TimeUnit.MILLISECONDS);
        if (hold != null) {
          hold.await(30, TimeUnit.SECONDS);
        }
        return real.byPassword(username, password);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      } finally {
        running.decrementAndGet();
      }
    }

    @Override
    public Optional<String> byPublicKey(String username, PublicKey key) {
      return real.byPublicKey(username, key);
    }
  }
}
