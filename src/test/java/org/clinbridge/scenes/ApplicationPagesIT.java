package org.clinbridge.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.util.Map;
import org.clinbridge.testing.Api.TestUser;
import org.clinbridge.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The application pages in a real browser: a start-up's matches with reasons, the thread between
 * applicant and hospital, the hospital's actions, the decision in the applicant's inbox, both
 * languages, and who may not open what. Scenes and applications are made through the API, so the
 * test depends on no other area's pages. Screenshots go to target/screenshots/.
 */
class ApplicationPagesIT extends BrowserTest {
  /** A sub-catalogue few other tests use, so that the test's scene ranks first in matching. */
  static final String SUBCATALOGUE = "16";

  /** Scrolls the thread into the middle of the window, for a screenshot that shows it. */
  private static void showThread() {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('thread-list').scrollIntoView({block: 'center'})");
  }

  private static boolean present(String css) {
    return !browser.driver().findElements(By.cssSelector(css)).isEmpty();
  }

  /** An active scene of {@code staff}'s hospital taking sub-catalogue 16, class II, TRL 5-7. */
  static String scene(TestUser staff, String word) {
    Map<String, Object> form = ScenesIT.form(word);
    form.put("subcatalogues", java.util.List.of(SUBCATALOGUE));
    return ScenesIT.createActive(staff, form);
  }

  static String submitted(TestUser founder, String scene, String project) {
    return ApplicationsIT.apply(founder, scene, project)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void aStartUpSeesTheScenesThatFitItsProjectWithReasonsInBothLanguages() {
    TestUser staff = ScenesIT.hospital();
    String word = ScenesIT.word();
    String scene = scene(staff, word);
    TestUser founder = ScenesIT.startUp();
    String fits = ApplicationsIT.project(founder, SUBCATALOGUE, "II", 6);
    String tooEarly = ApplicationsIT.project(founder, SUBCATALOGUE, "II", 4);

    signIn(founder);
    english();
    browser.go("/app/project.xhtml?id=" + fits);
    browser.clickAndLoad("#matches a");
    assertThat(browser.path()).startsWith("/app/project-matches.xhtml");
    String row = rowOf(word);
    assertThat(row)
        .contains("Wearable ECG patch evaluation " + word)
        .contains("May apply")
        .contains("Sub-catalogue 16 is accepted")
        .contains("TRL 6 lies in the range 5-7");
    browser.screenshot("project-matches-en");

    browser.go("/app/project-matches.xhtml?id=" + tooEarly);
    assertThat(rowOf(word))
        .contains("One rule not met")
        .contains("TRL 4 is below the scene's minimum 5");
    chinese();
    assertThat(rowOf(word)).contains("有一项不符").contains("技术成熟度 4 低于场景最低要求 5");
    browser.screenshot("project-matches-zh");

    // The scene link leads to the scene page.
    assertThat(browser.find("#matches a.cb-scene-link").getAttribute("href"))
        .contains("/app/scene.xhtml?id=");
    assertThat(scene).isNotBlank();
  }

  private static String rowOf(String word) {
    return browser.waitFor(
        d ->
            d.findElements(By.cssSelector("#matches tr.cb-match-row")).stream()
                .map(e -> e.getText())
                .filter(t -> t.contains(word))
                .findFirst()
                .orElse(null));
  }

  @Test
  void applicantAndHospitalTalkTheHospitalDecidesAndTheApplicantReadsItInTheInbox() {
    TestUser staff = ScenesIT.hospital();
    String word = ScenesIT.word();
    String scene = scene(staff, word);
    TestUser founder = ScenesIT.startUp();
    String project = ApplicationsIT.project(founder, SUBCATALOGUE, "II", 6);
    String app = submitted(founder, scene, project);

    // The hospital finds it among every application to its scenes, filtered to this scene, and
    // reads what the project is about from the application.
    signIn(staff);
    english();
    browser.clickAndLoad("#shell\\:nav-received");
    browser.choose(
        "filters\\:scene",
        staff.api().get("/api/scenes/" + scene).jsonPath().getString("title.en"));
    browser.find("#filters\\:apply").click();
    String code = founder.api().get("/api/projects/" + project).jsonPath().getString("code");
    waitForText("#list\\:table", code);
    assertThat(browser.driver().findElements(By.cssSelector("#list\\:table tbody tr"))).hasSize(1);
    browser.screenshot("received-applications-en");
    chinese();
    assertThat(browser.text("h1")).isEqualTo("收到的申请");
    english();
    browser.clickAndLoad("#list\\:table a.cb-code");
    assertThat(browser.text("#project-summary"))
        .contains("Medical device")
        .contains("Class II")
        .contains("Single-lead ECG monitoring");

    // The hospital asks for more information in the page.
    browser.go("/app/application.xhtml?id=" + app);
    assertThat(browser.text("#status")).isEqualTo("submitted");
    assertThat(present("#actions\\:review")).isTrue();
    assertThat(present("#actions\\:accept")).isFalse();
    assertThat(present("#actions\\:open-withdraw")).isFalse();
    // The request needs a text: the field says so, as the API's 400 would.
    browser.find("#actions\\:open-request-info").click();
    browser.waitFor(d -> d.findElement(By.id("request-info-dialog")).isDisplayed());
    browser.find("#request-info\\:confirm").click();
    waitForText("#request-info", "must not be blank");
    browser.type("#request-info\\:text", "Please send the type-test report.");
    browser.clickAndLoad("#request-info\\:confirm");
    assertThat(browser.text("#status")).isEqualTo("more information requested");
    assertThat(browser.text("#thread-list"))
        .contains("Hospital")
        .contains(staff.username())
        .contains("Please send the type-test report.");

    // The applicant reads the request in the inbox, in Chinese, answers and resubmits.
    signIn(founder);
    chinese();
    assertThat(browser.text("#shell\\:menu li.ui-overlay-badge .ui-badge")).isNotBlank();
    browser.go("/app/inbox.xhtml");
    waitForText("#inbox\\:table", statusZh("MORE_INFO_REQUESTED"));
    browser.clickAndLoad("#inbox\\:table tbody tr:first-child button[id$='open']");
    assertThat(browser.path()).startsWith("/app/application.xhtml?id=" + app);
    assertThat(browser.text("#status")).isEqualTo(statusZh("MORE_INFO_REQUESTED"));
    browser.type("#thread\\:text", "型式检验报告已上传至资料室。");
    browser.clickAndLoad("#thread\\:resubmit");
    assertThat(browser.text("#status")).isEqualTo("已提交");
    String thread = browser.text("#thread-list");
    assertThat(thread.indexOf("Please send the type-test report."))
        .isLessThan(thread.indexOf("型式检验报告已上传至资料室。"));
    assertThat(thread).contains("申请方").contains("医院");
    // The application's history is the applicant's record: submitted, asked, resubmitted.
    assertThat(browser.text("#audit\\:record-history"))
        .contains("变更历史")
        .contains(founder.username());
    showThread();
    browser.screenshot("application-thread-zh");

    // The hospital reviews and accepts; a button on a stale page meets the API's refusal.
    signIn(staff);
    english();
    browser.go("/app/application.xhtml?id=" + app);
    browser.clickAndLoad("#actions\\:review");
    assertThat(browser.text("#status")).isEqualTo("under review");
    assertThat(present("#actions\\:open-reject")).isTrue();
    browser.type("#thread\\:text", "Review started; decision this week.");
    browser.clickAndLoad("#thread\\:send");
    assertThat(browser.text("#thread-list")).contains("Review started; decision this week.");
    browser.clickAndLoad("#actions\\:accept");
    assertThat(browser.text("#status")).isEqualTo("accepted");
    assertThat(browser.text("#participation")).isEqualTo("on the scene");
    assertThat(present("#actions\\:follow-up")).isTrue();
    showThread();
    browser.screenshot("application-thread-en");
    browser.clickAndLoad("#actions\\:follow-up");
    assertThat(browser.text("#participation")).isEqualTo("in follow-up");

    // The applicant sees the decision in the inbox, in both languages.
    signIn(founder);
    chinese();
    browser.go("/app/inbox.xhtml");
    waitForText("#inbox\\:table", "已接受");
    browser.screenshot("inbox-zh");
    english();
    waitForText("#inbox\\:table", "Your application to \"Wearable ECG patch evaluation " + word);
    assertThat(browser.text("#inbox\\:table")).contains("accepted");
    browser.go("/app/applications.xhtml");
    waitForText("#list\\:table", "Wearable ECG patch evaluation " + word);
    assertThat(browser.text("#list\\:table")).contains("accepted").contains("in follow-up");
    browser.screenshot("applications-en");
  }

  private static String statusZh(String status) {
    return org.clinbridge.platform.i18n.Messages.ui(org.clinbridge.platform.i18n.Messages.CHINESE)
        .text("application.status." + status);
  }

  @Test
  void anActionOnAStalePageShowsTheApisRefusal() {
    TestUser staff = ScenesIT.hospital();
    String scene = scene(staff, ScenesIT.word());
    TestUser founder = ScenesIT.startUp();
    String app = submitted(founder, scene, ApplicationsIT.project(founder, SUBCATALOGUE, "II", 6));
    signIn(staff);
    english();
    browser.go("/app/application.xhtml?id=" + app);
    assertThat(present("#actions\\:review")).isTrue();
    // Meanwhile the applicant withdraws.
    founder
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Found another site"))
        .post("/api/applications/" + app + "/withdraw")
        .then()
        .statusCode(200);
    browser.find("#actions\\:review").click();
    waitForText("#actions\\:action-messages", "This application change is not allowed");
    browser.screenshot("application-refused-en");
    browser.go("/app/application.xhtml?id=" + app);
    assertThat(browser.text("#status")).isEqualTo("withdrawn");
    assertThat(browser.text("#decision-reason")).isEqualTo("Found another site");
    assertThat(present("#actions")).isFalse();
    assertThat(present("#thread")).isFalse();
  }

  @Test
  void strangersDoNotOpenTheApplicationAndHospitalsHaveNoApplicationList() {
    TestUser staff = ScenesIT.hospital();
    String scene = scene(staff, ScenesIT.word());
    TestUser founder = ScenesIT.startUp();
    String app = submitted(founder, scene, ApplicationsIT.project(founder, SUBCATALOGUE, "II", 6));

    signIn(ScenesIT.startUp());
    english();
    browser.go("/app/application.xhtml?id=" + app);
    assertThat(browser.find("body").getText()).contains("Page not found");
    browser.go("/app/applications.xhtml");
    assertThat(browser.text("#list\\:table")).contains("You have not applied to any scene yet.");
    browser.go("/app/project-matches.xhtml?id=" + ApplicationsIT.project(founder, "07", "II", 6));
    assertThat(browser.find("body").getText()).contains("Page not found");

    signIn(ScenesIT.hospital());
    english();
    browser.go("/app/application.xhtml?id=" + app);
    assertThat(browser.find("body").getText()).contains("Page not found");
    browser.go("/app/applications.xhtml");
    assertThat(browser.find("body").getText()).contains("Not allowed");
    assertThat(present("#shell\\:nav-applications")).isFalse();
    browser.screenshot("applications-forbidden-en");
  }

  @Test
  void theInboxIsEmptyForANewOrganisation() {
    signIn(ScenesIT.hospital());
    english();
    browser.go("/app/inbox.xhtml");
    assertThat(browser.text("#inbox\\:table")).contains("No messages.");
    assertThat(present("#shell\\:menu li.ui-overlay-badge")).isFalse();
  }

  @Test
  void aStartUpAppliesFromTheScenePageAndBrokenRulesReadAsTheApiSaysThem() {
    TestUser staff = ScenesIT.hospital();
    String word = ScenesIT.word();
    String scene = scene(staff, word);
    TestUser founder = ScenesIT.startUp();
    String tooEarly = ApplicationsIT.project(founder, SUBCATALOGUE, "II", 4);
    String fits = ApplicationsIT.project(founder, SUBCATALOGUE, "II", 6);

    signIn(founder);
    english();
    browser.go("/app/scene.xhtml?id=" + scene);
    // A hospital's scene has no history a start-up may read: no empty "History" either.
    assertThat(present("#audit\\:record-history")).isFalse();
    openApplyDialog();
    String dialog = browser.text("#apply");
    assertThat(dialog).contains("fits this scene").contains("TRL 4 is below the scene's minimum 5");
    browser.screenshot("scene-apply-en");

    // The project the scene does not accept: the API's 422 in the dialog.
    choose(tooEarly);
    browser.find("#apply\\:send").click();
    waitForText("#apply\\:apply-messages", "TRL below the scene's range");
    assertThat(browser.text("#apply\\:apply-messages"))
        .contains("TRL 4 is below the scene's minimum 5.");
    browser.screenshot("scene-apply-refused-en");
    browser.go("/app/scene.xhtml?id=" + scene);
    chinese();
    openApplyDialog();
    choose(tooEarly);
    browser.find("#apply\\:send").click();
    waitForText("#apply\\:apply-messages", "技术成熟度低于场景要求");
    browser.go("/app/scene.xhtml?id=" + scene);
    english();

    // The project that fits: applied and submitted, on the application page.
    openApplyDialog();
    choose(fits);
    browser.type("#apply\\:pitch", "Our patch was tried on 40 patients.");
    browser.clickAndLoad("#apply\\:send");
    assertThat(browser.path()).startsWith("/app/application.xhtml?id=");
    assertThat(browser.text("#status")).isEqualTo("submitted");
    assertThat(browser.text("#pitch")).isEqualTo("Our patch was tried on 40 patients.");

    // A second live application of the same project: 409, said plainly.
    browser.go("/app/scene.xhtml?id=" + scene);
    openApplyDialog();
    choose(fits);
    browser.find("#apply\\:send").click();
    waitForText("#apply\\:apply-messages", "Already applied");

    // Outside the window.
    Map<String, Object> later = ScenesIT.form(ScenesIT.word());
    later.put("subcatalogues", java.util.List.of(SUBCATALOGUE));
    later.put(
        "opensAt", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(3).toString());
    later.put(
        "closesAt", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(9).toString());
    String notYet = ScenesIT.createActive(staff, later);
    browser.go("/app/scene.xhtml?id=" + notYet);
    openApplyDialog();
    choose(fits);
    browser.find("#apply\\:send").click();
    waitForText("#apply\\:apply-messages", "Applications are not open");
    browser.screenshot("scene-apply-window-en");

    // The hospital sees the application on its scene page, filters it, and the fitting projects.
    signIn(staff);
    english();
    browser.go("/app/scene.xhtml?id=" + scene);
    waitForText("#scene-applications-form\\:applications", "P-");
    // The scene's history (its creation and publication) is its hospital's to read; the founder who
    // opened the same page above saw none of it.
    assertThat(browser.text("#audit\\:record-history"))
        .contains("History")
        .contains("created")
        .contains(staff.username());
    assertThat(browser.text("#scene-applications-form\\:applications")).contains("submitted");
    assertThat(browser.text("#project-matches")).contains("TRL 6 lies in the range 5-7");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('scene-applications').scrollIntoView()");
    browser.screenshot("scene-applications-en");
    browser.choose("scene-applications-form\\:status", "under review");
    waitForText("#scene-applications-form\\:applications", "No application yet.");
    browser.choose("scene-applications-form\\:status", "submitted");
    waitForText("#scene-applications-form\\:applications", "P-");
    // The same filter over HTTP, checked by hand as query parameters are.
    staff
        .api()
        .queryParam("status", "UNDER_REVIEW")
        .get("/api/scenes/" + scene + "/applications")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
    staff
        .api()
        .queryParam("status", "submitted")
        .get("/api/scenes/" + scene + "/applications")
        .then()
        .statusCode(200)
        .body("items.size()", org.hamcrest.Matchers.equalTo(1));
    staff
        .api()
        .queryParam("status", "NOPE")
        .get("/api/scenes/" + scene + "/applications")
        .then()
        .statusCode(400);
    browser.clickAndLoad("#scene-applications-form\\:applications a[id$='open']");
    assertThat(browser.path()).startsWith("/app/application.xhtml?id=");
    assertThat(fits).isNotBlank();
  }

  private static void openApplyDialog() {
    browser.find("#apply-actions\\:open-apply").click();
    browser.waitFor(d -> d.findElement(By.id("apply-dialog")).isDisplayed());
    waitForText("#apply", "P-");
  }

  /** Picks the project in the dialog by its id. */
  private static void choose(String project) {
    String box = "#apply div[data-project='" + project + "'] .ui-radiobutton-box";
    browser.waitFor(
        d -> {
          var radio = d.findElement(By.cssSelector(box));
          if (!radio.getAttribute("class").contains("ui-state-active")) {
            radio.click();
          }
          return d.findElement(By.cssSelector(box))
                  .getAttribute("class")
                  .contains("ui-state-active")
              ? Boolean.TRUE
              : null;
        });
  }
}
