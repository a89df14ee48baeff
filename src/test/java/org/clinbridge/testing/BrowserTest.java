package org.clinbridge.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;

/**
 * What every browser test class shares: one headless browser against the shared test instance, a
 * fresh session before each test, signing in, the language switch, and waiting for the text an ajax
 * update brings.
 *
 * <p>Tagged {@code browser} (the tag is inherited) so that {@code mvn verify -P!browser} can leave
 * the slowest half of the integration tests out of a developer's inner loop; CI runs them all.
 */
@Tag("browser")
public abstract class BrowserTest {
  protected static Browser browser;

  /**
   * A failed test leaves a screenshot of where the browser was (target/screenshots/failed-*.png): a
   * timeout alone does not say what the page showed.
   */
  @org.junit.jupiter.api.extension.RegisterExtension
  static final org.junit.jupiter.api.extension.TestWatcher SCREENSHOT_ON_FAILURE =
      new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(
            org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
          if (browser != null) {
            browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
          }
        }
      };

  @BeforeAll
  static void openBrowser() {
    browser = Browser.open(RunningApp.postgres().baseUrl());
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @BeforeEach
  void freshSession() {
    browser.policyViolations();
    // Cookies can only be deleted for the site the browser is on: only a new browser goes there.
    if (!browser.driver().getCurrentUrl().startsWith("http")) {
      browser.go("/app/login.xhtml");
    }
    browser.driver().manage().deleteAllCookies();
  }

  /** No page this test opened had a script refused by the Content-Security-Policy. */
  @AfterEach
  void noScriptWasRefused() {
    org.assertj.core.api.Assertions.assertThat(browser.policyViolations())
        .as("console messages of the Content-Security-Policy")
        .isEmpty();
  }

  /**
   * Signs in through the sign-in page, keeping the language chosen there. When someone is signed in
   * already (no sign-in form), their session is dropped first.
   */
  protected static void signIn(String username, String password) {
    browser.go("/app/login.xhtml");
    if (browser.driver().findElements(By.id("signin:username")).isEmpty()) {
      browser.driver().manage().deleteAllCookies();
      browser.go("/app/login.xhtml");
    }
    browser.type("#signin\\:username", username);
    browser.type("#signin\\:password", password);
    browser.clickAndLoad("#signin\\:submit");
    browser.find("#shell, .ui-messages-error");
  }

  protected static void signIn(Api.TestUser user) {
    signIn(user.username(), user.password());
  }

  protected static void english() {
    browser.clickAndLoad("#language\\:lang-en");
  }

  protected static void chinese() {
    browser.clickAndLoad("#language\\:lang-zh");
  }

  /** Waits until an element matching {@code css} shows {@code text} (an ajax update landed). */
  protected static void waitForText(String css, String text) {
    browser.waitFor(
        d ->
            d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
  }
}
