package io.rosterd.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, pointed at a rosterd in this
 * JVM. Named executables only: Selenium must never try to download a browser or driver. Screenshots
 * go to {@code target/screenshots/}, a build artifact.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final String base;

  Browser(int port) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "the browser tests need Debian's chromium and chromium-driver: apt-get install chromium"
              + " chromium-driver (.ci/run installs them)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    this.base = "http://127.0.0.1:" + port;
  }

  void open(String path) {
    driver.get(base + path);
  }

  String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /**
   * Clicks what {@code css} finds and waits for the next page: a click on a link or a submit button
   * returns before the browser has loaded what it leads to.
   */
  void follow(String css) {
    WebElement page = driver.findElement(By.tagName("html"));
    find(css).click();
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> gone(page));
  }

  /**
   * Whether the page an element belonged to was replaced. Selenium's stalenessOf expects "stale
   * element"; while the next document loads, Chromium may answer "does not belong to the document"
   * instead, which says the same, and failed a test now and then.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  boolean has(String css) {
    return !driver.findElements(By.cssSelector(css)).isEmpty();
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String title() {
    return driver.getTitle();
  }

  void signIn(String email, String password) {
    open("/login");
    find("#email").sendKeys(email);
    find("#password").sendKeys(password);
    follow("form[action^='/login'] button[type=submit]");
  }

  void signOut() {
    follow("form.signout button");
  }

  /** Scrolls what {@code css} finds to the top of the window, so a screenshot shows it. */
  void scrollTo(String css) {
    driver.executeScript("arguments[0].scrollIntoView(true);", find(css));
  }

  /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
