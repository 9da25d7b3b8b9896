package io.rosterd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.credentials.KeyFiles;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.intake.LocalDropBox;
import io.rosterd.server.serve.ServeConfig;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.sync.DistrictClaim;
import io.rosterd.server.sync.RunStatus;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages' protections over plain HTTP (java.net.http): CSRF on every POST, cookie flags, the
 * sign-in lockout, a contact's POSTs to another district, and the upload page held to the drop
 * box's limits (made small here, as the API's upload test makes them).
 */
final class WebFormsTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir static Path dataDir;
  @TempDir static Path work;

  private static final long FILE_LIMIT = 8192;
  private static final long QUOTA = 16384;

  private static WebFixture rosterd;
  private static long eastHeld;

  @BeforeAll
  static void start() {
    rosterd = new WebFixture(POSTGRES, dataDir, WebFormsTest::smallLimits);
    rosterd.district("east");
    rosterd.district("west");
    rosterd.district("small");
    rosterd.account("help@rosterd.example.org", null);
    rosterd.account("it@west.example.org", "west");
    rosterd.account("locked@west.example.org", "west");
    rosterd.importUsers("east", WebFixture.users("east", 25), work);
    var held = rosterd.importUsers("east", WebFixture.users("east", 1), work);
    assertThat(held.status()).isEqualTo(RunStatus.HELD);
    eastHeld = held.run();
  }

  private static ServeConfig smallLimits(ServeConfig config) {
    return new ServeConfig(
        config.dataDir(),
        config.sftp().withLimits(200, 10, FILE_LIMIT, QUOTA),
        config.httpBind(),
        config.httpPort(),
        config.schedule(),
        config.shutdownGrace(),
        config.mail());
  }

  @AfterAll
  static void stop() {
    rosterd.close();
  }

  @Test
  void aWrongLinkShowsAPageToABrowserAndJsonStaysForTheApi() {
    Http browser = new Http(rosterd.port());
    browser.signIn("help@rosterd.example.org", WebFixture.PASSWORD);
    String html = "text/html,application/xhtml+xml";

    HttpResponse<String> page = browser.get("/district/east", "Accept", html);
    HttpResponse<String> run = browser.get("/runs/987654", "Accept", html);
    HttpResponse<String> api = browser.get("/api/nothing-here", "Accept", html);

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("text/html");
    assertThat(page.body())
        .contains("There is no page at /district/east.")
        .doesNotContain("\"status\"");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(run.statusCode()).isEqualTo(404);
    assertThat(run.body()).contains("987654").doesNotContain("There is no page at");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("json");
  }

  @Test
  void aRunGoingOnReloadsItsPageAndOneLeftByAStoppedProcessSaysSo() {
    long running =
        POSTGRES
            .jdbc()
            .queryOne(
                "insert into runs (district_id, status, source, archive_path, strict, started_at)"
                    + " values ('west', 'running', 'run-now', '', false, now()) returning id",
                r -> r.getLong(1))
            .orElseThrow();
    Http browser = new Http(rosterd.port());
    browser.signIn("help@rosterd.example.org", WebFixture.PASSWORD);

    HttpResponse<String> goingOn;
    try (DistrictClaim claim =
        DistrictClaim.take(POSTGRES.database().dataSource(), "west", Duration.ofSeconds(5))
            .orElseThrow()) {
      goingOn = browser.get("/runs/" + running);
    }
    HttpResponse<String> left = browser.get("/runs/" + running);
    HttpResponse<String> held = browser.get("/runs/" + eastHeld);
    POSTGRES.jdbc().update("update runs set status = 'failed' where id = ?", running);

    assertThat(goingOn.statusCode()).isEqualTo(200);
    assertThat(goingOn.headers().firstValue("Refresh")).hasValue("5");
    assertThat(goingOn.body()).contains("This run is still going on; it finishes by itself.");
    assertThat(left.headers().firstValue("Refresh")).isEmpty();
    assertThat(left.body())
        .contains("left unfinished by a rosterd that stopped")
        .doesNotContain("still going on");
    assertThat(held.headers().firstValue("Refresh")).isEmpty();
    assertThat(held.body()).doesNotContain("still going on").doesNotContain("left unfinished");
  }

  @Test
  void theUploadPagesCheckKnowsTheSchoolsTheDistrictAlreadyHas() {
    rosterd.district("known");
    String orgs =
        "sourcedId,name,type,parentSourcedId\nk-d,District,district,\nk-s1,One,school,k-d\n";
    String header = "sourcedId,enabledUser,givenName,familyName,email,primaryOrgSourcedId\n";
    rosterd.importFiles(
        "known",
        Map.of("orgs.csv", orgs, "users.csv", header + "k-u1,true,A,B,a@known.example.org,k-s1\n"),
        work);
    Http support = new Http(rosterd.port());
    support.signIn("help@rosterd.example.org", WebFixture.PASSWORD);
    Map<String, String> form = Map.of("_csrf", support.csrf("/upload"), "district", "known");

    HttpResponse<String> checked =
        support.postFile(
            "/upload",
            form,
            "users.csv",
            header
                + "k-u2,true,C,D,c@known.example.org,k-s1\nk-u3,true,E,F,e@known.example.org,k-s9\n");

    assertThat(checked.statusCode()).isEqualTo(200);
    assertThat(checked.body())
        .contains("primaryOrgSourcedId \"k-s9\" names no org")
        .doesNotContain("\"k-s1\" names no org");
  }

  @Test
  void aContactOfAPausedDistrictIsToldToAskSupportToUnpauseIt() {
    rosterd.district("resting");
    rosterd.account("it@resting.example.org", "resting");
    POSTGRES.jdbc().update("update districts set paused = true where id = 'resting'");
    Http contact = new Http(rosterd.port());
    contact.signIn("it@resting.example.org", WebFixture.PASSWORD);

    HttpResponse<String> refused =
        contact.post(
            "/districts/resting/run-now", Map.of("_csrf", contact.csrf("/districts/resting")));

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body())
        .contains("This district is paused")
        .contains("Ask rosterd support to unpause it");
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

  @Test
  void theNewFormsRefuseAPostWithoutTheirCsrfTokenAndChangeNothing() throws Exception {
    Http visitor = new Http(rosterd.port());
    visitor.get("/access");
    Map<String, String> ask =
        Map.of(
            "districtName", "Cedar Schools",
            "contactName", "Ann Cedar",
            "contactEmail", "it@cedar.example.org");
    long requests = rosterd.count("select count(*) from access_requests");
    HttpResponse<String> refused = visitor.post("/access", ask);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("did not come from rosterd");
    assertThat(rosterd.count("select count(*) from access_requests")).isEqualTo(requests);
    // The same form with the visitor's token is taken: the refusal was the token's.
    var withToken = new java.util.HashMap<>(ask);
    withToken.put("_csrf", visitor.csrf("/access"));
    HttpResponse<String> asked = visitor.post("/access", withToken);
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(303);
    assertThat(asked.headers().firstValue("Location")).hasValue("/access/thanks");
    long cedar =
        rosterd.count(
            "select max(id) from access_requests where contact_email = ?", "it@cedar.example.org");

    Http support = new Http(rosterd.port());
    support.signIn("help@rosterd.example.org", WebFixture.PASSWORD);
    assertThat(
            support
                .post("/access-requests/" + cedar + "/approve", Map.of("districtId", "cedar"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            support
                .post("/access-requests/" + cedar + "/decline", Map.of("reason", "not a district"))
                .statusCode())
        .isEqualTo(403);
    assertThat(rosterd.count("select count(*) from districts where id = 'cedar'")).isZero();
    assertThat(
            rosterd.count(
                "select count(*) from access_requests where id = ? and state = 'pending'", cedar))
        .isEqualTo(1);

    KeyFiles.Pair key = KeyFiles.generate(work, "ed25519", "forms@east");
    assertThat(
            support
                .post("/districts/east/sftp/keys", Map.of("publicKey", key.publicLine()))
                .statusCode())
        .isEqualTo(403);
    assertThat(rosterd.count("select count(*) from sftp_keys where district_id = 'east'")).isZero();
    assertThat(
            support
                .post("/districts/east/sftp/keys/remove", Map.of("fingerprint", key.fingerprint()))
                .statusCode())
        .isEqualTo(403);
    assertThat(support.post("/districts/east/sftp/rotate", Map.of()).statusCode()).isEqualTo(403);
    assertThat(rosterd.count("select count(*) from credential_links where district_id = 'east'"))
        .isZero();
    assertThat(hasPassword("east")).isTrue();

    HttpResponse<String> upload =
        support.postFile(
            "/upload", Map.of("district", "east"), "users.csv", WebFixture.users("east", 2));
    assertThat(upload.statusCode()).isEqualTo(403);
    assertThat(rosterd.count("select count(*) from uploads where district_id = 'east'")).isZero();
  }

  @Test
  void aContactCannotRotateAnotherDistrictsPasswordNorSeeTheAccessRequests() throws Exception {
    Http contact = new Http(rosterd.port());
    contact.signIn("it@west.example.org", WebFixture.PASSWORD);
    String token = contact.csrf("/districts/west");

    HttpResponse<String> rotate =
        contact.post("/districts/east/sftp/rotate", Map.of("_csrf", token));
    assertThat(rotate.statusCode()).isEqualTo(403);
    assertThat(rotate.body()).doesNotContain("/credentials/");
    assertThat(hasPassword("east")).isTrue();
    KeyFiles.Pair key = KeyFiles.generate(work, "ed25519", "contact@west");
    assertThat(
            contact
                .post(
                    "/districts/east/sftp/keys",
                    Map.of("_csrf", token, "publicKey", key.publicLine()))
                .statusCode())
        .isEqualTo(403);
    assertThat(rosterd.count("select count(*) from sftp_keys where district_id = 'east'")).isZero();

    assertThat(contact.get("/access-requests").statusCode()).isEqualTo(403);
    assertThat(contact.get("/access-requests").body()).doesNotContain("cedar.example.org");
    assertThat(
            contact
                .post("/access-requests/1/approve", Map.of("_csrf", token, "districtId", "x1"))
                .statusCode())
        .isEqualTo(403);
    assertThat(rosterd.count("select count(*) from districts where id = 'x1'")).isZero();

    // Their own district's password they may rotate: the refusals above were about east.
    HttpResponse<String> own = contact.post("/districts/west/sftp/rotate", Map.of("_csrf", token));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(own.body())
        .contains("Password rotated")
        .contains("https://rosterd.example.org/credentials/");
    assertThat(hasPassword("west")).isFalse();
  }

  @Test
  void theUploadPageIsHeldToTheDropBoxsNamesFileSizeLimitAndQuota() throws Exception {
    Http support = new Http(rosterd.port());
    support.signIn("help@rosterd.example.org", WebFixture.PASSWORD);
    Map<String, String> form = Map.of("_csrf", support.csrf("/upload"), "district", "small");
    Path home = new LocalDropBox(dataDir).home("small");

    String large = WebFixture.users("small", 250);
    assertThat((long) large.length()).isGreaterThan(FILE_LIMIT);
    HttpResponse<String> tooLarge = support.postFile("/upload", form, "users.csv", large);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.body()).contains("file size limit of 8 KiB (8192 bytes) reached");
    assertThat(home.resolve("users.csv")).doesNotExist();

    HttpResponse<String> hidden =
        support.postFile("/upload", form, ".users.csv", WebFixture.users("small", 2));
    assertThat(hidden.statusCode()).isEqualTo(400);
    assertThat(hidden.body()).contains("a temporary or hidden name");

    // 12 KiB already waiting in the drop box leave no room for 5 more under a 16 KiB quota.
    Files.write(home.resolve("orgs.csv"), new byte[12 * 1024]);
    String users = WebFixture.users("small", 100);
    assertThat((long) users.length()).isBetween(4L * 1024, FILE_LIMIT);
    HttpResponse<String> overQuota = support.postFile("/upload", form, "users.csv", users);
    assertThat(overQuota.statusCode()).isEqualTo(413);
    assertThat(overQuota.body())
        .contains("Nothing was uploaded")
        .contains("district quota of 16 KiB (16384 bytes) reached");
    assertThat(home.resolve("users.csv")).doesNotExist();
    assertThat(rosterd.count("select count(*) from uploads where district_id = 'small'")).isZero();

    Files.delete(home.resolve("orgs.csv"));
    HttpResponse<String> taken = support.postFile("/upload", form, "users.csv", users);
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
    assertThat(taken.body()).contains("In the drop box of small: users.csv");
    assertThat(home.resolve("users.csv")).hasContent(users);
    assertThat(rosterd.count("select count(*) from uploads where district_id = 'small'"))
        .isEqualTo(1);
    try (var left = Files.list(dataDir.resolve("http-uploads"))) {
      assertThat(left).as("the form's parts and checked copies are deleted").isEmpty();
    }
  }

  @Test
  void filesAreReadOnlyWhereAPageTakesThemAndOnlyFromASignedInBrowser() {
    Http visitor = new Http(rosterd.port());
    HttpResponse<String> toLogin =
        visitor.postFile(
            "/login", Map.of("_csrf", visitor.csrf("/login")), "big.bin", "x".repeat(100_000));
    assertThat(toLogin.statusCode()).isEqualTo(400);
    assertThat(toLogin.body()).contains("This form does not take files");
    HttpResponse<String> anonymousUpload =
        visitor.postFile("/upload", Map.of("district", "small"), "users.csv", "sourcedId\n");
    assertThat(anonymousUpload.statusCode()).isEqualTo(403);
    assertThat(dataDir.resolve("http-uploads").toFile().list()).isNullOrEmpty();
  }

  @Test
  void noPageMayBeFramedByAnotherSite() {
    HttpResponse<String> login = new Http(rosterd.port()).get("/login");
    assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(login.headers().firstValue("Content-Security-Policy"))
        .contains("frame-ancestors 'none'");
  }

  @Test
  void signingInNeverSendsTheBrowserToAnotherSite() {
    Http support = new Http(rosterd.port());
    for (String next : new String[] {"//evil.example", "/%09/evil.example", "/%5Cevil.example"}) {
      HttpResponse<String> signIn =
          support.post(
              "/login?next=" + next,
              Map.of(
                  "_csrf",
                  support.csrf("/login"),
                  "email",
                  "help@rosterd.example.org",
                  "password",
                  WebFixture.PASSWORD));
      assertThat(signIn.headers().firstValue("Location")).as(next).contains("/");
    }
  }

  private static boolean hasPassword(String district) {
    return new SftpAccountStore(POSTGRES.jdbc())
        .find(district, java.time.Instant.now())
        .orElseThrow()
        .hasPassword();
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(Visit.SESSION_COOKIE + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
  }
}
