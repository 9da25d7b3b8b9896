package io.rosterd.server.intake;

import io.rosterd.server.concurrent.Threads;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs password checks on a few threads of their own, answering MINA through an {@link
 * AsyncAuthException}. A check hashes with Argon2id (19 MiB, tens of milliseconds): on MINA's few
 * network threads it would stall every transfer, and unbounded a flood of logins would take all
 * memory and CPU. Here at most {@code max} run at once; a check that cannot start within {@code
 * wait} is answered as a failed login, and so is one that finds no place in the queue.
 */
final class PasswordChecks implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PasswordChecks.class);

  /** Waiting checks, beyond which a login fails at once; each holds only a few strings. */
  private static final int QUEUE = 1024;

  private final int max;
  private final Duration wait;
  private final ThreadPoolExecutor workers;
  private final ScheduledExecutorService timeouts;

  PasswordChecks(int max, Duration wait) {
    this.max = max;
    this.wait = wait;
    this.workers =
        new ThreadPoolExecutor(
            max,
            max,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            Threads.named("sftp-password"));
    this.timeouts =
        Executors.newSingleThreadScheduledExecutor(Threads.named("sftp-password-timeout"));
  }

  /**
   * Starts {@code check} for the login {@code who}; the result reaches MINA through the returned
   * exception, which the authenticator throws. Whichever comes first, a worker taking the check or
   * the wait running out, answers it.
   */
  AsyncAuthException start(ServerSession session, String who, BooleanSupplier check) {
    AsyncAuthException answer = new AsyncAuthException();
    AtomicBoolean taken = new AtomicBoolean();
    try {
      ScheduledFuture<?> timeout =
          timeouts.schedule(
              () -> timedOut(taken, answer, who), wait.toMillis(), TimeUnit.MILLISECONDS);
      workers.execute(
          () -> {
            if (taken.compareAndSet(false, true)) {
              timeout.cancel(false);
              boolean authed = false;
              try {
                authed = session.isOpen() && run(who, check); // a client gone needs no hash
              } finally {
                answer.setAuthed(authed);
              }
            }
          });
    } catch (RejectedExecutionException e) { // the queue is full, or the server is stopping
      if (taken.compareAndSet(false, true)) {
        LOG.warn("SFTP login refused: {}: {} password checks already waiting", who, QUEUE);
        answer.setAuthed(false);
      }
    }
    return answer;
  }

  @Override
  public void close() {
    workers.shutdownNow();
    timeouts.shutdownNow();
  }

  private void timedOut(AtomicBoolean taken, AsyncAuthException answer, String who) {
    if (taken.compareAndSet(false, true)) {
      LOG.warn(
          "SFTP login refused: {}: no password check free within {} ms ({} at once is the limit)",
          who,
          wait.toMillis(),
          max);
      answer.setAuthed(false);
    }
  }

  // Any failure (the database down, say) is a refused login, never a dead worker or a hang.
  private static boolean run(String who, BooleanSupplier check) {
    try {
      return check.getAsBoolean();
    } catch (RuntimeException e) {
      LOG.error("SFTP login refused: {}: the password check failed", who, e);
      return false;
    }
  }
}
