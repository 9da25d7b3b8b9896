package io.rosterd.server.api;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.rosterd.server.notify.MailSettings;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** GreenMail as an in-process SMTP server on a free port: the emails rosterd really sent. */
public final class Mailbox implements AutoCloseable {
  public static final String SUPPORT = "support@rosterd.example.org";

  private final GreenMail greenMail;

  public Mailbox() {
    greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    greenMail.start();
  }

  /** rosterd's settings for sending here, with support's address and links to {@code publicUrl}. */
  public MailSettings settings(String publicUrl) {
    return MailSettings.logOnly(publicUrl)
        .withPlainSmtp("127.0.0.1", greenMail.getSmtp().getPort(), SUPPORT);
  }

  /** One received email, decoded. */
  public record Mail(List<String> to, String subject, String body) {}

  /** Every email received so far. */
  public List<Mail> all() {
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      mails.add(mail(message));
    }
    return mails;
  }

  /** The first email to {@code address} whose subject contains {@code subject}, within 15 s. */
  public Mail await(String address, String subject) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (Instant.now().isBefore(deadline)) {
      for (Mail mail : all()) {
        if (mail.to().contains(address) && mail.subject().contains(subject)) {
          return mail;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "no email to " + address + " with '" + subject + "' in 15 s; received: " + all());
  }

  private static Mail mail(MimeMessage message) {
    try {
      List<String> to = new ArrayList<>();
      for (Address address : message.getAllRecipients()) {
        to.add(address.toString());
      }
      return new Mail(to, message.getSubject(), String.valueOf(message.getContent()));
    } catch (MessagingException | IOException e) {
      throw new AssertionError("an email could not be read", e);
    }
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
