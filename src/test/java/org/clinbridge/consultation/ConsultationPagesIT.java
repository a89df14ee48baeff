package org.clinbridge.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The consultation station in a real browser, both sides and both languages: a founder asks from
 * the page; the consultant finds it in the queue with its clocks, writes an internal note and
 * resolves it; the founder sees the answer but never the note, and rates it.
 */
class ConsultationPagesIT extends BrowserTest {
  @Test
  void aFounderAsksTheConsultantAnswersAndTheFounderRatesWithoutSeeingTheInternalNote() {
    Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    Api.TestUser consultant = Api.user(OrganisationKind.CONSULTATION_STATION, Role.CONSULTANT);
    String subject = "心电贴分类 " + UUID.randomUUID().toString().substring(0, 6);

    signIn(founder);
    english();
    browser.go("/app/home.xhtml");
    browser.clickAndLoad("#go-consultations");
    assertThat(browser.path()).startsWith("/app/consultations.xhtml");
    browser.clickAndLoad("#ask\\:send");
    assertThat(browser.find("body").getText()).contains("must not be");
    browser.choose("ask\\:topic", "Classification");
    browser.type("#ask\\:subject", subject);
    browser.type("#ask\\:question", "单导联心电贴属于第几类医疗器械？");
    browser.clickAndLoad("#ask\\:send");
    assertThat(browser.path()).startsWith("/app/consultation.xhtml");
    assertThat(browser.text("#consultation-title")).isEqualTo(subject);
    assertThat(browser.text("#status")).isEqualTo("New");
    assertThat(browser.text("#first-response")).startsWith("Running");
    String page = browser.path();
    assertThat(page).contains("id=");

    signIn(consultant);
    english();
    browser.go("/app/consultations.xhtml");
    assertThat(browser.text("#consultations-title")).isEqualTo("Consultation queue");
    WebElement row =
        browser
            .driver()
            .findElements(By.cssSelector("#consultations tr.cb-consultation-row"))
            .stream()
            .filter(r -> r.getText().contains(subject))
            .findFirst()
            .orElseThrow();
    assertThat(row.getText()).contains("Classification", "New", "Running");
    browser.screenshot("consultations-queue-en");
    row.findElement(By.className("cb-subject")).click();
    browser.waitFor(d -> browser.path().startsWith("/app/consultation.xhtml"));
    browser.type("#write\\:text", "内部：疑似 07-03，需确认");
    browser.find("#write\\:internal .ui-chkbox-box").click();
    browser.clickAndLoad("#write\\:send");
    assertThat(browser.find(".cb-internal").getText()).contains("疑似 07-03", "internal note");
    browser.type("#resolve\\:text", "按子目录 07-03 属于第二类医疗器械。");
    browser.clickAndLoad("#resolve\\:resolve-now");
    assertThat(browser.text("#status")).isEqualTo("Resolved");
    assertThat(browser.text("#first-response")).startsWith("Met");
    browser.screenshot("consultation-en");

    signIn(founder);
    chinese();
    browser.go(page);
    assertThat(browser.text("#status")).isEqualTo("已解决");
    String thread = browser.find("body").getText();
    assertThat(thread).contains("属于第二类医疗器械").doesNotContain("疑似 07-03");
    assertThat(browser.driver().findElements(By.cssSelector(".cb-internal"))).isEmpty();
    browser.choose("rate\\:stars", "4");
    browser.clickAndLoad("#rate\\:rate-now");
    assertThat(browser.find(".cb-rating").getText()).contains("4/5");
    // The asker's record: its audit history shows the rating, never an internal note.
    assertThat(browser.text("#audit\\:record-history"))
        .contains("变更历史")
        .contains("rating: – → 4")
        .doesNotContain("疑似 07-03");
    assertThat(browser.driver().findElements(By.id("rate"))).isEmpty();
    browser.screenshot("consultation-zh");

    // Another start-up does not find it.
    signIn(Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER));
    browser.go(page);
    assertThat(browser.driver().findElements(By.id("consultation-title"))).isEmpty();
    browser.go("/app/consultations.xhtml");
    List<WebElement> theirs =
        browser.driver().findElements(By.cssSelector("#consultations tr.cb-consultation-row"));
    assertThat(theirs).isEmpty();
  }

  /**
   * The knowledge base and the station's other steps in the browser: a consultant writes and
   * publishes an article; anyone, not signed in, finds it with two Chinese characters; it is
   * suggested while a founder types a question; the consultant asks for documents, the founder
   * answers, the consultant promotes the answer to a draft; the desk figures count the day.
   */
  @Test
  void theKnowledgeBaseIsFoundTypedIntoAndFedFromAnswers() {
    Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    Api.TestUser consultant = Api.user(OrganisationKind.CONSULTATION_STATION, Role.CONSULTANT);
    String word = KnowledgeBaseIT.word();

    signIn(consultant);
    chinese();
    browser.go("/app/knowledge.xhtml");
    browser.clickAndLoad("#new-article");
    browser.type("#edit\\:titleZh", word + "延续注册须知");
    browser.type("#edit\\:bodyZh", "注册证有效期届满六个月前申请延续注册。");
    browser.clickAndLoad("#edit\\:save");
    assertThat(browser.text("#status")).isEqualTo("草稿");
    browser.clickAndLoad("#status-form\\:publish");
    assertThat(browser.text("#status")).isEqualTo("公开");
    String article = browser.path();

    // Anyone, not signed in, finds it with the two characters.
    browser.driver().manage().deleteAllCookies();
    browser.go("/app/knowledge.xhtml");
    assertThat(browser.driver().findElements(By.id("shell"))).isEmpty();
    browser.type("#search\\:q", word);
    browser.find("#search\\:go").click();
    waitForText("#articles", word + "延续注册须知");
    browser.screenshot("knowledge-zh");
    browser.driver().findElement(By.cssSelector("#articles a.cb-article-title")).click();
    browser.waitFor(d -> browser.path().startsWith("/app/article.xhtml"));
    assertThat(browser.text("#body")).contains("延续注册");
    assertThat(browser.driver().findElements(By.id("edit"))).as("readers do not edit").isEmpty();

    // Suggested while a founder types a question.
    signIn(founder);
    english();
    browser.go("/app/consultations.xhtml");
    browser.choose("ask\\:topic", "Change or renewal");
    browser.type("#ask\\:subject", word + " renewal");
    browser.type("#ask\\:question", "我们的" + word + "注册证明年到期，何时申请延续？");
    waitForText("#ask\\:suggestions", word + "延续注册须知");
    browser.screenshot("consultation-suggestions-en");
    browser.clickAndLoad("#ask\\:send");
    String consultation = browser.path();

    // The consultant asks for documents; the founder answers; the answer becomes a draft.
    signIn(consultant);
    english();
    browser.go(consultation);
    browser.type("#request\\:text", "Please upload the current certificate.");
    browser.clickAndLoad("#request\\:request-now");
    assertThat(browser.text("#status")).isEqualTo("Waiting for the asker");
    signIn(founder);
    browser.go(consultation);
    browser.type("#write\\:text", "Uploaded.");
    browser.clickAndLoad("#write\\:send");
    assertThat(browser.text("#status")).isEqualTo("Open");
    signIn(consultant);
    english();
    browser.go(consultation);
    browser.clickAndLoad("#promote\\:promote-now");
    assertThat(browser.path()).startsWith("/app/article.xhtml");
    assertThat(browser.text("#status")).isEqualTo("Draft");
    assertThat(browser.text("#body")).contains("Please upload the current certificate.");
    assertThat(article).isNotEqualTo(browser.path());

    browser.go("/app/desk.xhtml");
    assertThat(browser.text("#desk-title")).isEqualTo("Consultation desk figures");
    assertThat(Integer.parseInt(browser.text("#asked"))).isPositive();
    browser.screenshot("desk-en");
    signIn(founder);
    browser.go("/app/desk.xhtml");
    assertThat(browser.driver().findElements(By.id("desk-title"))).isEmpty();
  }
}
