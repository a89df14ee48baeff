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
}
