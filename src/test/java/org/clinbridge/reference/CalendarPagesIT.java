package org.clinbridge.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.time.DayOfWeek;
import java.util.List;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.BrowserTest;
import org.clinbridge.testing.RunningApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The working-day calendar page in a real browser, as a district administrator uses it. */
class CalendarPagesIT extends BrowserTest {
  static WebElement day(String date) {
    return browser.find("#day-" + date);
  }

  @Test
  void february2026ShowsTheSpringFestivalAndTheWorkedSaturdays() {
    signIn("admin", RunningApp.adminPassword());
    english();
    browser.go("/app/home.xhtml");
    browser.clickAndLoad("#go-calendar");
    assertThat(browser.path()).startsWith("/app/calendar.xhtml");
    browser.go("/app/calendar.xhtml?month=2026-02");
    assertThat(browser.text("#month")).isEqualTo("February 2026");
    for (int d = 15; d <= 23; d++) {
      WebElement cell = day("2026-02-" + d);
      assertThat(cell.getAttribute("data-kind")).as("2026-02-%d", d).isEqualTo("HOLIDAY");
      assertThat(cell.getText()).contains("Holiday").contains("Spring Festival");
    }
    for (String worked : new String[] {"2026-02-14", "2026-02-28"}) {
      assertThat(day(worked).getAttribute("data-kind")).isEqualTo("WORKDAY");
      assertThat(day(worked).getAttribute("data-working")).isEqualTo("true");
      assertThat(day(worked).getText()).contains("Working weekend day");
    }
    assertThat(day("2026-02-13").getAttribute("data-kind")).isEqualTo("WEEKDAY");
    assertThat(day("2026-02-08").getAttribute("data-kind")).isEqualTo("WEEKEND");
    assertThat(browser.text("#years")).contains("2025, 2026");
    browser.screenshot("calendar-2026-02-en");

    chinese();
    browser.go("/app/calendar.xhtml?month=2026-02");
    assertThat(browser.text("#month")).isEqualTo("2026年2月");
    assertThat(day("2026-02-16").getText()).contains("放假").contains("春节");
    assertThat(day("2026-02-14").getText()).contains("调休上班");
    browser.screenshot("calendar-2026-02-zh");

    // The next month, by its button.
    browser.clickAndLoad("#calendar\\:next");
    assertThat(browser.text("#month")).isEqualTo("2026年3月");
    assertThat(day("2026-03-01").getAttribute("data-kind")).isEqualTo("WEEKEND");
  }

  @Test
  void aMonthOfAYearNotHeldSaysSoAndOnlyAdministratorsOpenThePage() {
    signIn("admin", RunningApp.adminPassword());
    english();
    browser.go("/app/calendar.xhtml?month=2030-05");
    assertThat(browser.text("#calendar\\:not-held"))
        .contains("The calendar does not hold this year")
        .contains("2030-05-01");
    assertThat(browser.driver().findElements(By.id("month-grid"))).isEmpty();

    Api.TestUser manager = Api.user(OrganisationKind.UNIVERSITY, Role.TECH_MANAGER);
    signIn(manager);
    english();
    browser.go("/app/home.xhtml");
    browser.find("#go-projects");
    assertThat(browser.driver().findElements(By.id("go-calendar"))).isEmpty();
    browser.go("/app/calendar.xhtml?month=2026-02");
    assertThat(browser.find("body").getText())
        .contains("Your roles do not allow this page or action.");
  }

  @Test
  void anAdministratorAddsCorrectsAndRemovesADateFromThePage() {
    // A year of its own (a test-only notice), so no other test's working days change.
    int year = CalendarIT.freeYear();
    CalendarIT.addNotice(
            year, List.of(CalendarIT.day(year + "-01-01", "HOLIDAY", "元旦", "New Year's Day")))
        .then()
        .statusCode(201);
    String monday = CalendarIT.inMarch(year, DayOfWeek.MONDAY);
    signIn("admin", RunningApp.adminPassword());
    english();
    browser.go("/app/calendar.xhtml?month=" + year + "-03");
    assertThat(day(monday).getAttribute("data-kind")).isEqualTo("WEEKDAY");

    open(monday);
    browser.choose("day\\:kind", "Holiday");
    browser.type("#day\\:name_zh", "测试假日");
    browser.type("#day\\:name_en", "Test holiday");
    browser.clickAndLoad("#day\\:save");
    assertThat(day(monday).getAttribute("data-kind")).isEqualTo("HOLIDAY");
    assertThat(day(monday).getText()).contains("Test holiday");
    assertThat(browser.text(".ui-messages-info")).contains(monday);

    // A weekday cannot be a worked weekend day: the API's message beside the field.
    open(monday);
    browser.choose("day\\:kind", "Working weekend day");
    browser.find("#day\\:save").click();
    waitForText("#day .ui-message-error", "WORKDAY is for a Saturday or Sunday");
    browser.screenshot("calendar-change-refused-en");

    // Removing needs a reason, then the date follows the week again.
    browser.go("/app/calendar.xhtml?month=" + year + "-03");
    open(monday);
    browser.find("#day\\:remove").click();
    waitForText("#day .ui-message-error", "");
    browser.type("#day\\:reason", "Entered on the wrong date");
    browser.clickAndLoad("#day\\:remove");
    assertThat(day(monday).getAttribute("data-kind")).isEqualTo("WEEKDAY");
    Api.anonymous()
        .get("/api/reference/calendar/years/" + year + "?includeVoided=true")
        .then()
        .body("days.voiding.reason", hasItem("Entered on the wrong date"));
  }

  private static void open(String date) {
    day(date).findElement(By.cssSelector("a[id$=':open']")).click();
    browser.waitFor(
        d ->
            d.findElement(By.id("day-dialog")).isDisplayed()
                && d.findElement(By.id("selected")).getText().equals(date));
  }
}
