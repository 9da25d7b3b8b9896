package io.rosterd.server.notify;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/** Sends one email over SMTP with Jakarta Mail (Eclipse Angus), with time limits on every step. */
final class SmtpSender {
  private static final String TIMEOUT_MILLIS = "20000";

  private final Session session;
  private final String from;

  SmtpSender(MailSettings settings) {
    this.session = Session.getInstance(properties(settings), authenticator(settings));
    this.from = settings.from();
  }

  void send(Email email) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from, true));
    message.setRecipients(
        Message.RecipientType.TO, InternetAddress.parse(String.join(",", email.recipients())));
    message.setSubject(email.subject(), "UTF-8");
    message.setText(email.body(), "UTF-8");
    Transport.send(message);
  }

  private static Properties properties(MailSettings settings) {
    Properties p = new Properties();
    p.put("mail.smtp.host", settings.smtpHost());
    p.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
    // A mail server that stops answering must not hold a sending thread for ever.
    p.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    p.put("mail.smtp.timeout", TIMEOUT_MILLIS);
    p.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    switch (settings.tls()) {
      case STARTTLS -> {
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true"); // never fall back to plain text
        p.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case SSL -> {
        p.put("mail.smtp.ssl.enable", "true");
        p.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case NONE -> {}
    }
    if (settings.smtpUser() != null && !settings.smtpUser().isBlank()) {
      p.put("mail.smtp.auth", "true");
    }
    return p;
  }

  private static Authenticator authenticator(MailSettings settings) {
    if (settings.smtpUser() == null || settings.smtpUser().isBlank()) {
      return null;
    }
    PasswordAuthentication login =
        new PasswordAuthentication(
            settings.smtpUser(), settings.smtpPassword() == null ? "" : settings.smtpPassword());
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return login;
      }
    };
  }
}
