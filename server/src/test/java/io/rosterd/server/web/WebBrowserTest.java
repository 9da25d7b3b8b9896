package io.rosterd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.credentials.KeyFiles;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages in a real browser against a real rosterd and PostgreSQL: what support and a district
 * contact do, end to end, with a screenshot of each page.
 */
final class WebBrowserTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir static Path dataDir;
  @TempDir static Path work;

  private static WebFixture rosterd;
  private static long northHeld;

  @BeforeAll
  static void start() {
    rosterd = new WebFixture(POSTGRES, dataDir);
    rosterd.district("north");
    rosterd.district("south");
    rosterd.account("help@rosterd.example.org", null);
    rosterd.account("it@south.example.org", "south");
    // 25 users applied, then a file keeping 2: disabling 23 of 25 is over the guard, so it waits.
    assertThat(rosterd.importUsers("north", WebFixture.users("north", 25), work).status())
        .isEqualTo(RunStatus.APPLIED);
    RunOutcome held = rosterd.importUsers("north", WebFixture.users("north", 2), work);
    assertThat(held.status()).isEqualTo(RunStatus.HELD);
    northHeld = held.run();
  }

  @AfterAll
  static void stop() {
    rosterd.close();
  }

  @Test
  void supportFindsTheHeldRunApprovesItAndTheRosterChanges() {
    try (Browser browser = new Browser(rosterd.port())) {
      browser.open("/");
      assertThat(browser.path()).isEqualTo("/login");
      browser.screenshot("login");
      browser.signIn("help@rosterd.example.org", WebFixture.PASSWORD);
      assertThat(browser.path()).isEqualTo("/");
      assertThat(browser.find("tr[data-district=north]").getText()).contains("waits for approval");
      assertThat(browser.has("#runs-chart")).isTrue();
      browser.screenshot("overview");

      browser.open("/?status=held");
      assertThat(browser.find("#districts tbody").getText())
          .contains("north")
          .doesNotContain("south");
      browser.follow("tr[data-district=north] a.held-link");
      assertThat(browser.path()).isEqualTo("/runs/" + northHeld);
      assertThat(browser.text()).contains("Held: waiting for approval");
      browser.screenshot("run-held");
      assertThat(rosterd.disabledUsers("north")).isZero();

      browser.follow("#approve");
      assertThat(browser.path()).isEqualTo("/runs/" + northHeld);
      assertThat(browser.find("h1").getText()).contains("applied");
      assertThat(browser.find("#changes").getText()).contains("north-u25 removed");
      assertThat(browser.has("#approve")).isFalse();
      browser.screenshot("run-approved");
      assertThat(rosterd.disabledUsers("north")).isEqualTo(23);

      browser.open("/districts/north");
      assertThat(browser.find("#settings")).isNotNull();
      assertThat(browser.find("#runs").getText()).contains("run " + northHeld);
      browser.screenshot("district-support");

      browser.open("/guide");
      assertThat(browser.text()).contains("upload.unreadable").contains("How to fix");
      assertThat(browser.has("a[href='/guide/templates/users.csv']")).isTrue();
      browser.screenshot("guide");
    }
  }

  @Test
  void aContactUploadsAFileWithAnErrorSeesItOnTheRunPageFixesItAndUploadsAgain() throws Exception {
    try (Browser browser = new Browser(rosterd.port())) {
      browser.signIn("it@south.example.org", WebFixture.PASSWORD);
      assertThat(browser.path()).isEqualTo("/districts/south");
      browser.screenshot("district-contact");

      String bad = WebFixture.users("south", 3).replace("south-u2,true", "south-u2,perhaps");
      runUpload(browser, bad);
      assertThat(browser.find("#issues").getText()).contains("south-u2").contains("enabledUser");
      assertThat(browser.find("h1").getText()).contains("applied with errors");
      browser.screenshot("run-errors");

      runUpload(browser, WebFixture.users("south", 3));
      browser.screenshot("run-fixed");
      assertThat(browser.find("h1").getText()).containsPattern("run \\d+ applied$|applied\\b");
      assertThat(browser.find("h1").getText()).doesNotContain("errors");
      assertThat(browser.has("#issues")).isFalse();
      assertThat(browser.text()).contains("0 errors, 0 warnings");
      assertThat(rosterd.activeUser("south", "south-u2")).isTrue();
    }
  }

  @Test
  void aVisitorAsksForAccessFixesABadEmailAndSupportApprovesTheRequest() {
    try (Browser visitor = new Browser(rosterd.port())) {
      visitor.open("/login");
      visitor.follow("#ask-access");
      assertThat(visitor.path()).isEqualTo("/access");
      visitor.screenshot("access");
      visitor.find("#districtName").sendKeys("Maple Valley Schools");
      visitor.find("#contactName").sendKeys("Rosa Diaz");
      visitor.find("#contactEmail").sendKeys("it-at-maple.example.org");
      visitor.find("#phone").sendKeys("+1 (555) 010-2000");
      visitor.find("#notes").sendKeys("PowerSchool export, 12 schools");
      visitor.follow("#access-form button[type=submit]");
      assertThat(visitor.path()).isEqualTo("/access");
      assertThat(visitor.find("#contactEmail-error").getText())
          .contains("an email address like it@district.k12.us");
      assertThat(visitor.find("#contactEmail").getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(visitor.find("#districtName").getAttribute("value"))
          .isEqualTo("Maple Valley Schools");
      assertThat(visitor.find("#notes").getAttribute("value"))
          .isEqualTo("PowerSchool export, 12 schools");
      assertThat(visitor.has("#districtName-error")).isFalse();
      visitor.screenshot("access-errors");

      visitor.find("#contactEmail").clear();
      visitor.find("#contactEmail").sendKeys("it@maple.example.org");
      visitor.follow("#access-form button[type=submit]");
      assertThat(visitor.path()).isEqualTo("/access/thanks");
      assertThat(visitor.find("#access-sent").getText()).contains("reached rosterd's support");
      visitor.screenshot("access-thanks");
    }

    try (Browser support = new Browser(rosterd.port())) {
      support.signIn("help@rosterd.example.org", WebFixture.PASSWORD);
      support.follow("nav a[href='/access-requests']");
      assertThat(support.path()).isEqualTo("/access-requests");
      String row = "#requests tbody tr:first-child";
      assertThat(support.find(row).getText())
          .contains("Maple Valley Schools")
          .contains("it@maple.example.org")
          .contains("pending");
      assertThat(support.find(row + " input[name=districtId]").getAttribute("value"))
          .isEqualTo("maple-valley-schools");
      support.screenshot("access-requests");

      support.find(row + " input[name=districtId]").clear();
      support.find(row + " input[name=districtId]").sendKeys("maple");
      support.follow(row + " button.approve");
      assertThat(support.find("#decided").getText()).contains("district maple was made");
      assertThat(support.find("#credential-link").getText())
          .contains("No SMTP server is configured")
          .contains("https://rosterd.example.org/credentials/");
      assertThat(support.find("#requests").getText()).contains("approved").contains("maple");
      support.screenshot("access-approved");

      support.open("/");
      assertThat(support.find("tr[data-district=maple]").getText())
          .contains("Maple Valley Schools");
      support.screenshot("overview-new-district");
    }
  }

  @Test
  void supportAddsAnSshKeyRotatesThePasswordAndSeesTheLink() throws Exception {
    KeyFiles.Pair key = KeyFiles.generate(work, "ed25519", "export@north");
    try (Browser browser = new Browser(rosterd.port())) {
      browser.signIn("help@rosterd.example.org", WebFixture.PASSWORD);
      browser.open("/districts/north");
      assertThat(browser.find("#sftp").getText())
          .contains("north")
          .contains("enabled")
          .contains("SHA256:");
      assertThat(browser.has("#no-keys")).isTrue();

      browser.find("#publicKey").sendKeys("ssh-ed25519 not-a-key");
      browser.follow("#add-key button[type=submit]");
      assertThat(browser.find("p.alert").getText()).contains("The key was not added");
      assertThat(browser.has("#keys")).isFalse();

      browser.find("#publicKey").sendKeys(key.publicLine());
      browser.follow("#add-key button[type=submit]");
      assertThat(browser.find("#keys").getText())
          .contains(key.fingerprint())
          .contains("ssh-ed25519")
          .contains("export@north");
      browser.scrollTo("#sftp-section");
      browser.screenshot("district-sftp-key");

      browser.follow("#rotate");
      assertThat(browser.find("p.notice").getText())
          .contains("Password rotated")
          .contains("it@north.example.org");
      assertThat(browser.find("#credential-link").getText())
          .contains("https://rosterd.example.org/credentials/");
      assertThat(browser.find("#sftp").getText()).contains("none yet");
      browser.scrollTo("#sftp-section");
      browser.screenshot("district-sftp-rotated");

      browser.follow("#keys button.danger");
      assertThat(browser.find("p.notice").getText()).contains("removed");
      assertThat(browser.has("#no-keys")).isTrue();
    }
  }

  private void runUpload(Browser browser, String usersCsv) throws Exception {
    Path folder = Files.createTempDirectory(work, "browser");
    Path file = Files.writeString(folder.resolve("users.csv"), usersCsv);
    browser.open("/upload");
    browser.screenshot("upload");
    browser.find("#files").sendKeys(file.toString());
    browser.follow("#upload-form button[type=submit]");
    assertThat(browser.find("#dropped").getText()).contains("users.csv");
    browser.screenshot("upload-checked");
    browser.follow("#run-now");
    assertThat(browser.path()).startsWith("/runs/");
  }

  @Test
  void aContactCannotOpenAnotherDistrictsPagesByLinkOrByEditingTheUrl() {
    try (Browser browser = new Browser(rosterd.port())) {
      browser.signIn("it@south.example.org", WebFixture.PASSWORD);
      assertThat(browser.has("a[href='/districts/north']")).isFalse();

      browser.open("/districts/north");
      assertThat(browser.find("h1").getText()).isEqualTo("Not allowed");
      assertThat(browser.text()).doesNotContain("District north");
      browser.screenshot("forbidden");

      browser.open("/runs/" + northHeld);
      assertThat(browser.find("h1").getText()).isEqualTo("Not found");
      browser.open("/runs/" + northHeld + "/issues.csv");
      assertThat(browser.text()).contains("Not found");
      browser.open("/upload?district=north");
      assertThat(browser.find("input[name=district]").getAttribute("value")).isEqualTo("south");

      browser.open("/");
      assertThat(browser.path()).isEqualTo("/districts/south");
    }
  }
}
