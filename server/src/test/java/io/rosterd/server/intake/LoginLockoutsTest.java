package io.rosterd.server.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.store.PostgresExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Failed logins counted in PostgreSQL: backoff, lockout, forgetting, unlocking, several processes.
 */
final class LoginLockoutsTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  /** Usernames: 2 free, then 1 s, 2 s, locked out at the 5th; addresses: 3 free, out at the 6th. */
  static final LoginPolicy POLICY =
      new LoginPolicy(
          new LoginPolicy.Threshold(2, 5),
          new LoginPolicy.Threshold(3, 6),
          Duration.ofSeconds(1),
          Duration.ofSeconds(2),
          Duration.ofMinutes(15));

  private final LoginLockouts lockouts = new LoginLockouts(POSTGRES.jdbc(), POLICY);
  private final Instant start = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void aUsernameBacksOffThenIsLockedOutUntilTheLockoutEnds() {
    Instant now = start;
    fail("backoff", "10.1.0.1", now, 2);
    assertThat(lockouts.inForce("backoff", "10.1.0.9", now)).isEmpty();

    lockouts.failed("backoff", "10.1.0.1", now); // the 3rd: one second's wait
    assertThat(lockedUntil("backoff", "10.1.0.9", now)).isEqualTo(now.plusSeconds(1));
    now = now.plusSeconds(1);
    assertThat(lockouts.inForce("backoff", "10.1.0.9", now)).isEmpty();
    lockouts.failed("backoff", "10.1.0.1", now); // the 4th: two seconds (the longest)
    assertThat(lockedUntil("backoff", "10.1.0.9", now)).isEqualTo(now.plusSeconds(2));
    now = now.plusSeconds(2);
    lockouts.failed("backoff", "10.1.0.1", now); // the 5th: locked out

    assertThat(lockedUntil("backoff", "10.1.0.9", now)).isEqualTo(now.plus(Duration.ofMinutes(15)));
    assertThat(lockouts.inForce("other", "10.1.0.9", now)).isEmpty();
    assertThat(lockouts.inForce("backoff", "10.1.0.9", now.plus(Duration.ofMinutes(15)))).isEmpty();
  }

  @Test
  void anAddressIsLockedOutAfterFailuresOverAnyUsernamesEvenOnesThatCannotExist() {
    fail("guess-a", "10.2.0.1", start, 2);
    fail("Not A Username!", "10.2.0.1", start, 2);
    fail("guess-b", "10.2.0.1", start, 2);

    assertThat(lockouts.inForce("anyone", "10.2.0.1", start))
        .hasValueSatisfying(lock -> assertThat(lock.kind()).isEqualTo(FailedLogins.ADDRESS));
    assertThat(lockouts.inForce("anyone", "10.2.0.2", start)).isEmpty();
    assertThat(lockouts.ofUsername("guess-a", start).orElseThrow().failures()).isEqualTo(2);
    assertThat(
            POSTGRES
                .jdbc()
                .queryOne(
                    "select count(*) from sftp_login_failures where key like 'Not A%'",
                    row -> row.getInt(1)))
        .contains(0);
  }

  @Test
  void failuresAreForgottenAfterAQuietPeriodAndAUsernamesOnASuccess() {
    fail("quiet", "10.3.0.1", start, 2);
    Instant later = start.plus(Duration.ofMinutes(15)).plusSeconds(1);
    lockouts.failed("quiet", "10.3.0.1", later);
    assertThat(lockouts.ofUsername("quiet", later).orElseThrow().failures()).isEqualTo(1);

    lockouts.succeeded("quiet");

    assertThat(lockouts.ofUsername("quiet", later)).isEmpty();
    List<FailedLogins> address = lockouts.failed("other", "10.3.0.1", later);
    assertThat(address.get(1).failures()).as("the address still counts").isEqualTo(2);
  }

  @Test
  void unlockLiftsTheUsernameAndTheAddressesLastFailedAsIt() {
    Instant now = Instant.now();
    fail("stuck", "10.4.0.1", now, 6);
    fail("someone-else", "10.4.0.2", now, 6);
    assertThat(lockouts.lockedAddresses("stuck", now))
        .extracting(FailedLogins::key)
        .containsExactly("10.4.0.1");

    List<FailedLogins> removed = lockouts.unlock("stuck");

    assertThat(removed)
        .extracting(FailedLogins::key)
        .containsExactlyInAnyOrder("stuck", "10.4.0.1");
    assertThat(lockouts.inForce("stuck", "10.4.0.1", now)).isEmpty();
    assertThat(lockouts.inForce("someone-else", "10.4.0.2", now)).isPresent();
  }

  @Test
  void processesFailingTheSameUsernameAtOnceLoseNoCount() throws Exception {
    // two instances, as two rosterd processes would have, each used by four threads
    LoginLockouts other = new LoginLockouts(POSTGRES.jdbc(), POLICY);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      LoginLockouts process = t % 2 == 0 ? lockouts : other;
      done.add(threads.submit(() -> fail("shared", "10.5.0.1", start, 10, process)));
    }
    for (Future<?> future : done) {
      future.get();
    }
    threads.shutdown();

    assertThat(lockouts.ofUsername("shared", start).orElseThrow().failures()).isEqualTo(80);
    assertThat(lockedUntil("shared", "10.5.0.9", start))
        .isEqualTo(start.plus(Duration.ofMinutes(15)));
  }

  private Instant lockedUntil(String username, String address, Instant now) {
    return lockouts.inForce(username, address, now).orElseThrow().lockedUntil();
  }

  private void fail(String username, String address, Instant now, int times) {
    fail(username, address, now, times, lockouts);
  }

  private static void fail(
      String username, String address, Instant now, int times, LoginLockouts process) {
    for (int i = 0; i < times; i++) {
      process.failed(username, address, now);
    }
  }
}
