package org.clinbridge.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.projects.ProjectsFixtures.TODAY;
import static org.clinbridge.projects.ProjectsFixtures.founder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.BrowserTest;
import org.clinbridge.testing.RunningApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 16 item 3 in a real browser: a founder registers a technology contract with its parties and
 * submits it; the registration office starts the review (the 30-day deadline shows), returns it
 * with what to correct; the founder corrects and submits it again; the office registers it with the
 * certified technical income. Every step is read back through the API; the founder is offered none
 * of the office's steps, nor its queue; one page is read in Chinese.
 */
class ContractPagesIT extends BrowserTest {
  private static final String SELLER = "重庆医科大学";
  private static final String BUYER = "心擎医疗科技有限公司";
  private static final String BUYER_USCC = "91500106MA5U7K8X2R";
  private static final List<String> OFFICE_BUTTONS =
      List.of("list:start-review", "list:open-register", "list:open-return", "list:open-refuse");

  @Test
  void aContractIsRegisteredReturnedCorrectedAndRegisteredFromThePages() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    String title = "ECG patch licence " + ProjectsFixtures.latinWord();

    // The founder reaches the contracts from the project page and registers one.
    signIn(founder);
    english();
    browser.go("/app/project.xhtml?id=" + project);
    browser.clickAndLoad("#contracts");
    assertThat(browser.text("#list\\:contracts")).contains("No technology contract yet.");
    openDialog("#list\\:new-contract", "contract-dialog");
    browser.type("#contract-form\\:title_zh", "心电贴专利许可合同");
    browser.type("#contract-form\\:amount", "1500000");
    browser.type("#contract-form\\:party\\:0\\:name", SELLER);
    browser.type("#contract-form\\:party\\:1\\:name", BUYER);
    // Without its English title: the API's own message, and nothing recorded.
    browser.find("#contract-form\\:submit").click();
    waitForText("#contract-form", "must not be blank");
    browser.screenshot("contract-new-en");
    assertThat(
            founder
                .api()
                .get("/api/projects/" + project + "/contracts")
                .jsonPath()
                .getList("items"))
        .isEmpty();
    browser.type("#contract-form\\:title_en", title);
    browser.clickAndLoad("#contract-form\\:submit");
    assertThat(browser.text("#contract-title")).isEqualTo(title);
    assertThat(browser.text("#state")).isEqualTo("Draft");
    String id = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]+).*", "$1");
    founder
        .api()
        .get("/api/contracts/" + id)
        .then()
        .statusCode(200)
        .body("state", equalTo("DRAFT"))
        .body("type", equalTo("LICENCE"))
        .body("amount", equalTo(1500000.0f))
        .body("signedOn", equalTo(TODAY.toString()))
        .body("parties[0].role", equalTo("SELLER"))
        .body("parties[0].name", equalTo(SELLER))
        .body("parties[1].role", equalTo("BUYER"))
        .body("parties[1].name", equalTo(BUYER));

    browser.clickAndLoad("#list\\:submit");
    assertThat(browser.text("#state")).isEqualTo("Submitted");
    founder.api().get("/api/contracts/" + id).then().body("state", equalTo("SUBMITTED"));
    noOfficeButtons();
    assertThat(browser.driver().findElements(By.id("list:open-edit")))
        .as("a submitted contract is the office's to review, not to change")
        .isEmpty();
    browser.go("/app/contract-reviews.xhtml");
    assertThat(browser.find("body").getText()).contains("Not allowed");

    // The office finds it in its queue, starts the review: decided within 30 days.
    signIn("admin", RunningApp.adminPassword());
    english();
    browser.go("/app/home.xhtml");
    browser.clickAndLoad("#go-contract-reviews");
    browser.clickAndLoad(linkTo("#submitted", id));
    browser.clickAndLoad("#list\\:start-review");
    assertThat(browser.text("#state")).isEqualTo("Under review");
    assertThat(browser.text("#deadline"))
        .isEqualTo("Due " + TODAY.plusDays(30) + " (30 days left)");
    Api.asAdmin()
        .get("/api/contracts/" + id)
        .then()
        .body("state", equalTo("UNDER_REVIEW"))
        .body("reviewDueOn", equalTo(TODAY.plusDays(30).toString()));
    browser.go("/app/contract-reviews.xhtml");
    assertThat(rowOf("#under-review", title).getText())
        .contains("Due " + TODAY.plusDays(30) + " (30 days left)");
    browser.screenshot("contract-reviews-en");

    // Returned with what to correct: refused without it first, with the API's own message.
    browser.clickAndLoad(linkTo("#under-review", id));
    openDialog("#list\\:open-return", "return-dialog");
    browser.find("#return-form\\:submit").click();
    waitForText("#return-form", "must not be blank");
    browser.type("#return-form\\:reason", "The buyer's credit code is missing");
    browser.clickAndLoad("#return-form\\:submit");
    assertThat(browser.text("#state")).isEqualTo("Returned for correction");
    Api.asAdmin()
        .get("/api/contracts/" + id)
        .then()
        .body("state", equalTo("RETURNED"))
        .body("returnedReason", equalTo("The buyer's credit code is missing"));

    // The founder reads what to correct on the project's contracts, corrects and resubmits.
    signIn(founder);
    english();
    browser.go("/app/contracts.xhtml?project=" + project);
    WebElement row = rowOf("#list\\:contracts", title);
    assertThat(row.getText())
        .contains("Returned for correction")
        .contains("The buyer's credit code is missing");
    browser.screenshot("contracts-en");
    row.findElement(By.cssSelector("button[id$='open-edit']")).click();
    browser.waitFor(d -> d.findElement(By.id("contract-dialog")).isDisplayed());
    assertThat(browser.find("#contract-form\\:party\\:1\\:name").getAttribute("value"))
        .isEqualTo(BUYER);
    browser.type("#contract-form\\:party\\:1\\:uscc", BUYER_USCC);
    browser.clickAndLoad("#contract-form\\:submit");
    founder
        .api()
        .get("/api/contracts/" + id)
        .then()
        .body("state", equalTo("RETURNED"))
        .body("parties[1].uscc", equalTo(BUYER_USCC));
    noOfficeButtons();
    browser.clickAndLoad("#list\\:submit");
    founder
        .api()
        .get("/api/contracts/" + id)
        .then()
        .body("state", equalTo("SUBMITTED"))
        .body("reviewDueOn", nullValue());

    // In Chinese, the same contract.
    chinese();
    assertThat(browser.text("#state")).isEqualTo("已提交");
    assertThat(browser.text("#parties")).contains(BUYER_USCC).contains("买方（技术受让方）");
    browser.screenshot("contract-zh");

    // The office reviews it again and registers it with the certified income.
    signIn("admin", RunningApp.adminPassword());
    english();
    browser.go("/app/contract.xhtml?id=" + id);
    browser.clickAndLoad("#list\\:start-review");
    openDialog("#list\\:open-register", "register-dialog");
    browser.type("#register-form\\:registrationNumber", "2026500001" + id.substring(0, 6));
    assertThat(browser.find("#register-form\\:certifiedIncome").getAttribute("value"))
        .as("the whole amount, until the office certifies less")
        .isEqualTo("1500000.00");
    browser.type("#register-form\\:certifiedIncome", "1600000");
    browser.find("#register-form\\:submit").click();
    waitForText("#register-form", "cannot exceed the contract amount");
    browser.type("#register-form\\:certifiedIncome", "1200000");
    browser.clickAndLoad("#register-form\\:submit");
    assertThat(browser.text("#state")).isEqualTo("Registered");
    assertThat(browser.text("#certified-income")).isEqualTo("1,200,000.00");
    assertThat(browser.text("#history")).contains("returned").contains("registered");
    Api.asAdmin()
        .get("/api/contracts/" + id)
        .then()
        .body("state", equalTo("REGISTERED"))
        .body("registrationNumber", equalTo("2026500001" + id.substring(0, 6)))
        .body("certifiedIncome", equalTo(1200000.0f))
        .body("decidedOn", equalTo(TODAY.toString()));
    assertThat(
            OFFICE_BUTTONS.stream().flatMap(b -> browser.driver().findElements(By.id(b)).stream()))
        .as("a registered contract takes no further step")
        .isEmpty();
    browser.screenshot("contract-en");
  }

  /**
   * A review past its deadline leads the office's queue, marked overdue, and reads so on the
   * project's contracts too. The review is dated back in the database, since the deadline counts
   * from the day the review started.
   */
  @Test
  void anOverdueReviewIsMarkedAndLeadsTheQueue() throws Exception {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    String title = "Overdue licence " + ProjectsFixtures.latinWord();
    java.util.Map<String, Object> body =
        new java.util.HashMap<>(ContractsIT.draft("LICENCE", "90000.00"));
    body.put("title", java.util.Map.of("zh", "逾期合同", "en", title));
    String id =
        ProjectsFixtures.json(founder.api())
            .body(body)
            .post("/api/projects/" + project + "/contracts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    founder.api().post("/api/contracts/" + id + "/submission").then().statusCode(200);
    Api.asAdmin().post("/api/contracts/" + id + "/review").then().statusCode(200);
    try (var c = org.clinbridge.testing.TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "update technology_contract set review_started_on = ?, review_due_on = ?"
                    + " where public_id = ?")) {
      ps.setObject(1, TODAY.minusDays(35));
      ps.setObject(2, TODAY.minusDays(5));
      ps.setObject(3, java.util.UUID.fromString(id));
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    Api.asAdmin()
        .get("/api/contracts/" + id)
        .then()
        .body("reviewOverdue", equalTo(true))
        .body("reviewDaysLeft", equalTo(-5));
    try {
      signIn("admin", RunningApp.adminPassword());
      english();
      browser.go("/app/contract-reviews.xhtml");
      WebElement row = rowOf("#under-review", title);
      assertThat(row.getText()).contains("Overdue: due " + TODAY.minusDays(5) + ", 5 days ago");
      assertThat(row.getAttribute("class")).contains("cb-overdue-row");
      List<WebElement> rows =
          browser.driver().findElements(By.cssSelector("#under-review tbody tr"));
      int mine = rows.indexOf(row);
      assertThat(rows.subList(0, mine))
          .as("only reviews due earlier come before it")
          .allMatch(r -> r.getText().contains("Overdue"));

      signIn(founder);
      english();
      browser.go("/app/contracts.xhtml?project=" + project);
      assertThat(rowOf("#list\\:contracts", title).getText())
          .contains("Under review")
          .contains("Overdue: due " + TODAY.minusDays(5));
    } finally {
      // Decided, so that it leaves the shared queue of the other tests.
      ProjectsFixtures.json(Api.asAdmin())
          .body(java.util.Map.of("reason", "Test contract"))
          .post("/api/contracts/" + id + "/refusal")
          .then()
          .statusCode(200);
    }
  }

  @Test
  void anotherStartUpDoesNotFindTheContract() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    String id =
        ProjectsFixtures.json(founder.api())
            .body(ContractsIT.draft("SERVICE", "20000.00"))
            .post("/api/projects/" + project + "/contracts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    signIn(founder());
    english();
    browser.go("/app/contract.xhtml?id=" + id);
    assertThat(browser.find("body").getText()).contains("Page not found");
    browser.go("/app/contracts.xhtml?project=" + project);
    assertThat(browser.find("body").getText()).contains("Page not found");
  }

  private static void noOfficeButtons() {
    for (String button : OFFICE_BUTTONS) {
      assertThat(browser.driver().findElements(By.id(button)))
          .as("the review steps are the registration office's: " + button)
          .isEmpty();
    }
  }

  private static WebElement rowOf(String table, String text) {
    return browser.waitFor(
        d ->
            d.findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElse(null));
  }

  /** The CSS of the link to contract {@code id} in {@code table}, once the table lists it. */
  private static String linkTo(String table, String id) {
    String css = table + " a.cb-title[href*='" + id + "']";
    browser.find(css);
    return css;
  }

  private static void openDialog(String button, String dialog) {
    browser.waitFor(
        d -> {
          d.findElement(By.cssSelector(button)).click();
          return true;
        });
    browser.waitFor(d -> d.findElement(By.id(dialog)).isDisplayed());
  }
}
