package io.rosterd.server.web;

import io.rosterd.server.credentials.PasswordHasher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an email and password. After {@link #LOCK_AFTER} failures in a row the account is locked
 * for {@link #LOCK_FOR}, counted in the database so a restart does not reset it; while locked even
 * the right password is refused, so guessing gains nothing.
 */
final class SignIn {
  static final int LOCK_AFTER = 5;
  static final Duration LOCK_FOR = Duration.ofMinutes(15);

  // An unknown email is checked against this, so it takes as long as a known one: no probing.
  private static final String NOBODY = new PasswordHasher().hash("no account has this password");

  private final WebUserStore users;
  private final PasswordHasher hasher = new PasswordHasher();
  private final Clock clock;

  SignIn(WebUserStore users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  /** The outcome: the user signed in, or the sentence to show on the sign-in page. */
  record Outcome(WebUser user, String refusal) {}

  Outcome attempt(String email, String password) {
    if (email == null || password == null || email.isBlank() || email.length() > 254) {
      return new Outcome(null, "Enter your email and password.");
    }
    // Each check hashes with Argon2id (19 MiB): a flood of sign-ins must queue, not take the heap.
    try {
      if (!CHECKS.tryAcquire(CHECK_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        return new Outcome(null, "rosterd is busy; try again in a moment.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(null, "rosterd is busy; try again in a moment.");
    }
    try {
      return check(email, password);
    } finally {
      CHECKS.release();
    }
  }

  private static final java.util.concurrent.Semaphore CHECKS =
      new java.util.concurrent.Semaphore(4);
  private static final java.time.Duration CHECK_WAIT = java.time.Duration.ofSeconds(5);

  private Outcome check(String email, String password) {
    Optional<WebUserStore.Login> login = users.login(email.strip());
    Instant now = clock.instant();
    if (login.isEmpty()) {
      hasher.verify(password, NOBODY);
      return new Outcome(null, "Wrong email or password.");
    }
    WebUser user = login.get().user();
    if (user.lockedUntil() != null && now.isBefore(user.lockedUntil())) {
      return new Outcome(null, locked());
    }
    if (!hasher.verify(password, login.get().passwordHash())) {
      users.failed(user.id(), LOCK_AFTER, now.plus(LOCK_FOR));
      boolean nowLocked = user.failedLogins() + 1 >= LOCK_AFTER;
      return new Outcome(null, nowLocked ? locked() : "Wrong email or password.");
    }
    users.succeeded(user.id(), now);
    return new Outcome(user, null);
  }

  private static String locked() {
    return "Too many failed sign-ins: this account is locked for "
        + LOCK_FOR.toMinutes()
        + " minutes. Try again later, or ask support to reset your password.";
  }
}
