package io.rosterd.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.credentials.KeyFiles;
import io.rosterd.server.intake.MinaClient;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.testing.SettableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/districts/{id}/credentials} and the credential link page, without SMTP (so a rotation
 * hands the link back to the caller): who may do what, rotation ending the old password, keys,
 * disabling, and links that expire.
 */
final class CredentialRoutesTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir static Path dataDir;
  @TempDir Path work;

  private static final SettableClock CLOCK = new SettableClock(Instant.now());
  private static ApiServer server;
  private static ApiClient api;
  private static String elmToken;
  private static String ashToken;
  private static String elmPassword;

  @BeforeAll
  static void start() {
    server = new ApiServer(POSTGRES, dataDir, CLOCK);
    api = server.client();
    elmPassword = server.createDistrict("elm");
    server.createDistrict("ash");
    elmToken = server.districtToken("elm");
    ashToken = server.districtToken("ash");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyCredentialRouteIs401WithoutAToken403ForAnotherDistrictAndDoneForItsOwn()
      throws Exception {
    KeyFiles.Pair key = KeyFiles.generate(work, "ed25519", "matrix");
    String keyBody = "{\"publicKey\": \"" + key.publicLine() + "\"}";
    String base = "/api/districts/elm/credentials";
    // in order: the last ones undo what the first ones did
    String[][] routes = {
      {"GET", base, null, "200"},
      {"GET", base + "/keys", null, "200"},
      {"POST", base + "/keys", keyBody, "201"},
      {"DELETE", base + "/keys/" + key.fingerprint().replace('/', '_'), null, "200"},
      {"POST", base + "/disable", null, "200"},
    };
    for (String[] r : routes) {
      assertThat(api.send(r[0], r[1], null, r[2]).status())
          .as("%s %s, no token", r[0], r[1])
          .isEqualTo(401);
      ApiClient.Answer other = api.send(r[0], r[1], ashToken, r[2]);
      assertThat(other.status()).as("%s %s, ash's token", r[0], r[1]).isEqualTo(403);
      assertThat(other.body()).doesNotContain("SHA256:");
      ApiClient.Answer own = api.send(r[0], r[1], elmToken, r[2]);
      assertThat(own.status())
          .as("%s %s, elm's token: %s", r[0], r[1], own.body())
          .isEqualTo(Integer.parseInt(r[3]));
    }
    assertThat(api.post(base + "/enable", null, null).status()).isEqualTo(401);
    ApiClient.Answer enableByDistrict = api.post(base + "/enable", elmToken, null);
    assertThat(enableByDistrict.status()).as("enabling is support's").isEqualTo(403);
    ApiClient.Answer enabled = api.post(base + "/enable", server.supportToken(), null);
    assertThat(enabled.status()).isEqualTo(200);
    assertThat(enabled.json().at("/credentials/enabled").asBoolean()).isTrue();
    assertThat(
            api.post("/api/districts/nowhere/credentials/rotate", server.supportToken(), null)
                .status())
        .isEqualTo(404);
  }

  @Test
  void disablingRefusesTheRightPasswordAndEnablingAllowsItAgain() throws Exception {
    String password = server.createDistrict("birch");
    String token = server.districtToken("birch");
    assertThat(api.post("/api/districts/birch/credentials/disable", token, null).status())
        .isEqualTo(200);
    assertThat(canLogin("birch", password)).isFalse();
    assertThat(
            api.post("/api/districts/birch/credentials/enable", server.supportToken(), null)
                .status())
        .isEqualTo(200);
    assertThat(canLogin("birch", password)).isTrue();
  }

  @Test
  void rotationStopsTheOldPasswordAtOnceAndTheNewLinkShowsItsReplacementOnce() throws Exception {
    assertThat(canLogin("elm", elmPassword)).isTrue();
    ApiClient.Answer rotated = api.post("/api/districts/elm/credentials/rotate", elmToken, null);
    assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
    assertThat(rotated.json().at("/credentialLink/emailed").asBoolean()).isFalse();
    assertThat(rotated.json().at("/credentialLink/sentTo").asText())
        .isEqualTo("it@elm.example.org");
    String url = rotated.json().at("/credentialLink/url").asText();
    assertThat(url).startsWith("https://rosterd.example.org/credentials/rcl_");
    String path = url.substring("https://rosterd.example.org".length());
    assertThat(canLogin("elm", elmPassword)).as("the old password").isFalse();

    ApiClient.Answer page = api.get(path, null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Show the password").contains("<code>elm</code>");
    assertThat(page.response().headers().firstValue("Cache-Control")).contains("no-store");

    ApiClient.Answer shown = api.send("POST", path, null, "");
    assertThat(shown.status()).isEqualTo(200);
    String password = shown.body().replaceAll("(?s).*<code id=password>([^<]+)</code>.*", "$1");
    assertThat(password).hasSize(24);
    assertThat(canLogin("elm", password)).isTrue();
    ApiClient.Answer again = api.send("POST", path, null, "");
    assertThat(again.status()).isEqualTo(410);
    assertThat(again.body()).contains("already shown").doesNotContain(password);
    elmPassword = password;
  }

  @Test
  void aNewerLinkReplacesAnUnusedOneAndAnUnusedLinkExpiresAfter72Hours() throws Exception {
    KeyFiles.Pair key = KeyFiles.generate(work, "ed25519", "late");
    server.createDistrict("fir");
    String first =
        linkPath(api.post("/api/districts/fir/credentials/rotate", server.supportToken(), null));
    String second =
        linkPath(api.post("/api/districts/fir/credentials/rotate", server.supportToken(), null));
    ApiClient.Answer replaced = api.post(first + "/reveal", null, null);
    assertThat(replaced.status()).isEqualTo(410);
    assertThat(replaced.json().get("message").asText()).contains("replaced by a newer one");

    CLOCK.advance(Duration.ofHours(72).plusSeconds(1));
    try {
      ApiClient.Answer expired = api.post(second + "/reveal", null, null);
      assertThat(expired.status()).isEqualTo(410);
      assertThat(expired.json().get("message").asText())
          .contains("expired")
          .contains("Ask rosterd support for a new one");
      ApiClient.Answer lateKey =
          api.post(second + "/keys", null, "{\"publicKey\": \"" + key.publicLine() + "\"}");
      assertThat(lateKey.status()).isEqualTo(410);
    } finally {
      CLOCK.advance(Duration.ofHours(-73));
    }
    assertThat(api.get("/api/credential-links/rcl_never-issued", null).status()).isEqualTo(404);
  }

  @Test
  void aRotationEndsWhatAnEarlierUsedLinkCouldStillDo() throws Exception {
    KeyFiles.Pair key = KeyFiles.generate(work, "ed25519", "leaked");
    server.createDistrict("yew");
    String used =
        linkPath(api.post("/api/districts/yew/credentials/rotate", server.supportToken(), null));
    assertThat(api.post(used + "/reveal", null, null).status()).isEqualTo(200);
    linkPath(api.post("/api/districts/yew/credentials/rotate", server.supportToken(), null));

    ApiClient.Answer late =
        api.post(used + "/keys", null, "{\"publicKey\": \"" + key.publicLine() + "\"}");
    assertThat(late.status()).as(late.body()).isEqualTo(410);
    assertThat(
            api.get("/api/districts/yew/credentials/keys", server.supportToken())
                .json()
                .get("keys")
                .size())
        .isZero();
  }

  @Test
  void keysAreCheckedAsTheCommandLineChecksThem() throws Exception {
    ApiClient.Answer dsa =
        api.post(
            "/api/districts/ash/credentials/keys",
            ashToken,
            "{\"publicKey\": \"ssh-dss AAAAB3NzaC1kc3MAAACBAP== old@host\"}");
    assertThat(dsa.status()).isEqualTo(400);
    assertThat(dsa.json().get("field").asText()).isEqualTo("publicKey");
    assertThat(dsa.json().get("message").asText()).contains("DSA keys (ssh-dss) are refused");
    ApiClient.Answer secret =
        api.post(
            "/api/districts/ash/credentials/keys",
            ashToken,
            "{\"publicKey\": \"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjE=\"}");
    assertThat(secret.status()).isEqualTo(400);
    assertThat(secret.body()).contains("PRIVATE key").doesNotContain("b3BlbnNzaC1rZXktdjE");

    KeyFiles.Pair key = KeyFiles.generate(work, "ed25519", "ash-export");
    String body = "{\"publicKey\": \"" + key.publicLine() + "\"}";
    assertThat(api.post("/api/districts/ash/credentials/keys", ashToken, body).status())
        .isEqualTo(201);
    ApiClient.Answer twice = api.post("/api/districts/ash/credentials/keys", ashToken, body);
    assertThat(twice.status()).isEqualTo(200);
    assertThat(twice.json().get("added").asBoolean()).isFalse();
    assertThat(
            api.get("/api/districts/ash/credentials/keys", ashToken)
                .json()
                .get("keys")
                .findValuesAsText("fingerprint"))
        .containsExactly(key.fingerprint());
    assertThat(
            api.send("DELETE", "/api/districts/ash/credentials/keys/SHA256:nope", ashToken, null)
                .status())
        .isEqualTo(404);
  }

  private static String linkPath(ApiClient.Answer rotated) {
    assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
    String url = rotated.json().at("/credentialLink/url").asText();
    return "/api/credential-links/" + url.substring(url.lastIndexOf('/') + 1);
  }

  private static boolean canLogin(String user, String password) {
    try (MinaClient ignored = MinaClient.login(server.service().sftpPort(), user, password)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
