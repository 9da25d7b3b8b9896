package io.rosterd.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.credentials.KeyFiles;
import io.rosterd.server.intake.MinaClient;
import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The onboarding flow over real HTTP, real SMTP (GreenMail) and real SFTP: a district asks, support
 * approves, the technical contact gets a link by email, the link shows the password once, and the
 * password logs in.
 */
final class OnboardingFlowTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir static Path dataDir;
  @TempDir Path work;

  private static final Pattern LINK =
      Pattern.compile("https://rosterd\\.example\\.org/credentials/(rcl_[A-Za-z0-9_-]+)");

  private static Mailbox mailbox;
  private static ApiServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    mailbox = new Mailbox();
    server =
        new ApiServer(
            POSTGRES, dataDir, Clock.systemUTC(), mailbox.settings("https://rosterd.example.org/"));
    api = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
    mailbox.close();
  }

  @Test
  void aRequestApprovedBySupportEndsInAnSftpLoginWithThePasswordTheLinkShowedOnce()
      throws Exception {
    ApiClient.Answer asked =
        api.post(
            "/api/access-requests",
            null,
            "{\"districtName\": \"Maple Valley Schools\", \"contactName\": \"Rosa Diaz\","
                + " \"contactEmail\": \"it@maple.example.org\", \"phone\": \"+1 (555) 010-2000\","
                + " \"notes\": \"PowerSchool export\"}");
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    long id = asked.json().at("/accessRequest/id").asLong();
    assertThat(mailbox.await(Mailbox.SUPPORT, "Maple Valley Schools asks to start").body())
        .contains("Rosa Diaz");

    ApiClient.Answer pending = api.get("/api/access-requests?state=pending", server.supportToken());
    assertThat(pending.json().get("accessRequests").findValuesAsText("contactEmail"))
        .contains("it@maple.example.org");

    ApiClient.Answer approved =
        api.post(
            "/api/access-requests/" + id + "/approve",
            server.supportToken(),
            "{\"districtId\": \"maple\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().at("/accessRequest/state").asText()).isEqualTo("approved");
    assertThat(approved.json().at("/credentialLink/emailed").asBoolean()).isTrue();
    assertThat(approved.json().at("/credentialLink").has("url")).isFalse(); // it went by email
    assertThat(
            api.get("/api/districts/maple", server.supportToken())
                .json()
                .at("/district/name")
                .asText())
        .isEqualTo("Maple Valley Schools");
    assertThat(credentials("maple").at("/credentials/hasPassword").asBoolean()).isFalse();

    Mailbox.Mail email = mailbox.await("it@maple.example.org", "SFTP credentials for Maple");
    Matcher link = LINK.matcher(email.body());
    assertThat(link.find()).as(email.body()).isTrue();
    String token = link.group(1);
    assertThat(email.body()).contains("72 hours").doesNotContainIgnoringCase("password:");

    ApiClient.Answer look = api.get("/api/credential-links/" + token, null);
    assertThat(look.status()).as(look.body()).isEqualTo(200);
    assertThat(look.json().at("/credentialLink/username").asText()).isEqualTo("maple");
    assertThat(look.json().at("/credentialLink/host").asText()).isEqualTo("rosterd.example.org");
    assertThat(look.json().at("/credentialLink/port").asInt())
        .isEqualTo(server.service().sftpPort());
    assertThat(look.json().at("/credentialLink/hostKeys").isArray()).isTrue();
    assertThat(look.json().at("/credentialLink/hostKeys").get(0).asText()).contains("SHA256:");
    assertThat(look.body()).doesNotContain("password");
    assertThat(credentials("maple").at("/credentials/hasPassword").asBoolean())
        .as("looking does not use the link up")
        .isFalse();

    ApiClient.Answer revealed = api.post("/api/credential-links/" + token + "/reveal", null, null);
    assertThat(revealed.status()).as(revealed.body()).isEqualTo(200);
    String password = revealed.json().at("/credentials/password").asText();
    assertThat(password).hasSize(24);
    try (MinaClient sftp = MinaClient.login(server.service().sftpPort(), "maple", password)) {
      assertThat(sftp.sftp.canonicalPath(".")).isEqualTo("/");
    }

    ApiClient.Answer again = api.post("/api/credential-links/" + token + "/reveal", null, null);
    assertThat(again.status()).isEqualTo(410);
    assertThat(again.json().get("message").asText()).contains("already shown").contains("rotate");
    assertThat(again.body()).doesNotContain(password);
    assertThat(api.get("/api/credential-links/" + token, null).status()).isEqualTo(410);
    ApiClient.Answer page = api.get("/credentials/" + token, null);
    assertThat(page.status()).isEqualTo(410);
    assertThat(page.body()).contains("already shown").doesNotContain(password);

    KeyFiles.Pair key = KeyFiles.generate(work, "ed25519", "export@maple");
    ApiClient.Answer added =
        api.post(
            "/api/credential-links/" + token + "/keys",
            null,
            "{\"publicKey\": \"" + key.publicLine() + "\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().get("fingerprint").asText()).isEqualTo(key.fingerprint());
    assertThat(credentials("maple").at("/credentials/keys").findValuesAsText("fingerprint"))
        .containsExactly(key.fingerprint());

    assertNothingSecretKept(token, password);
  }

  @Test
  void declinedRequestsTellTheRequesterWhyAndCannotBeDecidedTwice() throws Exception {
    long id =
        api.post(
                "/api/access-requests",
                null,
                "{\"districtName\": \"Test Academy\", \"contactName\": \"Sam\","
                    + " \"contactEmail\": \"sam@academy.example.org\"}")
            .json()
            .at("/accessRequest/id")
            .asLong();
    ApiClient.Answer withoutReason =
        api.post("/api/access-requests/" + id + "/decline", server.supportToken(), "{}");
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.json().get("message").asText()).contains("reason");
    ApiClient.Answer declined =
        api.post(
            "/api/access-requests/" + id + "/decline",
            server.supportToken(),
            "{\"reason\": \"we could not confirm the district\"}");
    assertThat(declined.status()).as(declined.body()).isEqualTo(200);
    assertThat(declined.json().at("/accessRequest/state").asText()).isEqualTo("declined");
    assertThat(mailbox.await("sam@academy.example.org", "your request").body())
        .contains("we could not confirm the district");

    ApiClient.Answer twice =
        api.post(
            "/api/access-requests/" + id + "/approve",
            server.supportToken(),
            "{\"districtId\": \"academy\"}");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("message").asText()).contains("declined already");
    assertThat(api.get("/api/districts/academy", server.supportToken()).status()).isEqualTo(404);
  }

  /** The link's token and the password exist nowhere at rest: not in a table, not in the outbox. */
  private static void assertNothingSecretKept(String token, String password) {
    List<String> stored =
        POSTGRES
            .jdbc()
            .query(
                "select body || array_to_string(secrets, ' ') from outbox"
                    + " union all select token_sha256 from credential_links"
                    + " union all select coalesce(password_hash, '') from sftp_accounts",
                row -> row.getString(1));
    assertThat(stored).isNotEmpty();
    assertThat(String.join("\n", stored)).doesNotContain(token).doesNotContain(password);
    assertThat(
            POSTGRES
                .jdbc()
                .query(
                    "select status from outbox where kind = 'credentials.link'",
                    r -> r.getString(1)))
        .containsExactly("sent");
  }

  private static com.fasterxml.jackson.databind.JsonNode credentials(String district) {
    return api.get("/api/districts/" + district + "/credentials", server.supportToken()).json();
  }
}
