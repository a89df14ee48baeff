package org.clinbridge.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.projects.ProjectsFixtures.TODAY;
import static org.clinbridge.projects.ProjectsFixtures.assign;
import static org.clinbridge.projects.ProjectsFixtures.founder;
import static org.clinbridge.projects.ProjectsFixtures.json;
import static org.clinbridge.projects.ProjectsFixtures.manager;
import static org.clinbridge.projects.ProjectsFixtures.milestone;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.BrowserTest;
import org.clinbridge.testing.RunningApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 16 item 2, the fund from the pages alone: a district administrator opens a pool and awards
 * a grant with its tranche plan; the project's technology manager reviews the milestone (go, or a
 * no-go that must say why); the administrator releases the tranche; the pool page shows the
 * statement and the ledger. Every result is read back through the API; a start-up member and a
 * manager are offered none of the administrator's decisions. Screenshots go to target/screenshots/.
 */
class FundPagesIT extends BrowserTest {

  private static String admin() {
    return RunningApp.adminPassword();
  }

  private static void signInAsAdmin() {
    signIn("admin", admin());
  }

  /** A reached milestone of the project (a go needs it reached); its id. */
  private static String reachedMilestone(Api.TestUser founder, String project) {
    String m = milestone(founder, project, TODAY.plusDays(5));
    json(founder.api())
        .body(Map.of("reachedOn", TODAY.toString(), "evidence", "prototype report P-7"))
        .post("/api/projects/" + project + "/milestones/" + m + "/reached")
        .then()
        .statusCode(200);
    return m;
  }

  /** A grant of one tranche on {@code milestone}, awarded through the API; its JSON. */
  private static io.restassured.path.json.JsonPath grant(
      String pool, String project, String milestone, String amount) {
    return json(Api.asAdmin())
        .body(FundIT.award(project, List.of(FundIT.tranche(milestone, amount))))
        .post("/api/fund-pools/" + pool + "/grants")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> onlyGrant(String project) {
    List<Map<String, Object>> items =
        Api.asAdmin()
            .get("/api/projects/" + project + "/grants")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> firstTranche(String project) {
    return ((List<Map<String, Object>>) onlyGrant(project).get("tranches")).get(0);
  }

  private static BigDecimal statement(String pool, String figure) {
    return new BigDecimal(
        Api.asAdmin()
            .get("/api/fund-pools/" + pool + "/statement")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString(figure));
  }

  private static void openDialog(String button, String dialog) {
    browser.waitFor(
        d -> {
          d.findElement(By.cssSelector(button)).click();
          return true;
        });
    browser.waitFor(d -> d.findElement(By.id(dialog)).isDisplayed());
  }

  /** Types a date over the picker's text and closes its calendar. */
  private static void typeDate(String css, java.time.LocalDate date) {
    WebElement input = browser.find(css);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    input.sendKeys(date.toString());
    input.sendKeys(Keys.ESCAPE);
  }

  private static void openGrantsTab(String project) {
    browser.go("/app/project.xhtml?id=" + project + "&tab=grants");
    browser.waitFor(d -> d.findElement(By.id("tabs:grants-form:grants")).isDisplayed());
  }

  @Test
  void aDistrictAdministratorOpensAPoolInThePage() {
    String name = "Pool " + UUID.randomUUID().toString().substring(0, 8);
    signInAsAdmin();
    english();
    browser.go("/app/fund-pools.xhtml");
    openDialog("#fund-actions\\:open-create", "pool-dialog");
    browser.type("#pool-form\\:name_zh", "资金池 " + name);
    browser.type("#pool-form\\:name_en", name);
    browser.type("#pool-form\\:total", "3000000");
    // A period that ends before it starts: the API's own refusal, beside the end date.
    typeDate("#pool-form\\:periodEnd_input", TODAY.minusDays(1));
    browser.find("#pool-form\\:submit").click();
    waitForText("#pool-form\\:pool-messages", "cannot be before the start of the period");
    assertThat(poolNamed(name)).isNull();
    browser.screenshot("fund-pool-new-en");

    typeDate("#pool-form\\:periodEnd_input", TODAY.plusMonths(6));
    browser.clickAndLoad("#pool-form\\:submit");
    assertThat(browser.text("#pool-name")).isEqualTo(name);
    assertThat(browser.text("#audit\\:record-history")).contains("History").contains("admin");
    Map<String, Object> pool = poolNamed(name);
    assertThat(pool).isNotNull().containsEntry("periodEnd", TODAY.plusMonths(6).toString());
    assertThat(new BigDecimal(((Map<?, ?>) pool.get("statement")).get("total").toString()))
        .isEqualByComparingTo("3000000.00");
    // The ledger starts with the opening, in Beijing time.
    assertThat(browser.text("#ledger")).contains("Pool opened").contains("3,000,000.00");

    // A technology manager reads the fund but is not offered to open a pool.
    signIn(manager());
    browser.go("/app/fund-pools.xhtml");
    assertThat(browser.text("#pools")).contains(name);
    assertThat(browser.driver().findElements(By.id("fund-actions"))).isEmpty();
  }

  private static Map<String, Object> poolNamed(String en) {
    String cursor = null;
    do {
      var r = Api.asAdmin().queryParam("limit", 200);
      if (cursor != null) {
        r = r.queryParam("cursor", cursor);
      }
      var page = r.get("/api/fund-pools").then().statusCode(200).extract().jsonPath();
      List<Map<String, Object>> items = page.getList("items");
      for (Map<String, Object> p : items) {
        if (en.equals(((Map<?, ?>) p.get("name")).get("en"))) {
          return p;
        }
      }
      cursor = page.getString("next");
    } while (cursor != null);
    return null;
  }

  @Test
  void aDistrictAdministratorAwardsAGrantWithATranchePlan() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    String first = milestone(founder, project, TODAY.plusDays(30));
    String second = milestone(founder, project, TODAY.plusDays(90));
    String name = "Pool " + UUID.randomUUID().toString().substring(0, 8);
    String pool =
        json(Api.asAdmin())
            .body(
                Map.of(
                    "name", Map.of("zh", "资金池 " + name, "en", name),
                    "total", new BigDecimal("1000000.00"),
                    "periodStart", TODAY.toString(),
                    "periodEnd", TODAY.plusDays(300).toString()))
            .post("/api/fund-pools")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    signInAsAdmin();
    english();
    openGrantsTab(project);
    openDialog("#tabs\\:grants-form\\:open-award", "tabs:award-dialog");
    browser.choose("tabs\\:award-form\\:pool", name);
    List<WebElement> amounts =
        browser
            .driver()
            .findElements(By.cssSelector("#tabs\\:award-form\\:plan input[id$='amount']"));
    assertThat(amounts).hasSize(2);
    // More than the pool holds: the API's refusal, in the dialog, and nothing awarded.
    amounts.get(0).sendKeys("900000");
    amounts.get(1).sendKeys("200000.50");
    browser.find("#tabs\\:award-form\\:submit").click();
    waitForText("#tabs\\:award-form\\:award-messages", "1,100,000.50");
    assertThat(statement(pool, "committed")).isEqualByComparingTo("0");

    browser.type("#tabs\\:award-form\\:plan\\:0\\:amount", "300000");
    browser.screenshot("grant-award-en");
    browser.clickAndLoad("#tabs\\:award-form\\:submit");
    waitForText("#tabs\\:grants-form\\:grants", "300,000.00");

    Map<String, Object> grant = onlyGrant(project);
    assertThat(new BigDecimal(grant.get("amount").toString())).isEqualByComparingTo("500000.50");
    assertThat(((Map<?, ?>) grant.get("pool")).get("id")).isEqualTo(pool);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> tranches = (List<Map<String, Object>>) grant.get("tranches");
    assertThat(tranches)
        .extracting(t -> (Object) ((Map<?, ?>) t.get("milestone")).get("id"))
        .containsExactly(first, second);
    assertThat(tranches)
        .extracting(
            t ->
                new BigDecimal(t.get("amount").toString())
                    .setScale(2, java.math.RoundingMode.HALF_UP)
                    .toPlainString())
        .containsExactly("300000.00", "200000.50");
    assertThat(statement(pool, "committed")).isEqualByComparingTo("500000.50");
  }

  @Test
  void theManagerReviewsAGoAndTheAdministratorReleasesTheTranche() {
    Api.TestUser founder = founder();
    Api.TestUser manager = manager();
    String project = ProjectsFixtures.createProject(founder);
    assign(project, manager);
    String m = reachedMilestone(founder, project);
    String pool = FundIT.pool("800000.00");
    grant(pool, project, m, "120000.00");

    signIn(manager);
    english();
    openGrantsTab(project);
    // The manager reviews but does not pay out.
    assertThat(browser.driver().findElements(By.cssSelector("button[id$='release']"))).isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("button[id$='open-award']"))).isEmpty();
    browser.find("button[id$='review-tranche']").click();
    browser.waitFor(d -> d.findElement(By.id("review-dialog")).isDisplayed());
    browser.clickAndLoad("#review\\:submit");
    waitForText("#tabs\\:grants-form\\:grants", "Go");
    assertThat(
            Api.asAdmin()
                .get("/api/projects/" + project + "/milestones/" + m + "/reviews")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.decision"))
        .containsExactly("GO");

    signInAsAdmin();
    english();
    openGrantsTab(project);
    browser.find("button[id$='release']").click();
    browser.waitFor(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
    browser.clickAndLoad(".ui-confirmdialog-yes");
    waitForText("#tabs\\:grants-form\\:grants", "released");
    assertThat(firstTranche(project)).containsEntry("status", "RELEASED");
    assertThat(statement(pool, "released")).isEqualByComparingTo("120000.00");

    // The pool page: its statement and the ledger of every movement, in Beijing time.
    browser.go("/app/fund-pool.xhtml?id=" + pool);
    assertThat(browser.find("#released").getText()).isEqualTo("120,000.00");
    assertThat(browser.find("#free").getText()).isEqualTo("680,000.00");
    String ledger = browser.text("#ledger");
    assertThat(ledger)
        .contains("Pool opened")
        .contains("Grant awarded")
        .contains("Tranche released")
        .contains("120,000.00")
        .contains(TODAY.toString());
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('ledger').scrollIntoView()");
    browser.screenshot("fund-pool-ledger-en");
    assertThat(
            Api.asAdmin()
                .get("/api/fund-pools/" + pool + "/ledger")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.movement"))
        .containsExactly("OPENED", "AWARDED", "RELEASED");
  }

  /** A no-go must say why (refused first, in Chinese); it withdraws the tranche to the pool. */
  @Test
  void aNoGoWithdrawsTheTrancheAndNeedsItsReason() {
    Api.TestUser founder = founder();
    Api.TestUser manager = manager();
    String project = ProjectsFixtures.createProject(founder);
    assign(project, manager);
    String m = reachedMilestone(founder, project);
    String pool = FundIT.pool("500000.00");
    grant(pool, project, m, "70000.00");

    signIn(manager);
    chinese();
    openGrantsTab(project);
    browser.find("button[id$='review-tranche']").click();
    browser.waitFor(d -> d.findElement(By.id("review-dialog")).isDisplayed());
    browser.find("label[for='review:decision:2']").click();
    browser.find("#review\\:submit").click();
    waitForText("#review\\:review-messages", "请写明条件或理由");
    assertThat(firstTranche(project)).containsEntry("status", "PLANNED");

    browser.type("#review\\:note", "动物实验未达到主要终点");
    browser.screenshot("grant-no-go-zh");
    browser.clickAndLoad("#review\\:submit");
    waitForText("#tabs\\:grants-form\\:grants", "已撤回");
    assertThat(firstTranche(project)).containsEntry("status", "WITHDRAWN");
    assertThat(statement(pool, "committed")).isEqualByComparingTo("0");

    browser.go("/app/fund-pool.xhtml?id=" + pool);
    assertThat(browser.text("#ledger")).contains("分期撤回").contains("70,000.00");
    assertThat(
            Api.asAdmin()
                .get("/api/fund-pools/" + pool + "/ledger")
                .then()
                .extract()
                .<List<String>>path("items.movement"))
        .containsExactly("OPENED", "AWARDED", "WITHDRAWN");
  }

  @Test
  void aStartUpMemberSeesTheGrantsButNoFundDecision() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    String m = reachedMilestone(founder, project);
    String pool = FundIT.pool("400000.00");
    grant(pool, project, m, "50000.00");
    json(Api.asAdmin())
        .body(Map.of("decision", "GO"))
        .post("/api/projects/" + project + "/milestones/" + m + "/reviews")
        .then()
        .statusCode(201);

    signIn(founder);
    english();
    openGrantsTab(project);
    assertThat(browser.text("#tabs\\:grants-form\\:grants")).contains("50,000.00");
    for (String button : List.of("open-award", "release", "review-tranche")) {
      assertThat(browser.driver().findElements(By.cssSelector("button[id$='" + button + "']")))
          .as(button)
          .isEmpty();
    }
    assertThat(browser.driver().findElements(By.id("tabs:award-dialog"))).isEmpty();
  }
}
