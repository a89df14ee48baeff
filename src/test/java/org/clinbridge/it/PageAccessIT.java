package org.clinbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.BrowserTest;
import org.clinbridge.testing.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * Every page of the menu, opened by every role: a page the role's menu offers opens (no error
 * card), and one it does not offer says "not allowed" rather than showing an empty list, with the
 * menu and sign-out still there so the person can go on.
 */
class PageAccessIT extends BrowserTest {
  /** Menu entry id -> the page it leads to. */
  private static final Map<String, String> MENU =
      Map.ofEntries(
          Map.entry("nav-organisations", "/app/organisations.xhtml"),
          Map.entry("nav-people", "/app/people.xhtml"),
          Map.entry("nav-departments", "/app/departments.xhtml"),
          Map.entry("nav-projects", "/app/projects.xhtml"),
          Map.entry("nav-scenes", "/app/scenes.xhtml"),
          Map.entry("nav-fund", "/app/fund-pools.xhtml"),
          Map.entry("nav-applications", "/app/applications.xhtml"),
          Map.entry("nav-received", "/app/received-applications.xhtml"),
          Map.entry("nav-consultations", "/app/consultations.xhtml"),
          Map.entry("nav-desk", "/app/desk.xhtml"),
          Map.entry("nav-dashboard", "/app/dashboard.xhtml"),
          Map.entry("nav-portfolio", "/app/portfolio.xhtml"),
          Map.entry("nav-knowledge", "/app/knowledge.xhtml"),
          Map.entry("nav-inbox", "/app/inbox.xhtml"));

  @ParameterizedTest
  @EnumSource(Role.class)
  void aPageOpensExactlyWhenTheRolesMenuOffersIt(Role role) {
    OrganisationKind kind =
        switch (role) {
          case HOSPITAL_STAFF -> OrganisationKind.HOSPITAL;
          case START_UP_MEMBER -> OrganisationKind.START_UP;
          case DISTRICT_ADMIN -> OrganisationKind.DISTRICT;
          case TECH_MANAGER -> OrganisationKind.SERVICE_AGENCY;
          case CONSULTANT -> OrganisationKind.CONSULTATION_STATION;
          case ORG_ADMIN -> OrganisationKind.HOSPITAL;
        };
    signIn(Api.user(kind, role));
    english();
    List<String> faults = new ArrayList<>();
    // The menu is the same on every page of a role: read it once.
    browser.go("/app/home.xhtml");
    java.util.Set<String> offeredEntries = new java.util.HashSet<>();
    for (String entry : MENU.keySet()) {
      if (!browser.driver().findElements(By.id("shell:" + entry)).isEmpty()) {
        offeredEntries.add(entry);
      }
    }
    assertThat(offeredEntries).as("%s has a menu", role).isNotEmpty();
    for (var entry : MENU.entrySet()) {
      boolean offered = offeredEntries.contains(entry.getKey());
      browser.go(entry.getValue());
      boolean refused = !browser.driver().findElements(By.id("error")).isEmpty();
      // A page may also lead elsewhere (departments without an organisation, to the list).
      boolean opened = !refused && browser.path().startsWith(entry.getValue());
      if (offered != opened) {
        faults.add(entry.getValue() + (offered ? " is offered but refused" : " opens unoffered"));
      }
      if (refused) {
        if (!browser.text("#error").contains("Not allowed")) {
          faults.add(entry.getValue() + " refused with: " + browser.text("#error"));
        }
        if (browser.driver().findElements(By.id("shell:sign-out")).isEmpty()) {
          faults.add(entry.getValue() + ": the refusal has no sign-out");
        }
      }
    }
    assertThat(faults).as(role.name()).isEmpty();
  }

  @Test
  void aMissingPageSaysSoAndKeepsTheSignedInMenu() {
    signIn(Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF));
    english();
    browser.go("/app/no-such-page.xhtml");
    assertThat(browser.text("#error")).contains("Page not found");
    assertThat(browser.driver().findElements(By.id("shell:sign-out")))
        .as("the container's own 404 still shows who is signed in")
        .isNotEmpty();
    assertThat(browser.driver().findElements(By.id("shell:nav-scenes")))
        .as("and the menu of their role")
        .isNotEmpty();
  }

  @Test
  void aScriptWithoutTheAnswersNonceIsRefused() {
    signIn(Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER));
    browser.go("/app/home.xhtml");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "var s = document.createElement('script');"
                + " s.textContent = 'document.body.dataset.injected = 1';"
                + " document.body.appendChild(s);");
    assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("data-injected"))
        .as("the injected script did not run")
        .isNull();
    assertThat(browser.policyViolations()).as("and the browser says why").isNotEmpty();
  }

  @Test
  void aChinesePageShowsTheDatePickersCalendarInChinese() {
    signIn("admin", RunningApp.adminPassword());
    chinese();
    browser.go("/app/dashboard.xhtml");
    browser.find("[id$='from'] button.ui-datepicker-trigger").click();
    browser.waitFor(d -> !d.findElements(By.cssSelector(".ui-datepicker-month")).isEmpty());
    String month = browser.text(".ui-datepicker-month");
    String weekdays = browser.text(".ui-datepicker-calendar thead");
    assertThat(month).as("the month is named in Chinese").contains("月");
    assertThat(weekdays).as("the weekdays are named in Chinese").contains("日");
  }
}
