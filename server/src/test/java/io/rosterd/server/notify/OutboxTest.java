package io.rosterd.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.api.Mailbox;
import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.store.PostgresExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The outbox: without SMTP an email is kept without its secrets; with SMTP a failed send keeps what
 * it needs to be retried, and a sent one drops its secrets; alerts about a stale district go once.
 */
final class OutboxTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  private static final String LINK = "https://rosterd.example.org/credentials/rcl_secret-token-1";

  private static Mailbox mailbox;
  private static District district;

  @BeforeAll
  static void start() {
    mailbox = new Mailbox();
    district =
        new DistrictStore(jdbc()).create("spruce", "Spruce Schools", "it@spruce.example.org");
  }

  @AfterAll
  static void stop() {
    mailbox.close();
  }

  @Test
  void withoutSmtpAnEmailIsKeptAsLoggedWithoutItsLink() {
    try (PostOffice post =
        new PostOffice(jdbc(), MailSettings.logOnly("https://rosterd.example.org"))) {
      post.send(CredentialMails.link(district, LINK, Instant.now(), false));
      assertThat(post.deliverDue()).isZero();
    }
    List<String> row = row("credentials.link", "logged");
    assertThat(row.get(0)).contains("[one-time link removed]").doesNotContain("rcl_secret-token-1");
    assertThat(row.get(1)).isEqualTo("{}");
    assertThat(mailbox.all()).noneMatch(mail -> mail.subject().contains("SFTP credentials for"));
  }

  @Test
  void aFailedSendKeepsItsLinkForTheRetryAndDropsItOnceSent() throws Exception {
    Email email =
        CredentialMails.changed(district, List.of("ops@spruce.example.org"), "test", Instant.now())
            .withSecret("never-logged-secret");
    try (PostOffice down = new PostOffice(jdbc(), smtpAt(closedPort()))) {
      down.post(jdbc(), email);
      assertThat(down.deliverDue()).isZero();
    }
    List<String> failed = row("credentials.changed", "failed");
    assertThat(failed.get(2)).isEqualTo("1");
    assertThat(failed.get(3)).contains("MailConnectException");

    jdbc().update("update outbox set next_attempt_at = now() where status = 'failed'");
    try (PostOffice up = new PostOffice(jdbc(), mailbox.settings("https://rosterd.example.org"))) {
      assertThat(up.deliverDue()).isEqualTo(1);
    }
    assertThat(mailbox.await("ops@spruce.example.org", "changed").body()).contains("test");
    List<String> sent = row("credentials.changed", "sent");
    assertThat(sent.get(2)).isEqualTo("2");
    assertThat(sent.get(1)).isEqualTo("{}");
  }

  @Test
  void aDistrictWithoutASuccessfulRunFor48HoursIsReportedToSupportOnce() {
    MailSettings settings = mailbox.settings("https://rosterd.example.org");
    Clock now = Clock.systemUTC();
    Clock later = Clock.offset(now, Duration.ofHours(49));
    try (PostOffice post = new PostOffice(jdbc(), settings)) {
      assertThat(new StaleDistricts(jdbc(), post, now).check()).doesNotContain("spruce");
      assertThat(new StaleDistricts(jdbc(), post, later).check()).contains("spruce");
      assertThat(new StaleDistricts(jdbc(), post, later).check()).contains("spruce");
      post.deliverDue();
    }
    assertThat(
            jdbc()
                .query(
                    "select recipients from outbox where kind = 'district.stale' and district_id = ?",
                    r -> r.getString(1),
                    "spruce"))
        .containsExactly(Mailbox.SUPPORT);
  }

  /** body, secrets, attempts, last_error of the one email of that kind and status. */
  private static List<String> row(String kind, String status) {
    return jdbc()
        .queryOne(
            "select body, secrets::text, attempts::text, coalesce(last_error, '') from outbox"
                + " where kind = ? and status = ?",
            r -> List.of(r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
            kind,
            status)
        .orElseThrow(() -> new AssertionError("no " + status + " " + kind + " email"));
  }

  private static MailSettings smtpAt(int port) {
    return MailSettings.logOnly("https://rosterd.example.org")
        .withPlainSmtp("127.0.0.1", port, Mailbox.SUPPORT);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Jdbc jdbc() {
    return POSTGRES.jdbc();
  }
}
