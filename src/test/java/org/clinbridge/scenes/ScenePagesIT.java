package org.clinbridge.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.clinbridge.testing.Api.TestUser;
import org.clinbridge.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The scene pages in a real browser: a hospital opens a scene with 5 slots (a bad field refused
 * beside the field), publishes it and runs a site's progress (a stop without a reason refused with
 * the API's own message, in Chinese); a start-up finds it in the catalogue by a Chinese word and by
 * filters; both languages; another hospital's draft is "not found" and a start-up may not open the
 * editor. Screenshots go to target/screenshots/.
 */
class ScenePagesIT extends BrowserTest {

  /**
   * Picks a value of a PrimeFaces select menu through its widget, then fires the change event (and
   * its ajax listener) that a person's pick fires; the widget's own selectValue is silent.
   */
  private static void select(String clientId, String value) {
    browser.find("[id='" + clientId + "']");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var w = PrimeFaces.getWidgetById(arguments[0]);"
                + " w.selectValue(arguments[1]); w.triggerChange();",
            clientId,
            value);
  }

  /** Clicks something that sends an ajax request and waits until PrimeFaces has done with it. */
  private static void ajax(String css) {
    browser.find(css).click();
    browser.waitFor(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return window.PrimeFaces !== undefined && PrimeFaces.ajax.Queue.isEmpty()"
                            + " && (window.jQuery === undefined || jQuery.active === 0);"));
  }

  /** The message shown beside an input of a form. */
  private static String messageBeside(String inputId) {
    WebElement message =
        browser.waitFor(
            d ->
                d.findElement(
                    By.xpath(
                        "//*[@id='"
                            + inputId
                            + "']/ancestor::div[1]//*[contains(@class,'ui-message-error')]")));
    return message.getText();
  }

  private static String chineseWord() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      sb.append((char) ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5));
    }
    return sb.toString();
  }

  /** The title the API answers for a stop without a reason, in {@code language}. */
  private static void openProgressDialog() {
    browser.find("#sites button[id$='open-progress']").click();
    browser.waitFor(d -> d.findElement(By.id("progress-dialog")).isDisplayed());
  }

  @Test
  void aHospitalOpensPublishesAndRunsASceneThatAStartUpThenFinds() {
    TestUser staff = ScenesIT.hospital();
    TestUser founder = ScenesIT.startUp();
    String word = chineseWord();
    String latin = ScenesIT.word();

    signIn(staff);
    english();
    browser.go("/app/scenes.xhtml?view=mine");
    assertThat(browser.text("#scenes-title")).isEqualTo("My hospital's scenes");
    assertThat(browser.text("#list\\:table")).contains("no scene in this state");
    browser.clickAndLoad("#new-scene");
    assertThat(browser.text("#edit-title")).isEqualTo("New scene");

    select("scene:type", "USABILITY_STUDY");
    browser.type("#scene\\:title_zh", "输液泵可用性研究" + word);
    browser.type("#scene\\:description_zh", "在重症监护室评估输液泵界面。");
    browser.type("#scene\\:description_en", "Infusion pump interface assessed in the ICU.");
    browser.type("#scene\\:department_zh", "重症医学科");
    browser.type("#scene\\:department_en", "Critical care");
    select("scene:trlMin", "4");
    select("scene:trlMax", "7");
    browser.type("#scene\\:capacity_input", "5");
    browser.type("input[id$='contact-name']", "Wang Fang");
    browser.type("input[id$='contact-email']", "wang.fang@example.org");
    // The English title is left out: the API's Bean Validation message shows beside it.
    browser.clickAndLoad("#scene\\:save");
    assertThat(messageBeside("scene:title_en")).isEqualTo("must not be blank");
    assertThat(browser.find("#scene\\:title_zh").getAttribute("value")).endsWith(word);
    browser.screenshot("scene-edit-en");

    browser.type("#scene\\:title_en", "Infusion pump usability " + latin);
    browser.clickAndLoad("#scene\\:save");
    assertThat(browser.text("#scene-title")).isEqualTo("Infusion pump usability " + latin);
    assertThat(browser.text("#publication")).isEqualTo("Draft");
    assertThat(browser.text("#slots")).isEqualTo("0 of 5 slots taken");
    assertThat(browser.text("#accepts")).contains("TRL 4-7");
    assertThat(browser.text("#contacts")).contains("Wang Fang");
    String id = browser.path().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");
    assertThat(id).hasSize(36);

    browser.find("#actions\\:publish").click();
    browser.find(".ui-confirmdialog-yes").click();
    browser.waitFor(d -> d.findElement(By.id("publication")).getText().equals("Published"));
    assertThat(browser.text("#messages")).contains("The scene is published.");

    // In review -> approved -> recruiting.
    openProgressDialog();
    assertThat(browser.text("#progress\\:status_label")).isEqualTo("Approved");
    browser.clickAndLoad("#progress\\:submit");
    assertThat(browser.text("#sites")).contains("Approved");
    openProgressDialog();
    select("progress:status", "RECRUITING");
    browser.clickAndLoad("#progress\\:submit");
    assertThat(browser.text("#scene-progress")).isEqualTo("Recruiting");

    // A stop needs a reason: refused with the API's own words, in Chinese too.
    chinese();
    openProgressDialog();
    select("progress:status", "TEMPORARILY_CLOSED");
    waitForText("#progress\\:stop-hint", "250");
    ajax("#progress\\:submit");
    // The API's field message (problems_zh_CN.properties: scene.stop.reason.required), beside it.
    waitForText("#progress", "将停止场景");
    assertThat(messageBeside("progress:reason")).contains("暂停").contains("必须填写");
    browser.screenshot("scene-progress-zh");
    browser.type("#progress\\:reason", "x".repeat(251));
    ajax("#progress\\:submit");
    assertThat(messageBeside("progress:reason")).contains("250");
    browser.type("#progress\\:reason", "设备召回，暂停入组");
    browser.clickAndLoad("#progress\\:submit");
    assertThat(browser.text("#scene-progress")).isEqualTo("暂停");
    assertThat(browser.text("#sites")).contains("设备召回，暂停入组").contains("招募中");
    assertThat(browser.text("#publication")).isEqualTo("已发布");

    // A start-up finds it by a Chinese word and by filters.
    browser.go("/app/login.xhtml");
    browser.driver().manage().deleteAllCookies();
    signIn(founder);
    english();
    browser.find("#shell\\:menu a[href*='/app/scenes']").click();
    browser.waitFor(d -> d.findElement(By.id("scenes-title")).getText().equals("Scene catalogue"));
    assertThat(browser.driver().findElements(By.id("new-scene"))).isEmpty();
    browser.type("#filters\\:q", word);
    ajax("#filters\\:apply");
    waitForText("#list\\:table", "Infusion pump usability " + latin);

    ajax("#filters\\:clear");
    select("filters:type", "USABILITY_STUDY");
    select("filters:trl", "5");
    browser.type("#filters\\:department", "Critical");
    ajax("#filters\\:apply");
    waitForText("#list\\:table", "Infusion pump usability " + latin);
    assertThat(browser.text("#list\\:table")).contains("Open now").contains("until 20");
    browser.screenshot("scenes-catalogue-en");
    select("filters:trl", "9");
    ajax("#filters\\:apply");
    waitForText("#list\\:table", "No active scene matches");

    select("filters:trl", "6");
    ajax("#filters\\:apply");
    waitForText("#list\\:table", "Infusion pump usability " + latin);
    chinese();
    assertThat(browser.text("#scenes-title")).isEqualTo("场景目录");
    browser.type("#filters\\:q", word);
    ajax("#filters\\:apply");
    waitForText("#list\\:table", "输液泵可用性研究" + word);
    assertThat(browser.text("#list\\:table")).contains("可用性研究").contains("暂停");
    browser.screenshot("scenes-catalogue-zh");

    browser.clickAndLoad("#list\\:table a.cb-title");
    english();
    assertThat(browser.text("#scene-title")).isEqualTo("Infusion pump usability " + latin);
    assertThat(browser.text("#type")).isEqualTo("Usability study");
    assertThat(browser.text("#scene-progress")).isEqualTo("Temporarily closed");
    assertThat(browser.text("#window")).contains("Open now");
    assertThat(browser.text("#department")).isEqualTo("Critical care");
    assertThat(browser.driver().findElements(By.id("actions"))).isEmpty();
    browser.screenshot("scene-en");
  }

  @Test
  void anotherHospitalCannotOpenADraftAndAStartUpCannotOpenTheEditor() {
    TestUser staff = ScenesIT.hospital();
    String draft = ScenesIT.create(staff, ScenesIT.form(ScenesIT.word())).path("id");
    TestUser other = ScenesIT.hospital();
    signIn(other);
    english();
    browser.go("/app/scene.xhtml?id=" + draft);
    assertThat(browser.find("body").getText()).contains("Page not found");
    browser.go("/app/scene-edit.xhtml?id=" + draft);
    assertThat(browser.find("body").getText()).contains("Page not found");

    browser.go("/app/login.xhtml");
    browser.driver().manage().deleteAllCookies();
    TestUser founder = ScenesIT.startUp();
    signIn(founder);
    english();
    browser.go("/app/scene-edit.xhtml");
    assertThat(browser.find("body").getText()).contains("Not allowed");
    browser.go("/app/scenes.xhtml?view=mine");
    assertThat(browser.find("body").getText()).contains("Not allowed");
    browser.go("/app/scene.xhtml?id=" + draft);
    assertThat(browser.find("body").getText()).contains("Page not found");
  }

  @Test
  void theOwningHospitalSeesItsDraftsAddsASiteAndRetiresTheScene() {
    TestUser staff = ScenesIT.hospital();
    String latin = ScenesIT.word();
    String draft = ScenesIT.create(staff, ScenesIT.form(latin)).path("id");
    signIn(staff);
    english();
    browser.go("/app/scenes.xhtml?view=mine");
    waitForText("#list\\:table", latin);
    browser.clickAndLoad("#list\\:table a.cb-title");
    assertThat(browser.path()).contains(draft);

    // A second site: its names are checked as the API checks them, and it starts in review.
    browser.find("#actions\\:open-site").click();
    browser.waitFor(d -> d.findElement(By.id("site-dialog")).isDisplayed());
    browser.type("#site\\:name_en", "Endocrinology");
    ajax("#site\\:submit");
    assertThat(messageBeside("site:name_zh")).isEqualTo("must not be blank");
    browser.type("#site\\:name_zh", "内分泌科");
    browser.clickAndLoad("#site\\:submit");
    assertThat(browser.text("#messages")).contains("Site added: Endocrinology.");
    assertThat(browser.driver().findElements(By.cssSelector("#sites .cb-site"))).hasSize(2);
    assertThat(browser.text("#sites")).contains("Endocrinology").contains("In review");

    browser.find("#actions\\:open-retire").click();
    browser.waitFor(d -> d.findElement(By.id("retire-dialog")).isDisplayed());
    ajax("#retire\\:submit");
    assertThat(messageBeside("retire:reason")).isEqualTo("must not be blank");
    browser.type("#retire\\:reason", "Merged into another study");
    browser.clickAndLoad("#retire\\:submit");
    assertThat(browser.text("#publication")).isEqualTo("Retired");
    assertThat(browser.text("#retired-note")).contains("Merged into another study");
    assertThat(browser.driver().findElements(By.id("actions:edit"))).isEmpty();

    browser.go("/app/scenes.xhtml?view=mine");
    browser
        .waitFor(
            d ->
                d.findElement(
                    By.xpath(
                        "//*[@id='filters:publication']//*[normalize-space(text())='Retired']")))
        .click();
    waitForText("#list\\:table", latin);
  }

  @Test
  void aHospitalImportsARegistryFileAndReadsTheReportPerRecord() throws Exception {
    TestUser staff = ScenesIT.hospital();
    signIn(staff);
    english();
    browser.go("/app/scenes.xhtml?view=mine");
    browser.clickAndLoad("#import-scenes");
    assertThat(browser.text("#import-title")).isEqualTo("Import studies as draft scenes");
    browser.clickAndLoad("#import\\:upload");
    assertThat(browser.text("#messages")).contains("Choose a file");

    String csv =
        Path.of(
                ScenePagesIT.class
                    .getResource("/scenes/ictrp/ictrp_covid19_sample_2020-04-07.csv")
                    .toURI())
            .toString();
    browser.find("input[type='file'][id^='import:file']").sendKeys(csv);
    browser.clickAndLoad("#import\\:upload");
    assertThat(browser.text("#report h2")).contains("imported as drafts").contains("reported");
    browser.screenshot("scene-import-en");

    browser.clickAndLoad("#lines a[href*='scene.xhtml']");
    assertThat(browser.text("#publication")).isEqualTo("Draft");
    assertThat(browser.text("#facts")).contains("Imported from");
  }
}
