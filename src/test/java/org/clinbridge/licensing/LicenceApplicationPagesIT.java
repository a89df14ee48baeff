package org.clinbridge.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.projects.ProjectsFixtures.TODAY;
import static org.clinbridge.projects.ProjectsFixtures.json;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One licence application's page and the certificates page in a real browser, in both languages:
 * state, the authority's clock, the checklist, the letters and the history; the renewal windows.
 */
class LicenceApplicationPagesIT extends BrowserTest {
  @Test
  void aFounderFollowsAnApplicationsClockChecklistLettersAndHistory() {
    Api.TestUser founder = ProjectsFixtures.founder();
    String project = ProjectsFixtures.createProject(founder);
    JsonPath submitted = LicensingFixtures.submittedRegistration(founder, project);
    String id = submitted.getString("id");
    json(founder.api())
        .body(Map.of("kind", "CORRECTION_LIST", "subject", "补正通知：产品技术要求"))
        .post("/api/licence-applications/" + id + "/correspondence")
        .then()
        .statusCode(201);
    JsonPath now = founder.api().get("/api/licence-applications/" + id).then().extract().jsonPath();

    signIn(founder);
    english();
    browser.go("/app/licences.xhtml?project=" + project);
    browser.clickAndLoad("#applications tr.cb-application-row a.cb-type");
    assertThat(browser.path()).startsWith("/app/licence-application.xhtml");
    assertThat(browser.text("#application-title"))
        .isEqualTo("Registration: " + submitted.getString("product.en"));
    assertThat(browser.text("#state")).isEqualTo("Submitted");
    String clock = browser.text("#clock");
    assertThat(clock).contains(now.getString("clock.name.en"));
    if (now.getString("clock.dueOn") != null) {
      assertThat(clock)
          .contains(
              now.getInt("clock.daysUsed")
                  + " days used, "
                  + now.getInt("clock.daysLeft")
                  + " left: due "
                  + now.getString("clock.dueOn"));
    } else {
      assertThat(clock).contains("stopped since " + now.getString("clock.pausedSince"));
    }
    // The checklist as the API keeps it: all six documents of a registration ready.
    assertThat(browser.text("#checklist-title")).isEqualTo("Documents: 6 of 6 done");
    List<WebElement> documents =
        browser.driver().findElements(By.cssSelector("#documents tr.cb-document-row"));
    assertThat(documents).hasSize(6);
    assertThat(documents.get(0).findElement(By.className("cb-document-state")).getText())
        .isEqualTo("Ready");
    WebElement letter = browser.find("#letters tr.cb-letter-row");
    assertThat(letter.getText())
        .contains(TODAY.toString(), "Correction list", "from the authority", "补正通知：产品技术要求");
    List<WebElement> history =
        browser.driver().findElements(By.cssSelector("#history tr.cb-event-row"));
    assertThat(history).hasSizeGreaterThanOrEqualTo(3);
    assertThat(history.get(history.size() - 1).getText()).contains("In preparation → Submitted");
    assertThat(browser.find("#timeline").getAttribute("href"))
        .endsWith("/api/licence-applications/" + id + "/timeline.csv");
    // Below the authority's moves, the record's own audit history (who changed what).
    assertThat(browser.text("#audit\\:record-history"))
        .contains("History")
        .contains("state: IN_PREPARATION → SUBMITTED");
    browser.screenshot("licence-application-en");

    chinese();
    browser.go("/app/licence-application.xhtml?id=" + id);
    assertThat(browser.text("#application-title"))
        .isEqualTo("首次注册：" + submitted.getString("product.zh"));
    assertThat(browser.text("#state")).isEqualTo("已提交");
    assertThat(browser.find("#letters tr.cb-letter-row").getText()).contains("补正通知", "审批部门发出");
    browser.screenshot("licence-application-zh");

    // Another start-up does not find it; a malformed or missing id is not found either.
    signIn(ProjectsFixtures.founder());
    browser.go("/app/licence-application.xhtml?id=" + id);
    assertThat(browser.driver().findElements(By.id("documents"))).isEmpty();
    browser.go("/app/licence-application.xhtml");
    assertThat(browser.driver().findElements(By.id("documents"))).isEmpty();
  }

  @Test
  void theCertificatesPageShowsTheRenewalDueFirstAndItsWindow() {
    Api.TestUser founder = ProjectsFixtures.founder();
    String project = ProjectsFixtures.createProject(founder);
    // One in its renewal window (expires in 11 months), one issued a year ago.
    JsonPath soon =
        LicensingFixtures.certificate(
            founder, project, "07", TODAY.plusMonths(11).minusYears(5).plusDays(1));
    JsonPath later = LicensingFixtures.certificate(founder, project, "07");

    signIn(founder);
    english();
    browser.go("/app/home.xhtml");
    browser.clickAndLoad("#go-certificates");
    assertThat(browser.path()).startsWith("/app/certificates.xhtml");
    List<WebElement> rows =
        browser.driver().findElements(By.cssSelector("#certificates tr.cb-certificate-row"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).findElement(By.className("cb-number")).getText())
        .isEqualTo(soon.getString("number"));
    assertThat(rows.get(0).findElement(By.className("cb-renewal")).getText())
        .contains(
            "From " + soon.getString("alertOn") + ", apply by " + soon.getString("renewalDeadline"))
        .contains(soon.getInt("daysToExpiry") + " days to expiry")
        .contains("Time to prepare the renewal");
    assertThat(rows.get(1).findElement(By.className("cb-number")).getText())
        .isEqualTo(later.getString("number"));
    assertThat(rows.get(1).findElements(By.className("cb-in-window"))).isEmpty();
    browser.screenshot("certificates-en");

    chinese();
    browser.go("/app/certificates.xhtml");
    assertThat(browser.find("#certificates tr.cb-certificate-row .cb-renewal").getText())
        .contains("应着手准备延续注册");
    browser.screenshot("certificates-zh");

    // Another start-up sees none of them.
    signIn(ProjectsFixtures.founder());
    browser.go("/app/certificates.xhtml");
    assertThat(browser.driver().findElements(By.cssSelector("#certificates tr.cb-certificate-row")))
        .isEmpty();
  }
}
