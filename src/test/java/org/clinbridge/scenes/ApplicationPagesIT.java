package org.clinbridge.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.util.Map;
import org.clinbridge.testing.Api.TestUser;
import org.clinbridge.testing.Browser;
import org.clinbridge.testing.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The application pages in a real browser: a start-up's matches with reasons, the thread between
 * applicant and hospital, the hospital's actions, the decision in the applicant's inbox, both
 * languages, and who may not open what. Scenes and applications are made through the API, so the
 * test depends on no other area's pages. Screenshots go to target/screenshots/.
 */
class ApplicationPagesIT {
  /** A sub-catalogue few other tests use, so that the test's scene ranks first in matching. */
  static final String SUBCATALOGUE = "16";

  private static Browser browser;

  @BeforeAll
  static void open() {
    browser = Browser.open(RunningApp.postgres().baseUrl());
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void freshSession() {
    browser.go("/app/login.xhtml");
    browser.driver().manage().deleteAllCookies();
  }

  private static void signIn(TestUser user) {
    browser.go("/app/login.xhtml");
    browser.driver().manage().deleteAllCookies();
    browser.go("/app/login.xhtml");
    browser.type("#signin\\:username", user.username());
    browser.type("#signin\\:password", user.password());
    browser.clickAndLoad("#signin\\:submit");
  }

  private static void english() {
    browser.clickAndLoad("#language\\:lang-en");
  }

  private static void chinese() {
    browser.clickAndLoad("#language\\:lang-zh");
  }

  private static void waitForText(String css, String text) {
    browser.waitFor(
        d ->
            d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
  }

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

    // The hospital asks for more information in the page.
    signIn(staff);
    english();
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
}
