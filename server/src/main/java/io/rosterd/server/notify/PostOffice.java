package io.rosterd.server.notify;

import io.rosterd.server.concurrent.Threads;
import io.rosterd.server.store.Jdbc;
import jakarta.mail.MessagingException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every email goes. {@link #post} records it in the outbox inside the caller's transaction,
 * so an email exists exactly when what it tells of was committed; a thread of its own then sends it
 * (never the caller's: an SMTP server may be slow), and retries failed ones every minute. Without
 * SMTP, an email is logged (subject and recipients, never a secret) and kept in the outbox.
 */
public final class PostOffice implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PostOffice.class);

  private final Jdbc jdbc;
  private final MailSettings settings;
  private final SmtpSender smtp;
  private final ScheduledExecutorService sender =
      Executors.newSingleThreadScheduledExecutor(Threads.named("rosterd-mail"));

  private final boolean leftToServe;

  public PostOffice(Jdbc jdbc, MailSettings settings) {
    this(jdbc, settings, false);
  }

  /**
   * @param leftToServe a command-line process: its emails wait in the outbox, whole, for a {@code
   *     rosterd serve} with SMTP to send them
   */
  PostOffice(Jdbc jdbc, MailSettings settings, boolean leftToServe) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.smtp = settings.smtpConfigured() ? new SmtpSender(settings) : null;
    this.leftToServe = leftToServe;
  }

  public MailSettings settings() {
    return settings;
  }

  /** Retries failed sends once a minute from now on. */
  public void start() {
    if (smtp != null) {
      sender.scheduleWithFixedDelay(this::deliverLogged, 1, 1, TimeUnit.MINUTES);
    }
  }

  /**
   * Records {@code email} in the caller's transaction; call {@link #deliverSoon} after it commits.
   */
  public void post(Jdbc tx, Email email) {
    if (email.recipients().isEmpty()) {
      LOG.warn("email not sent, nobody to send it to: {}", email);
      return;
    }
    Optional<Long> stored = Outbox.add(tx, email, smtp != null || leftToServe);
    if (stored.isEmpty()) {
      return; // this alert went already
    }
    long id = stored.get();
    if (leftToServe) {
      LOG.info("email {} left in the outbox for rosterd serve to send: {}", id, email.subject());
    } else if (smtp == null) {
      LOG.info(
          "email {} not sent (no SMTP server configured), kept in the outbox: {} to {}: {}",
          id,
          email.kind(),
          email.recipients(),
          email.subject());
    }
  }

  /** Records and sends {@code email} on its own. */
  public void send(Email email) {
    post(jdbc, email);
    deliverSoon();
  }

  /** Sends what is due on the mail thread, without waiting. */
  public void deliverSoon() {
    if (smtp != null && !sender.isShutdown()) {
      sender.execute(this::deliverLogged);
    }
  }

  /** Sends every email due now, one at a time; returns how many went. */
  public int deliverDue() {
    if (smtp == null) {
      return 0; // another process with SMTP may share the outbox: leave its emails to it
    }
    int sent = 0;
    while (jdbc.inTransaction(this::deliverOne)) {
      sent++;
    }
    return sent;
  }

  private boolean deliverOne(Jdbc tx) {
    return Outbox.nextDue(tx)
        .map(
            due -> {
              try {
                smtp.send(due.email());
                Outbox.sent(tx, due);
                LOG.info("email {} sent: {}", due.id(), due.email());
                return true;
              } catch (MessagingException | RuntimeException e) {
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                Outbox.failed(tx, due, error);
                LOG.warn("email {} could not be sent ({}): {}", due.id(), due.email(), error);
                return false; // the server is likely down: the next minute tries again
              }
            })
        .orElse(false);
  }

  private void deliverLogged() {
    try {
      deliverDue();
    } catch (RuntimeException e) { // the database away for a moment: the next minute tries again
      LOG.error("could not send the emails due: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    sender.shutdown();
    try {
      sender.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
