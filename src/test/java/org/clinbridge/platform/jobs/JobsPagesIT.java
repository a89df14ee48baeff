package org.clinbridge.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.BrowserTest;
import org.clinbridge.testing.RunningApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The jobs page in a real browser, as a district administrator uses it. */
class JobsPagesIT extends BrowserTest {
  static WebElement row(String job) {
    return browser.driver().findElements(By.cssSelector("#jobs\\:table tr.cb-job-row")).stream()
        .filter(r -> r.findElement(By.className("cb-job-name")).getText().equals(job))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anAdministratorRunsTheAuditCheckFromThePageAndSeesHowItWent() {
    signIn("admin", RunningApp.adminPassword());
    english();
    browser.go("/app/home.xhtml");
    browser.clickAndLoad("#go-jobs");
    assertThat(browser.path()).startsWith("/app/jobs.xhtml");
    WebElement audit = row("audit-chain-check");
    assertThat(audit.getText()).contains("every 24 h").contains("Checks the whole audit trail");
    assertThat(row("mail-outbox").getText()).contains("every 1 min");
    assertThat(row("reminders").getText()).contains("every 1 h");
    assertThat(audit.findElement(By.className("cb-next-run")).getText())
        .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

    audit.findElement(By.cssSelector("button[id$=':run']")).click();
    browser.waitFor(d -> d.findElements(By.cssSelector(".ui-messages-info")).size() > 0);
    assertThat(browser.text(".ui-messages-info")).contains("audit-chain-check ran: Succeeded");
    WebElement ran = row("audit-chain-check");
    assertThat(ran.findElement(By.className("cb-outcome")).getAttribute("data-outcome"))
        .isEqualTo("SUCCEEDED");
    assertThat(ran.findElement(By.className("cb-summary")).getText()).startsWith("intact: ");
    browser.screenshot("jobs-en");

    chinese();
    browser.go("/app/jobs.xhtml");
    assertThat(row("audit-chain-check").getText()).contains("每 24 小时").contains("成功");
    browser.screenshot("jobs-zh");

    // Only district administrators open it.
    signIn(Api.user(OrganisationKind.UNIVERSITY, Role.TECH_MANAGER));
    english();
    browser.go("/app/jobs.xhtml");
    assertThat(browser.find("body").getText())
        .contains("Your roles do not allow this page or action.");
  }
}
