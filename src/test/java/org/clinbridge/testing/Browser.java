package org.clinbridge.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven by Selenium, for the browser tests. Uses Debian's chromium and
 * chromium-driver (installed by src/test/browser/ensure-chromium.sh); Selenium is given both paths
 * so it never looks for, or downloads, a driver. Chromium runs with a fresh profile and without any
 * background networking, since the machines running the tests have no outside network.
 */
public final class Browser implements AutoCloseable {
  private final WebDriver driver;
  private final Path profile;
  private final Path screenshots;
  private final String base;

  private Browser(String base) {
    this.base = base;
    Path target = Path.of(System.getProperty("build.directory", "target"));
    this.screenshots = target.resolve("screenshots");
    try {
      Files.createDirectories(target.resolve("tmp"));
      Files.createDirectories(screenshots);
      this.profile = Files.createTempDirectory(target.resolve("tmp"), "chromium-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    // Files a page sends (CSV exports) land in the profile's downloads folder, unasked.
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            downloads().toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    // The console is read after each test: a script the Content-Security-Policy refused is a
    // broken page even when the test's own steps happened not to need it.
    org.openqa.selenium.logging.LoggingPreferences logs =
        new org.openqa.selenium.logging.LoggingPreferences();
    logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /**
   * The console messages since the last call that say the Content-Security-Policy refused something
   * (reading the console empties it).
   */
  public java.util.List<String> policyViolations() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy"))
        .toList();
  }

  /** Where downloads land. */
  public Path downloads() {
    return profile.resolve("downloads");
  }

  /** Waits up to 20 s for a downloaded file of that name to be complete; its bytes. */
  public byte[] awaitDownload(String name) {
    Path file = downloads().resolve(name);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    try {
      while (System.nanoTime() < deadline) {
        if (Files.exists(file) && !Files.exists(downloads().resolve(name + ".crdownload"))) {
          return Files.readAllBytes(file);
        }
        Thread.sleep(200);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new AssertionError("no download " + name + " in " + downloads());
  }

  /** A new browser with an empty profile, pointed at {@code base} (the app's root URL). */
  public static Browser open(String base) {
    return new Browser(base);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a path of the app, e.g. {@code /app/home.xhtml}. */
  public Browser go(String path) {
    driver.get(base + path);
    return this;
  }

  public String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(base) ? url.substring(base.length()) : url;
  }

  public WebElement find(String css) {
    return waitFor(d -> d.findElement(By.cssSelector(css)));
  }

  public String text(String css) {
    return find(css).getText();
  }

  /**
   * Waits up to 20 s for {@code condition}. Errors from a page that is being replaced (a stale or
   * detached element, a node that left the document) only mean "not yet" while a page loads.
   */
  public <T> T waitFor(Function<WebDriver, T> condition) {
    // Polled every 50 ms rather than Selenium's 500: most waits are for an ajax answer that takes
    // a few tens of milliseconds, and the suite waits thousands of times.
    return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(WebDriverException.class)
        .until(condition);
  }

  /** Clicks something that loads a new page and waits until the old page is gone. */
  public void clickAndLoad(String css) {
    WebElement html = driver.findElement(By.tagName("html"));
    // An ajax update may replace the element between finding and clicking it: a click on a stale
    // element did nothing, so finding it again and clicking is safe.
    waitFor(
        d -> {
          d.findElement(By.cssSelector(css)).click();
          return true;
        });
    waitFor(ExpectedConditions.stalenessOf(html));
    waitFor(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  public void type(String css, String text) {
    WebElement input = find(css);
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Picks an option of a PrimeFaces select menu (client id {@code id}, CSS-escaped) by its label,
   * as a person would. On a loaded machine the first click can come before the widget is ready (the
   * panel does not open), and a click on an option can land while the panel still animates (nothing
   * is picked): the pick counts only once the menu's own label shows the option, else it is tried
   * again.
   */
  public void choose(String id, String label) {
    var shortWait =
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .ignoring(StaleElementReferenceException.class);
    for (int attempt = 1; ; attempt++) {
      try {
        find("#" + id).click();
        shortWait
            .until(
                d ->
                    d.findElements(By.cssSelector("#" + id + "_items li")).stream()
                        .filter(li -> li.isDisplayed() && label.equals(li.getText()))
                        .findFirst()
                        .orElse(null))
            .click();
        shortWait.until(
            d -> label.equals(d.findElement(By.cssSelector("#" + id + "_label")).getText()));
        return;
      } catch (WebDriverException missed) {
        if (attempt == 4) {
          throw missed;
        }
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
      }
    }
  }

  /** Saves the page as target/screenshots/{name}.png (copied into docs/screenshots/ by hand). */
  public Path screenshot(String name) {
    try {
      Path file = screenshots.resolve(name + ".png");
      Path shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover profile in target/ is harmless
    }
  }
}
