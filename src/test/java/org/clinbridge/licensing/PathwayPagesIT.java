package org.clinbridge.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The licensing pathway page in a real browser, as a founder reads it and prints it. */
class PathwayPagesIT extends BrowserTest {
  static List<WebElement> steps() {
    return browser.driver().findElements(By.cssSelector("#steps > li"));
  }

  static WebElement step(String key) {
    return browser.find("#steps > li[data-key='" + key + "']");
  }

  @Test
  void aFounderReadsTheProjectsPathwayInBothLanguages() {
    Api.TestUser founder = ProjectsFixtures.founder();
    // Class II, sub-catalogue 07, made in China: the fixture's project.
    String project = ProjectsFixtures.createProject(founder);
    signIn(founder);
    english();
    browser.go("/app/project.xhtml?id=" + project);
    browser.clickAndLoad("#pathway");
    assertThat(browser.path()).startsWith("/app/pathway.xhtml");

    // Class II, domestic: the province registers, the papers are named, the dates are counted.
    assertThat(steps()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(step("type-testing").getAttribute("data-progress")).isEqualTo("NEXT");
    assertThat(browser.text("#next")).contains("Registration type testing");
    WebElement registration = step("initial-registration");
    assertThat(registration.findElement(By.className("cb-authority")).getText())
        .isEqualTo("the provincial medical products administration");
    assertThat(registration.getText()).contains("product technical requirements");
    assertThat(registration.getText()).contains("working days");
    // The page dates the step as the API does: a year the calendar does not hold leaves it undated.
    String latest =
        founder
            .api()
            .get("/api/projects/" + project + "/pathway")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("steps.find { it.key == 'initial-registration' }.legalLatestOn");
    List<WebElement> shown = registration.findElements(By.className("cb-latest"));
    if (latest == null) {
      assertThat(shown).isEmpty();
      assertThat(registration.findElement(By.className("cb-undated")).getText())
          .contains("Not dated yet");
    } else {
      assertThat(shown.get(0).getText()).isEqualTo(latest);
    }
    assertThat(registration.findElement(By.className("cb-from")).getText())
        .matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(browser.text("#summary")).contains("Class II").contains("China (NMPA)");
    // Printable: the print button is there; the question form is not (the project answers it).
    assertThat(browser.find("#print").isDisplayed()).isTrue();
    assertThat(browser.driver().findElements(By.id("question"))).isEmpty();
    browser.screenshot("pathway-project-en");

    chinese();
    browser.go("/app/pathway.xhtml?project=" + project);
    assertThat(step("initial-registration").findElement(By.className("cb-authority")).getText())
        .isEqualTo("省级药品监督管理部门");
    assertThat(browser.text("#next")).contains("下一步");
    browser.screenshot("pathway-project-zh");

    // Another start-up's founder does not find the project.
    Api.TestUser stranger = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    signIn(stranger);
    english();
    browser.go("/app/pathway.xhtml?project=" + project);
    assertThat(browser.driver().findElements(By.id("steps"))).isEmpty();
  }

  @Test
  void aQuestionWithoutAProjectIsAnsweredFromTheForm() {
    Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    signIn(founder);
    english();
    browser.go("/app/home.xhtml");
    browser.clickAndLoad("#go-pathway");
    assertThat(browser.driver().findElements(By.id("steps"))).isEmpty();

    // No class on the NMPA route: the rule is said beside the form, nothing is guessed.
    browser.clickAndLoad("#plan");
    assertThat(browser.text("#refused")).contains("Device class");
    assertThat(browser.driver().findElements(By.id("steps"))).isEmpty();

    new Select(browser.find("#deviceClass")).selectByValue("III");
    browser.type("#subcatalogue", "07");
    browser.clickAndLoad("#plan");
    assertThat(browser.path()).contains("deviceClass=III");
    assertThat(step("initial-registration").findElement(By.className("cb-authority")).getText())
        .contains("NMPA");
    assertThat(step("business-licence").getText()).contains("Class III distribution licence");
    // The form keeps the question it answered.
    assertThat(new Select(browser.find("#deviceClass")).getFirstSelectedOption().getText())
        .isEqualTo("Class III");
    assertThat(new Select(browser.find("#origin")).getFirstSelectedOption().getText())
        .isEqualTo("China");
    browser.screenshot("pathway-question-en");
  }
}
