package io.rosterd.server.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.district.AccessRequestStore;
import io.rosterd.server.notify.MailSettings;
import io.rosterd.server.notify.PostOffice;
import io.rosterd.server.store.PostgresExtension;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The access-request limit holds when one address sends many requests at the same moment. */
final class AccessRateLimitTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  @Test
  void requestsSentAtOnceFromOneAddressStopAtTheLimit() throws Exception {
    PostOffice post =
        new PostOffice(POSTGRES.jdbc(), MailSettings.logOnly("https://r.example.org"));
    Clock clock = Clock.systemUTC();
    Onboarding onboarding =
        new Onboarding(
            POSTGRES.jdbc(),
            post,
            new CredentialChanges(POSTGRES.jdbc(), post, clock),
            RateLimit.ACCESS_REQUESTS,
            clock);
    AccessRequestStore.Asked asked =
        new AccessRequestStore.Asked("Pine USD", "Pat", "it@pine.example.org", "", "");
    ExecutorService pool = Executors.newFixedThreadPool(12);
    List<Future<Boolean>> tries = new ArrayList<>();
    try {
      for (int i = 0; i < 12; i++) {
        Callable<Boolean> ask =
            () -> {
              try {
                onboarding.ask(asked, "192.0.2.9");
                return true;
              } catch (Onboarding.TooMany refused) {
                return false;
              }
            };
        tries.add(pool.submit(ask));
      }
      long stored = 0;
      for (Future<Boolean> attempt : tries) {
        stored += attempt.get() ? 1 : 0;
      }
      assertThat(stored).isEqualTo(RateLimit.ACCESS_REQUESTS.max());
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            POSTGRES
                .jdbc()
                .queryOne(
                    "select count(*) from access_requests where client_address = '192.0.2.9'",
                    r -> r.getLong(1)))
        .contains((long) RateLimit.ACCESS_REQUESTS.max());
  }
}
