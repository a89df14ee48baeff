package org.clinbridge.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.projects.ProjectsFixtures.TODAY;
import static org.clinbridge.projects.ProjectsFixtures.assessTrl;
import static org.clinbridge.projects.ProjectsFixtures.assign;
import static org.clinbridge.projects.ProjectsFixtures.chineseWord;
import static org.clinbridge.projects.ProjectsFixtures.founder;
import static org.clinbridge.projects.ProjectsFixtures.json;
import static org.clinbridge.projects.ProjectsFixtures.manager;
import static org.clinbridge.projects.ProjectsFixtures.milestone;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The project pages in a real browser: a technology manager finds a project, moves it through the
 * gate dialog (refused first, with the API's reason, then with the evidence), reviews a milestone;
 * the fund statement; both languages; and another start-up cannot open the project. Screenshots go
 * to target/screenshots/.
 */
class ProjectPagesIT extends BrowserTest {

  @Test
  void aManagerFindsTheProjectMovesItThroughTheGateAndReviewsAMilestone() throws Exception {
    Api.TestUser founder = founder();
    Api.TestUser manager = manager();
    String word = chineseWord();
    Response created =
        ProjectsFixtures.createProject(
            founder, ProjectsFixtures.projectBody(word + "心电贴", "ECG patch " + word));
    String id = created.jsonPath().getString("id");
    String code = created.jsonPath().getString("code");
    assign(id, manager);
    assessTrl(manager, id, 3);
    String reached = milestone(founder, id, TODAY.plusDays(5));
    json(founder.api())
        .body(Map.of("reachedOn", TODAY.toString(), "evidence", "prototype report P-1"))
        .post("/api/projects/" + id + "/milestones/" + reached + "/reached")
        .then()
        .statusCode(200);
    milestone(founder, id, TODAY.minusDays(3));

    signIn(manager.username(), manager.password());
    english();
    browser.go("/app/projects.xhtml");
    // Each filter drop-down names what it filters until something is chosen in it.
    assertThat(browser.text("#filters\\:stage")).isEqualTo("Stage");
    assertThat(browser.text("#filters\\:category")).isEqualTo("Category");
    browser.type("#filters\\:q", word);
    browser.find("#filters\\:apply").click();
    waitForText("#list\\:table a.cb-code", code);
    browser.screenshot("projects-list-en");
    // "Export CSV" from the signed-in browser: the found project, UTF-8 with a byte-order mark.
    java.nio.file.Files.deleteIfExists(browser.downloads().resolve("projects.csv"));
    browser.find("#filters\\:export").click();
    String csv =
        new String(browser.awaitDownload("projects.csv"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF").contains(code).contains("ECG patch " + word);
    assertThat(csv.lines().count()).as("the header and the one project found").isEqualTo(2);
    browser.clickAndLoad("#list\\:table a.cb-code");

    assertThat(browser.text("#project-title")).contains(code).contains("ECG patch");
    assertThat(browser.text("#stage")).isEqualTo("Lab research");
    assertThat(browser.text("#overdue")).isEqualTo("1 milestone overdue");

    // The gate refuses a move without evidence, with the API's own reason.
    browser.find("#actions\\:open-move").click();
    browser.waitFor(d -> d.findElement(By.id("move-dialog")).isDisplayed());
    browser.find("#move\\:submit").click();
    waitForText("#move\\:move-messages", "Principle observed and concept formulated");
    browser.screenshot("project-move-refused-en");

    WebElement reference = browser.find("#move input[id$=':reference']");
    reference.sendKeys("LAB-NOTEBOOK-7");
    browser.clickAndLoad("#move\\:submit");
    assertThat(browser.text("#stage")).isEqualTo("Proof of concept");
    assertThat(browser.text("#tabs")).contains("Advanced to").contains("LAB-NOTEBOOK-7");
    browser.screenshot("project-moved-en");

    // A go at the reached milestone.
    browser.find("#tabs a[href$='milestones-tab']").click();
    WebElement reachedRow =
        browser.waitFor(
            d ->
                d
                    .findElements(By.cssSelector("#tabs\\:milestones-form\\:milestones tbody tr"))
                    .stream()
                    .filter(row -> row.getText().contains("Reached"))
                    .findFirst()
                    .orElse(null));
    reachedRow.findElement(By.cssSelector("button[id$='open-review']")).click();
    browser.waitFor(d -> d.findElement(By.id("review-dialog")).isDisplayed());
    browser.clickAndLoad("#review\\:submit");
    browser.find("#tabs a[href$='milestones-tab']").click();
    waitForText("#tabs\\:milestones-form\\:milestones", "Go");

    chinese();
    assertThat(browser.text("#stage")).isEqualTo("概念验证");
    assertThat(browser.text("#overdue")).isEqualTo("1 个里程碑已逾期");
    assertThat(browser.text("#tabs")).contains("进入");
    browser.screenshot("project-zh");
  }

  @Test
  void startUpsDoNotReadTheFund() {
    Api.TestUser founder = founder();
    signIn(founder.username(), founder.password());
    english();
    browser.go("/app/fund-pools.xhtml");
    assertThat(browser.find("body").getText()).contains("Not allowed");
  }

  @Test
  void anotherStartUpCannotOpenTheProjectPage() {
    Api.TestUser founder = founder();
    String id = ProjectsFixtures.createProject(founder);
    Api.TestUser other = founder();
    signIn(other.username(), other.password());
    english();
    browser.go("/app/project.xhtml?id=" + id);
    assertThat(browser.find("body").getText()).contains("Page not found");
    browser.go("/app/projects.xhtml");
    assertThat(browser.text("#list\\:table")).contains("No project matches.");
  }

  @Test
  void theFundPoolStatementReadsInBothLanguages() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    String m = milestone(founder, project, TODAY.plusDays(20));
    String name = "Pool " + UUID.randomUUID().toString().substring(0, 8);
    String pool =
        json(Api.asAdmin())
            .body(
                Map.of(
                    "name", Map.of("zh", "资金池 " + name, "en", name),
                    "total", new BigDecimal("1000000.00"),
                    "periodStart", TODAY.minusDays(1).toString(),
                    "periodEnd", TODAY.plusDays(300).toString()))
            .post("/api/fund-pools")
            .jsonPath()
            .getString("id");
    json(Api.asAdmin())
        .body(
            Map.of(
                "projectId",
                project,
                "tranches",
                List.of(Map.of("milestoneId", m, "amount", new BigDecimal("40000.00")))))
        .post("/api/fund-pools/" + pool + "/grants")
        .then()
        .statusCode(201);

    // Technology managers read the fund as district administrators do.
    Api.TestUser manager = manager();
    signIn(manager.username(), manager.password());
    english();
    browser.go("/app/fund-pools.xhtml");
    assertThat(browser.text("#pools")).contains(name);
    browser.go("/app/fund-pool.xhtml?id=" + pool);
    assertThat(browser.text("#pool-name")).isEqualTo(name);
    assertThat(browser.text("#statement")).contains("Committed (CNY)");
    assertThat(browser.find("#committed").getText()).isEqualTo("40,000.00");
    assertThat(browser.find("#free").getText()).isEqualTo("960,000.00");
    browser.screenshot("fund-pool-en");
    chinese();
    assertThat(browser.text("#statement")).contains("已承诺（元）");
    assertThat(browser.text("#pool-name")).isEqualTo("资金池 " + name);
    browser.screenshot("fund-pool-zh");
  }

  @Test
  void aStartUpRegistersAProjectInThePageMakesItFindableAndEditsIt() {
    Api.TestUser founder = founder();
    String word = chineseWord();
    signIn(founder.username(), founder.password());
    english();
    browser.go("/app/projects.xhtml");
    browser.clickAndLoad("#new-project");

    // Nothing filled in: the API's own messages beside the fields.
    browser.clickAndLoad("#project\\:save");
    assertThat(browser.text("#project")).contains("must not be blank").contains("must not be null");
    browser.screenshot("project-new-refused-en");

    browser.type("#project\\:title_zh", word + "血糖仪");
    browser.type("#project\\:title_en", "Glucose meter " + word);
    browser.type("#project\\:summary_zh", "无创血糖监测");
    browser.type("#project\\:summary_en", "Non-invasive glucose monitoring");
    browser.choose("project\\:category", "Medical device");
    browser.choose("project\\:expectedClass", "Class II");
    browser.choose("project\\:trl", "3");
    browser.find("#project\\:findable .ui-chkbox-box").click();
    browser.clickAndLoad("#project\\:save");

    assertThat(browser.text("#project-title")).contains("Glucose meter " + word);
    assertThat(browser.text("#findable")).isEqualTo("Yes");
    assertThat(browser.text("#trl")).isEqualTo("TRL 3");
    String id = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]+).*", "$1");
    founder
        .api()
        .get("/api/projects/" + id)
        .then()
        .statusCode(200)
        .body("findable", org.hamcrest.Matchers.equalTo(true))
        .body("expectedClass", org.hamcrest.Matchers.equalTo("II"));

    // Editing in Chinese: the page reads the record back and saves the change.
    chinese();
    browser.clickAndLoad("#edit");
    assertThat(browser.text("h1")).isEqualTo("编辑项目");
    browser.type("#project\\:title_zh", word + "无创血糖仪");
    browser.screenshot("project-edit-zh");
    browser.clickAndLoad("#project\\:save");
    assertThat(browser.text("#project-title")).contains(word + "无创血糖仪");
  }

  @Test
  void hospitalStaffCannotOpenTheNewProjectPage() {
    Api.TestUser staff = Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF);
    signIn(staff.username(), staff.password());
    english();
    browser.go("/app/project-edit.xhtml");
    assertThat(browser.find("body").getText()).contains("Not allowed");
  }
}
