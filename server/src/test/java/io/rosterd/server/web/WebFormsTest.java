package io.rosterd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.sync.RunStatus;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages' protections over plain HTTP (java.net.http): CSRF on every POST, cookie flags, the
 * sign-in lockout, and a contact's POSTs to another district.
 */
final class WebFormsTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir static Path dataDir;
  @TempDir static Path work;

  private static WebFixture rosterd;
  private static long eastHeld;

  @BeforeAll
  static void start() {
    rosterd = new WebFixture(POSTGRES, dataDir);
    rosterd.district("east");
    rosterd.district("west");
    rosterd.account("help@rosterd.example.org", null);
    rosterd.account("it@west.example.org", "west");
    rosterd.account("locked@west.example.org", "west");
    rosterd.importUsers("east", WebFixture.users("east", 25), work);
    var held = rosterd.importUsers("east", WebFixture.users("east", 1), work);
    assertThat(held.status()).isEqualTo(RunStatus.HELD);
    eastHeld = held.run();
  }

  @AfterAll
  static void stop() {
    rosterd.close();
  }

  @Test
  void aPostWithoutTheFormsCsrfTokenIsRefusedAndChangesNothing() {
    Http support = new Http(rosterd.port());
    assertThat(support.signIn("help@rosterd.example.org", WebFixture.PASSWORD).statusCode())
        .isEqualTo(302);
    assertThat(support.get("/").statusCode()).isEqualTo(200);

    Map<String, String> settings =
        Map.of("thresholdPercent", "50", "thresholdMin", "3", "paused", "on");
    HttpResponse<String> none = support.post("/districts/east/settings", settings);
    assertThat(none.statusCode()).isEqualTo(403);
    assertThat(none.body()).contains("did not come from rosterd");
    var withWrong = new java.util.HashMap<>(settings);
    withWrong.put("_csrf", "not-the-token");
    assertThat(support.post("/districts/east/settings", withWrong).statusCode()).isEqualTo(403);
    assertThat(support.post("/runs/" + eastHeld + "/approve", Map.of()).statusCode())
        .isEqualTo(403);
    assertThat(support.post("/logout", Map.of()).statusCode()).isEqualTo(403);
    var east = new DistrictStore(POSTGRES.jdbc()).find("east").orElseThrow();
    assertThat(east.paused()).isFalse();
    assertThat(east.thresholdMin()).isEqualTo(20);

    var withToken = new java.util.HashMap<>(settings);
    withToken.put("_csrf", support.csrf("/districts/east"));
    HttpResponse<String> saved = support.post("/districts/east/settings", withToken);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).contains("Settings saved.");
    east = new DistrictStore(POSTGRES.jdbc()).find("east").orElseThrow();
    assertThat(east.paused()).isTrue();
    assertThat(east.thresholdMin()).isEqualTo(3);

    Http visitor = new Http(rosterd.port());
    HttpResponse<String> login =
        visitor.post(
            "/login", Map.of("email", "help@rosterd.example.org", "password", WebFixture.PASSWORD));
    assertThat(login.statusCode()).isEqualTo(403);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndLaxAndSecureBehindATlsProxy() {
    Http plain = new Http(rosterd.port());
    HttpResponse<String> signedIn = plain.signIn("help@rosterd.example.org", WebFixture.PASSWORD);
    String cookie = sessionCookie(signedIn);
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

    Http proxied = new Http(rosterd.port());
    String token = proxied.csrf("/login");
    HttpResponse<String> overTls =
        proxied.post(
            "/login",
            Map.of(
                "_csrf",
                token,
                "email",
                "help@rosterd.example.org",
                "password",
                WebFixture.PASSWORD),
            "X-Forwarded-Proto",
            "https");
    assertThat(sessionCookie(overTls)).contains("Secure").contains("HttpOnly");

    assertThat(plain.post("/logout", Map.of("_csrf", plain.csrf("/logout"))).statusCode())
        .isEqualTo(302);
    assertThat(plain.get("/").headers().firstValue("Location")).hasValue("/login?next=%2F");
  }

  @Test
  void repeatedFailedSignInsLockTheAccountEvenForTheRightPassword() {
    Http browser = new Http(rosterd.port());
    for (int i = 0; i < SignIn.LOCK_AFTER; i++) {
      HttpResponse<String> wrong = browser.signIn("locked@west.example.org", "wrong " + i);
      assertThat(wrong.statusCode()).isEqualTo(401);
    }
    HttpResponse<String> right = browser.signIn("locked@west.example.org", WebFixture.PASSWORD);
    assertThat(right.statusCode()).isEqualTo(401);
    assertThat(right.body()).contains("locked for 15 minutes");
    assertThat(
            new WebUserStore(POSTGRES.jdbc())
                .list().stream()
                    .filter(u -> u.email().equals("locked@west.example.org"))
                    .findFirst()
                    .orElseThrow()
                    .lockedUntil())
        .isNotNull();
    assertThat(browser.signIn("nobody@west.example.org", "x").body())
        .contains("Wrong email or password.");
  }

  @Test
  void aContactsFormsCannotReachAnotherDistrict() {
    Http contact = new Http(rosterd.port());
    contact.signIn("it@west.example.org", WebFixture.PASSWORD);
    String token = contact.csrf("/districts/west");
    assertThat(contact.post("/runs/" + eastHeld + "/approve", Map.of("_csrf", token)).statusCode())
        .isEqualTo(404);
    assertThat(contact.post("/districts/east/run-now", Map.of("_csrf", token)).statusCode())
        .isEqualTo(403);
    assertThat(
            contact
                .post("/districts/west/settings", Map.of("_csrf", token, "thresholdPercent", "90"))
                .statusCode())
        .isEqualTo(403);
    assertThat(contact.get("/districts/east").statusCode()).isEqualTo(403);
    assertThat(contact.get("/runs/" + eastHeld).statusCode()).isEqualTo(404);
    assertThat(rosterd.disabledUsers("east")).isZero();
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(Visit.SESSION_COOKIE + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
  }
}
