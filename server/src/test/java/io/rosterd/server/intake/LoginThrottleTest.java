package io.rosterd.server.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class LoginThrottleTest {

  private final SftpRulesTest.MutableClock clock = new SftpRulesTest.MutableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock, 3, 5, Duration.ofMinutes(15));

  @Test
  void aUsernameIsLockedAfterItsFailuresUntilTheLockoutEnds() {
    fail("district-a", "10.0.0.1", 3);

    assertThat(throttle.locked("district-a", "10.0.0.9")).isTrue();
    assertThat(throttle.locked("district-b", "10.0.0.9")).isFalse();
    clock.advance(Duration.ofMinutes(15));
    assertThat(throttle.locked("district-a", "10.0.0.9")).isFalse();
  }

  @Test
  void anAddressIsLockedAfterMoreFailuresOverAnyUsernames() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("guess-" + i, "10.0.0.2");
    }

    assertThat(throttle.locked("district-c", "10.0.0.2")).isTrue();
    assertThat(throttle.locked("district-c", "10.0.0.3")).isFalse();
  }

  @Test
  void oldFailuresAndASuccessStopCounting() {
    fail("district-d", "10.0.0.4", 2);
    clock.advance(Duration.ofMinutes(16));
    fail("district-d", "10.0.0.4", 2);
    assertThat(throttle.locked("district-d", "10.0.0.5")).isFalse();

    throttle.succeeded("district-d");
    fail("district-d", "10.0.0.6", 2);
    assertThat(throttle.locked("district-d", "10.0.0.7")).isFalse();
  }

  private void fail(String username, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username, address);
    }
  }
}
