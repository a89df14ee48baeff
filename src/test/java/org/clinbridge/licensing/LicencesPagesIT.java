package org.clinbridge.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A project's licences page in a real browser: applications with their clocks, certificates. */
class LicencesPagesIT extends BrowserTest {
  @Test
  void aFounderSeesEachApplicationsClockAndTheCertificatesRenewalWindow() {
    Api.TestUser founder = ProjectsFixtures.founder();
    String project = ProjectsFixtures.createProject(founder);
    JsonPath submitted = LicensingFixtures.submittedRegistration(founder, project);
    String id = submitted.getString("id");
    String due = submitted.getString("clock.dueOn");
    JsonPath certificate = LicensingFixtures.certificate(founder, project, "07");
    String number = certificate.getString("number");

    signIn(founder);
    english();
    browser.go("/app/project.xhtml?id=" + project);
    browser.clickAndLoad("#licences");
    assertThat(browser.path()).startsWith("/app/licences.xhtml");

    List<WebElement> applications =
        browser.driver().findElements(By.cssSelector("#applications tr.cb-application-row"));
    assertThat(applications).hasSize(1);
    WebElement row = applications.get(0);
    assertThat(row.findElement(By.className("cb-type")).getText()).isEqualTo("Registration");
    assertThat(row.getText()).contains("the provincial medical products administration");
    assertThat(row.findElement(By.className("cb-state")).getText()).isEqualTo("Submitted");
    assertThat(row.findElement(By.className("cb-clock")).getText()).contains("Acceptance");
    if (due != null) {
      // The clock as the API counts it, and the next legal deadline at the top.
      assertThat(row.findElement(By.className("cb-days-left")).getText())
          .isEqualTo("5 working days left, due " + due);
      assertThat(browser.text("#next-deadline")).contains(due).contains("Registration");
    }
    assertThat(row.findElement(By.className("cb-timeline")).getAttribute("href"))
        .endsWith("/api/licence-applications/" + id + "/timeline.csv");

    WebElement cert = browser.find("#certificates tr.cb-certificate-row");
    assertThat(cert.findElement(By.className("cb-number")).getText()).isEqualTo(number);
    assertThat(cert.getText()).contains("ECG patch").contains("Active");
    assertThat(cert.findElement(By.className("cb-renewal")).getText())
        .startsWith("Apply by " + certificate.getString("renewalDeadline"));
    browser.screenshot("licences-en");

    chinese();
    browser.go("/app/licences.xhtml?project=" + project);
    assertThat(browser.find("#applications tr.cb-application-row .cb-type").getText())
        .isEqualTo("首次注册");
    assertThat(browser.find("#certificates tr.cb-certificate-row").getText()).contains("有效");
    browser.screenshot("licences-zh");

    // Another start-up's founder does not find the project's licences.
    signIn(ProjectsFixtures.founder());
    browser.go("/app/licences.xhtml?project=" + project);
    assertThat(browser.driver().findElements(By.id("applications"))).isEmpty();
  }
}
