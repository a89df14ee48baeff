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

  /**
   * Issue 16 item 1 from the pages alone: a district administrator assigns the manager and changes
   * a stage gate; the manager records a TRL assessment, plans, changes, reaches and cancels
   * milestones, puts the project on hold (refused first without a reason) and resumes it. Every
   * result is read back through the API.
   */
  @Test
  void theLifecycleRunsFromTheProjectPage() {
    Api.TestUser founder = founder();
    Api.TestUser manager = manager();
    String id = ProjectsFixtures.createProject(founder);

    signIn("admin", org.clinbridge.testing.RunningApp.adminPassword());
    english();
    browser.go("/app/project.xhtml?id=" + id);
    openDialog("#actions\\:open-manager", "manager-dialog");
    browser.choose(
        "manager-form\\:managerId",
        "Test user " + manager.username() + " (" + manager.username() + ")");
    browser.screenshot("project-manager-en");
    browser.clickAndLoad("#manager-form\\:submit");
    assertThat(browser.text("#manager")).isEqualTo("Test user " + manager.username());
    Api.asAdmin()
        .get("/api/projects/" + id)
        .then()
        .body("manager.id", org.hamcrest.Matchers.equalTo(manager.accountId().toString()));

    changeAStageGate();

    signIn(manager);
    english();
    browser.go("/app/project.xhtml?id=" + id);
    assertThat(browser.driver().findElements(By.id("actions:open-manager")))
        .as("only district administrators assign managers")
        .isEmpty();
    openDialog("#actions\\:open-trl", "trl-dialog");
    browser.choose("trl-form\\:level", "4");
    browser.type("#trl-form\\:evidence", "Bench test report BT-4");
    browser.clickAndLoad("#trl-form\\:submit");
    assertThat(browser.text("#trl")).isEqualTo("TRL 4");
    manager
        .api()
        .get("/api/projects/" + id + "/trl-assessments")
        .then()
        .body("items.level", org.hamcrest.Matchers.hasItem(4))
        .body("items.evidence", org.hamcrest.Matchers.hasItem("Bench test report BT-4"));

    // Plan a milestone, change who is responsible, record it as reached.
    browser.find("#tabs a[href$='milestones-tab']").click();
    openDialog("#tabs\\:milestones-form\\:new-milestone", "milestone-dialog");
    browser.type("#milestone-form\\:title_zh", "动物实验");
    browser.type("#milestone-form\\:title_en", "Animal safety study");
    browser.type("#milestone-form\\:responsible", "Dr Wang");
    typeDate("#milestone-form\\:dueOn_input", TODAY.plusDays(30));
    browser.screenshot("milestone-new-en");
    browser.clickAndLoad("#milestone-form\\:submit");
    waitForText("#tabs\\:milestones-form\\:milestones", "Animal safety study");
    openDialog(rowButton("Animal safety study", "open-edit"), "milestone-dialog");
    browser.type("#milestone-form\\:responsible", "Dr Li");
    browser.clickAndLoad("#milestone-form\\:submit");
    waitForText("#tabs\\:milestones-form\\:milestones", "Dr Li");
    openDialog(rowButton("Animal safety study", "open-reach"), "reach-dialog");
    browser.type("#reach-form\\:evidence", "Study report AS-1");
    browser.clickAndLoad("#reach-form\\:submit");
    Map<String, Object> animal = milestoneTitled(manager, id, "Animal safety study");
    assertThat(animal)
        .containsEntry("responsible", "Dr Li")
        .containsEntry("status", "REACHED")
        .containsEntry("evidence", "Study report AS-1")
        .containsEntry("dueOn", TODAY.plusDays(30).toString());

    // Cancelling needs a reason: refused beside the field first.
    milestone(founder, id, TODAY.plusDays(60));
    browser.go("/app/project.xhtml?id=" + id + "&tab=milestones");
    openDialog(rowButton("Animal study", "open-cancel"), "cancel-dialog");
    browser.find("#cancel-form\\:submit").click();
    waitForText("#cancel-form", "must not be blank");
    browser.type("#cancel-form\\:reason", "Merged into the animal study");
    browser.clickAndLoad("#cancel-form\\:submit");
    manager
        .api()
        .get("/api/projects/" + id + "/milestones")
        .then()
        .body("items.status", org.hamcrest.Matchers.hasItem("CANCELLED"))
        .body("items.cancelReason", org.hamcrest.Matchers.hasItem("Merged into the animal study"));

    // On hold: refused without a reason, with the API's own words; then with one; then resumed.
    openDialog("#actions\\:open-status", "status-dialog");
    browser.find("#status-form\\:submit").click();
    waitForText(
        "#status-form", "is required to move a project back, put it on hold or terminate it");
    browser.screenshot("project-status-refused-en");
    browser.type("#status-form\\:reason", "Waiting for the clinical partner");
    browser.clickAndLoad("#status-form\\:submit");
    assertThat(browser.text("#status")).isEqualTo("On hold");
    manager
        .api()
        .get("/api/projects/" + id)
        .then()
        .body("status", org.hamcrest.Matchers.equalTo("ON_HOLD"));
    assertThat(browser.driver().findElements(By.id("actions:open-move")))
        .as("a project on hold does not move")
        .isEmpty();

    chinese();
    assertThat(browser.text("#status")).isEqualTo("暂停");
    assertThat(browser.text("#trl")).isEqualTo("技术成熟度 4 级");
    openDialog("#actions\\:open-status", "status-dialog");
    assertThat(browser.text("#status-form\\:to_label")).isEqualTo("进行中");
    browser.screenshot("project-status-zh");
    browser.clickAndLoad("#status-form\\:submit");
    assertThat(browser.text("#status")).isEqualTo("进行中");
    manager
        .api()
        .get("/api/projects/" + id)
        .then()
        .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
  }

  /**
   * A district administrator renames the graduation gate in the page (a blank name is refused
   * beside its field first); the gate is put back through the API, so other tests see it as before.
   */
  private static void changeAStageGate() {
    Response before = Api.asAdmin().get("/api/stage-gates/GRADUATION");
    String enName = before.jsonPath().getString("name.en");
    browser.go("/app/projects.xhtml");
    browser.clickAndLoad("#stage-gates");
    assertThat(browser.text("#list\\:gates")).contains(enName).contains("Minimum TRL");
    WebElement row =
        browser.find("#list\\:gates tbody").findElements(By.tagName("tr")).stream()
            .filter(r -> r.getText().contains(enName))
            .findFirst()
            .orElseThrow();
    row.findElement(By.cssSelector("button[id$='open-edit']")).click();
    browser.waitFor(d -> d.findElement(By.id("gate-dialog")).isDisplayed());
    String zhName = browser.find("#gate-form\\:name_zh").getAttribute("value");
    browser.type("#gate-form\\:name_zh", "");
    browser.find("#gate-form\\:submit").click();
    waitForText("#gate-form", "must not be blank");
    browser.type("#gate-form\\:name_zh", zhName);
    browser.type("#gate-form\\:name_en", enName + " (revised)");
    browser.screenshot("stage-gate-edit-en");
    try {
      browser.clickAndLoad("#gate-form\\:submit");
      assertThat(browser.text("#list\\:gates")).contains(enName + " (revised)");
      Api.asAdmin()
          .get("/api/stage-gates/GRADUATION")
          .then()
          .body("name.en", org.hamcrest.Matchers.equalTo(enName + " (revised)"))
          .body("name.zh", org.hamcrest.Matchers.equalTo(zhName))
          .body(
              "evidence.code",
              org.hamcrest.Matchers.equalTo(before.jsonPath().getList("evidence.code")));
    } finally {
      Response now = Api.asAdmin().get("/api/stage-gates/GRADUATION");
      json(Api.asAdmin())
          .header("If-Match", now.getHeader("ETag"))
          .body(
              Map.of(
                  "name", before.jsonPath().getMap("name"),
                  "minTrl", before.jsonPath().getInt("minTrl"),
                  "evidence", before.jsonPath().getList("evidence")))
          .put("/api/stage-gates/GRADUATION")
          .then()
          .statusCode(200);
    }
  }

  /** A founder plans milestones from the page but is offered none of the manager's decisions. */
  @Test
  void aFounderPlansAMilestoneButIsOfferedNoManagersDecision() {
    Api.TestUser founder = founder();
    String id = ProjectsFixtures.createProject(founder);
    signIn(founder);
    english();
    browser.go("/app/project.xhtml?id=" + id + "&tab=milestones");
    assertThat(browser.driver().findElements(By.id("actions"))).isEmpty();
    openDialog("#tabs\\:milestones-form\\:new-milestone", "milestone-dialog");
    browser.type("#milestone-form\\:title_zh", "样机");
    browser.type("#milestone-form\\:title_en", "Prototype");
    browser.type("#milestone-form\\:responsible", "Founder");
    typeDate("#milestone-form\\:dueOn_input", TODAY.minusDays(1));
    browser.find("#milestone-form\\:submit").click();
    // Due before it is planned (today): the API's own refusal, beside the due date.
    waitForText("#milestone-form", "cannot be before the planned date");
    assertThat(milestoneTitled(founder, id, "Prototype")).isNull();
    typeDate("#milestone-form\\:dueOn_input", TODAY.plusDays(10));
    browser.clickAndLoad("#milestone-form\\:submit");
    waitForText("#tabs\\:milestones-form\\:milestones", "Prototype");
    assertThat(browser.driver().findElements(By.cssSelector("button[id$='open-review']")))
        .isEmpty();
    assertThat(milestoneTitled(founder, id, "Prototype")).containsEntry("responsible", "Founder");
  }

  /** Types a date and closes the date picker's calendar, which would cover the fields below. */
  private static void typeDate(String css, java.time.LocalDate date) {
    // clear() leaves a date picker's text as it was: select it all and type over it instead.
    WebElement input = browser.find(css);
    input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    input.sendKeys(date.toString());
    input.sendKeys(org.openqa.selenium.Keys.ESCAPE);
    browser.waitFor(
        d ->
            d
                .findElements(By.id(css.substring(1).replace("\\", "").replace("_input", "_panel")))
                .stream()
                .noneMatch(WebElement::isDisplayed));
  }

  private static void openDialog(String button, String dialog) {
    browser.waitFor(
        d -> {
          d.findElement(By.cssSelector(button)).click();
          return true;
        });
    browser.waitFor(d -> d.findElement(By.id(dialog)).isDisplayed());
  }

  /** The CSS of a button in the milestone row whose text contains {@code title}. */
  private static String rowButton(String title, String button) {
    List<WebElement> rows =
        browser.find("#tabs\\:milestones-form\\:milestones tbody").findElements(By.tagName("tr"));
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().contains(title)
          && !rows.get(i).findElements(By.cssSelector("button[id$='" + button + "']")).isEmpty()) {
        return "#"
            + rows.get(i)
                .findElement(By.cssSelector("button[id$='" + button + "']"))
                .getAttribute("id")
                .replace(":", "\\:");
      }
    }
    throw new AssertionError("No milestone row with " + title + " offers " + button);
  }

  private static Map<String, Object> milestoneTitled(Api.TestUser who, String id, String en) {
    List<Map<String, Object>> items =
        who.api().get("/api/projects/" + id + "/milestones").jsonPath().getList("items");
    return items.stream()
        .filter(m -> en.equals(((Map<?, ?>) m.get("title")).get("en")))
        .findFirst()
        .orElse(null);
  }

  /**
   * Issue 16 item 5: a project's history on its page (who, when, what changed, why), and a district
   * administrator's audit page that verifies the chain, names a forged entry, and looks up a
   * record.
   */
  @Test
  void theAuditTrailIsReadAndVerifiedInThePages() throws Exception {
    Api.TestUser founder = founder();
    Api.TestUser manager = manager();
    String id = ProjectsFixtures.createProject(founder);
    assign(id, manager);

    signIn("admin", org.clinbridge.testing.RunningApp.adminPassword());
    english();
    browser.go("/app/project.xhtml?id=" + id);
    browser.find("#tabs a[href$='history-tab']").click();
    waitForText("#tabs\\:history", "manager-assigned");
    assertThat(browser.text("#tabs\\:history"))
        .contains("created")
        .contains(founder.username())
        .contains("→ " + manager.accountId());
    browser.screenshot("project-history-en");

    browser.go("/app/home.xhtml");
    browser.clickAndLoad("#go-audit");
    browser.find("#verify\\:run").click();
    waitForText("#verify\\:verdict", "The chain is intact");
    long seq = org.clinbridge.testing.AuditTable.entriesOf("project", id).get(0).seq();
    String reason = org.clinbridge.testing.AuditTable.reasonOf(seq);
    try {
      org.clinbridge.testing.AuditTable.forge(
          "update audit_entry set reason = ? where seq = ?", "forged afterwards", seq);
      browser.find("#verify\\:run").click();
      waitForText("#verify\\:verdict", "The chain is broken");
      assertThat(browser.text("#verify\\:breaks")).contains(Long.toString(seq)).contains(id);
      browser.screenshot("audit-broken-en");
    } finally {
      org.clinbridge.testing.AuditTable.forge(
          "update audit_entry set reason = ? where seq = ?", reason, seq);
    }
    browser.type("#lookup\\:entity", "project");
    browser.type("#lookup\\:record", id);
    browser.find("#lookup\\:show").click();
    waitForText("#lookup\\:history", "manager-assigned");
    chinese();
    browser.find("#verify\\:run").click();
    waitForText("#verify\\:verdict", "审计链完整");
    browser.screenshot("audit-zh");
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
