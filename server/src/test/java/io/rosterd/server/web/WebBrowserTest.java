package io.rosterd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

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
