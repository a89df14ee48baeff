package org.clinbridge.ip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.projects.ProjectsFixtures.TODAY;
import static org.clinbridge.projects.ProjectsFixtures.founder;
import static org.clinbridge.projects.ProjectsFixtures.json;
import static org.clinbridge.projects.ProjectsFixtures.manager;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The IP operation centre's pages in a real browser: a founder records a patent and the patent
 * office's next step on the project page, lists the technology; another start-up finds it and
 * expresses interest; the project's technology manager takes the match to a licence; another match
 * is declined with a coded reason (in Chinese); the founder reads the innovative-device pre-check.
 * Every result is read back through the API.
 */
class IpPagesIT extends BrowserTest {

  @Test
  void aPatentIsRecordedListedAndTheMatchRunsToALicence() {
    Api.TestUser founder = founder();
    Api.TestUser manager = manager();
    String project = ProjectsFixtures.createProject(founder);
    ProjectsFixtures.assign(project, manager);
    String number = IpIT.number();
    String title = "Wearable ECG patch " + ProjectsFixtures.latinWord();

    signIn(founder);
    english();
    browser.go("/app/project.xhtml?id=" + project + "&tab=patents");
    openDialog("#tabs\\:patents-form\\:new-patent", "patent-dialog");
    browser.type("#patent-form\\:number", number);
    browser.type("#patent-form\\:title_zh", "一种可穿戴心电监测贴");
    browser.type("#patent-form\\:title_en", title);
    dateInto("#patent-form\\:filedOn_input", TODAY.minusYears(1));
    browser.type("#patent-form\\:holder", "重庆医科大学");
    browser.screenshot("patent-new-en");
    browser.clickAndLoad("#patent-form\\:submit");
    waitForText("#tabs\\:patents-form\\:patents", number);
    Map<String, Object> recorded = patentNumbered(founder, project, number);
    assertThat(recorded)
        .containsEntry("status", "FILED")
        .containsEntry("kind", "INVENTION")
        .containsEntry("filedOn", TODAY.minusYears(1).toString());

    // A change made elsewhere after the page showed the patent: refused, as the API's If-Match.
    openDialog(patentButton(number, "open-change"), "change-dialog");
    Api.asAdmin()
        .post("/api/patents/" + recorded.get("id") + "/search-report")
        .then()
        .statusCode(200);
    browser.find("#change-form\\:submit").click();
    waitForText("#change-form\\:change-messages", "The record has changed");
    assertThat(patentNumbered(founder, project, number)).containsEntry("status", "FILED");

    // The office published it, with a search report: recorded against the version shown.
    browser.go("/app/project.xhtml?id=" + project + "&tab=patents");
    openDialog(patentButton(number, "open-change"), "change-dialog");
    assertThat(browser.text("#change-form\\:step_label")).isEqualTo("Published");
    dateInto("#change-form\\:on_input", TODAY.minusMonths(3));
    browser.find("#change-form\\:searchReport .ui-chkbox-box").click();
    browser.clickAndLoad("#change-form\\:submit");
    waitForText("#tabs\\:patents-form\\:patents", "Published");
    assertThat(patentNumbered(founder, project, number))
        .containsEntry("status", "PUBLISHED")
        .containsEntry("publishedOn", TODAY.minusMonths(3).toString())
        .containsEntry("searchReport", true);

    // List the technology from the patent: the dialog starts from the patent's title.
    openDialog(patentButton(number, "open-listing"), "listing-dialog");
    assertThat(browser.find("#listing-form\\:title_en").getAttribute("value")).isEqualTo(title);
    browser.type("#listing-form\\:summary_zh", "单导联七天监测");
    browser.type("#listing-form\\:summary_en", "Single-lead seven-day monitoring");
    browser.clickAndLoad("#listing-form\\:submit");
    assertThat(browser.path()).startsWith("/app/listing.xhtml");
    String listing = idInAddress();
    assertThat(browser.text("#listing-title")).isEqualTo(title);
    // The listing's own history, below it: its owner listed it.
    assertThat(browser.text("#audit\\:record-history")).contains("History").contains("listed");
    founder
        .api()
        .get("/api/technology-listings/" + listing)
        .then()
        .statusCode(200)
        .body("state", equalTo("LISTED"))
        .body("projectId", equalTo(project))
        .body("summary.en", equalTo("Single-lead seven-day monitoring"));
    assertThat(browser.driver().findElements(By.id("listing-actions:open-interest")))
        .as("the listing's own start-up cannot express interest in it")
        .isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("button[id$='advance']"))).isEmpty();

    // Another start-up finds it from the home page and expresses its interest.
    Api.TestUser company = founder();
    signIn(company);
    english();
    browser.go("/app/home.xhtml");
    browser.clickAndLoad("#go-listings");
    waitForText("#listings\\:table", title);
    browser.screenshot("listings-en");
    browser.driver().findElements(By.cssSelector("#listings\\:table a.cb-listing-link")).stream()
        .filter(a -> a.getText().equals(title))
        .findFirst()
        .orElseThrow()
        .click();
    browser.waitFor(d -> d.getCurrentUrl().contains("listing.xhtml"));
    openDialog("#listing-actions\\:open-interest", "interest-dialog");
    browser.type("#interest-form\\:note", "We make patches");
    browser.clickAndLoad("#interest-form\\:submit");
    waitForText("#interests\\:table", "Interest expressed");
    assertThat(browser.driver().findElements(By.cssSelector("button[id$='advance']")))
        .as("introductions are the centre's")
        .isEmpty();
    assertThat(browser.driver().findElements(By.id("listing-actions:open-interest")))
        .as("one live interest per company")
        .isEmpty();
    List<Map<String, Object>> seen = interests(company, listing);
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0))
        .containsEntry("state", "INTEREST_EXPRESSED")
        .containsEntry("note", "We make patches");

    // The project's technology manager: introduced, negotiating, licensed.
    signIn(manager);
    english();
    browser.go("/app/listing.xhtml?id=" + listing);
    advance("Introduced", "INTRODUCED", manager, listing);
    advance("Negotiating", "IN_NEGOTIATION", manager, listing);
    browser.screenshot("listing-en");
    advance("Licensed", "LICENSED", manager, listing);
    assertThat(browser.text("#state")).isEqualTo("Licensed");
    Api.asAdmin()
        .get("/api/technology-listings/" + listing)
        .then()
        .body("state", equalTo("LICENSED"))
        .body("interests", equalTo(1));
    assertThat(browser.driver().findElements(By.cssSelector("button[id$='open-decline']")))
        .as("a licensed match is over")
        .isEmpty();
  }

  /** Hospital staff read listings but may not express interest: they are offered no button. */
  @Test
  void hospitalStaffReadAListingButAreOfferedNoAction() {
    Api.TestUser founder = founder();
    String listing = listing(founder, ProjectsFixtures.createProject(founder));
    json(founder().api()).body(Map.of()).post(interestsOf(listing)).then().statusCode(201);
    signIn(Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF));
    english();
    browser.go("/app/listing.xhtml?id=" + listing);
    assertThat(browser.text("#listing-title")).isEqualTo("Reagent technology");
    assertThat(browser.driver().findElements(By.cssSelector("#listing-actions button"))).isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("#interests button"))).isEmpty();
  }

  @Test
  void anInterestIsDeclinedWithACodedReasonInChinese() {
    Api.TestUser founder = founder();
    String listing = listing(founder, ProjectsFixtures.createProject(founder));
    Api.TestUser company = founder();
    json(company.api())
        .body(Map.of("note", "试用"))
        .post(interestsOf(listing))
        .then()
        .statusCode(201);

    signIn(founder);
    chinese();
    browser.go("/app/listing.xhtml?id=" + listing);
    assertThat(browser.text("#state")).isEqualTo("已表达意向");
    openDialog("button[id$='open-decline']", "decline-dialog");
    // "Other" needs a note: the API's refusal, beside the note.
    browser.choose("decline-form\\:reason", "其他");
    browser.find("#decline-form\\:submit").click();
    browser.waitFor(
        d -> !d.findElements(By.cssSelector("#decline-form .ui-messages-error")).isEmpty());
    assertThat(interests(founder, listing).get(0)).containsEntry("state", "INTEREST_EXPRESSED");
    browser.choose("decline-form\\:reason", "商业化路径不明确");
    browser.clickAndLoad("#decline-form\\:submit");
    waitForText("#interests\\:table", "已婉拒");
    browser.screenshot("listing-decline-zh");
    assertThat(browser.text("#interests\\:table")).contains("商业化路径不明确");
    Map<String, Object> declined = interests(company, listing).get(0);
    assertThat(declined)
        .containsEntry("state", "DECLINED")
        .containsEntry("declineReason", "COMMERCIAL_ROUTE_UNCLEAR");
  }

  @Test
  void aFounderReadsThePrecheckOfTheProject() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    Map<String, Object> granted =
        IpIT.patent(
            "INVENTION",
            TODAY.minusYears(3).toString(),
            TODAY.minusYears(2).toString(),
            TODAY.minusYears(1).toString());
    json(founder.api())
        .body(granted)
        .post("/api/projects/" + project + "/patents")
        .then()
        .statusCode(201);

    signIn(founder);
    english();
    browser.go("/app/project.xhtml?id=" + project + "&tab=patents");
    browser.clickAndLoad("#tabs\\:patents-form\\:open-precheck");
    assertThat(browser.path()).startsWith("/app/precheck.xhtml");
    assertThat(browser.text("#precheck-form\\:verdict")).isEqualTo("All conditions met");
    assertThat(browser.text("#precheck-form\\:conditions"))
        .contains("Chinese invention patent on the core technology")
        .contains(granted.get("number").toString());
    browser.screenshot("precheck-en");
    founder
        .api()
        .get("/api/projects/" + project + "/innovative-precheck")
        .then()
        .body("eligible", equalTo(true));

    // Planned for five years after the grant, the patent no longer counts.
    dateInto("#precheck-form\\:asOf_input", TODAY.plusYears(5));
    browser.find("#precheck-form\\:recheck").click();
    waitForText("#precheck-form\\:verdict", "Not eligible yet");
    assertThat(browser.text("#precheck-form\\:conditions")).contains("more than 5 years ago");
    founder
        .api()
        .queryParam("asOf", TODAY.plusYears(5).toString())
        .get("/api/projects/" + project + "/innovative-precheck")
        .then()
        .body("eligible", equalTo(false));

    // Another start-up finds no such project.
    signIn(founder());
    english();
    browser.go("/app/precheck.xhtml?project=" + project);
    assertThat(browser.find("body").getText()).contains("Page not found");
  }

  private static String listing(Api.TestUser founder, String project) {
    return json(founder.api())
        .body(
            Map.of(
                "projectId", project,
                "title", Map.of("zh", "试剂技术", "en", "Reagent technology"),
                "summary", Map.of("zh", "快速检测试剂", "en", "Rapid test reagent")))
        .post("/api/technology-listings")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  private static String interestsOf(String listing) {
    return "/api/technology-listings/" + listing + "/interests";
  }

  private static List<Map<String, Object>> interests(Api.TestUser who, String listing) {
    return who.api().get(interestsOf(listing)).jsonPath().getList("items");
  }

  /** The centre's next step from the interest's row, then the state the API reports. */
  private static void advance(String button, String state, Api.TestUser who, String listing) {
    WebElement step = browser.find("button[id$='advance']");
    assertThat(step.getText()).isEqualTo(button);
    browser.clickAndLoad("button[id$='advance']");
    assertThat(interests(who, listing).get(0)).containsEntry("state", state);
  }

  private static Map<String, Object> patentNumbered(
      Api.TestUser who, String project, String number) {
    Response r = who.api().get("/api/projects/" + project + "/patents");
    return r.jsonPath().getMap("items.find { it.number == '" + number + "' }");
  }

  private static String idInAddress() {
    String url = browser.driver().getCurrentUrl();
    String id = url.substring(url.indexOf("id=") + 3);
    int end = id.indexOf('&');
    return end < 0 ? id : id.substring(0, end);
  }

  /**
   * Replaces a date picker's text (clear() would leave it) and closes its calendar, which would
   * otherwise lie over the fields below.
   */
  private static void dateInto(String css, LocalDate day) {
    WebElement input = browser.find(css);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), day.toString(), Keys.ESCAPE);
    String panel = css.substring(1).replace("\\", "").replace("_input", "_panel");
    browser.waitFor(d -> d.findElements(By.id(panel)).stream().noneMatch(WebElement::isDisplayed));
  }

  private static void openDialog(String button, String dialog) {
    browser.waitFor(
        d -> {
          d.findElement(By.cssSelector(button)).click();
          return true;
        });
    browser.waitFor(d -> d.findElement(By.id(dialog)).isDisplayed());
  }

  /** The CSS of a button in the patents tab's row of the patent {@code number}. */
  private static String patentButton(String number, String button) {
    List<WebElement> rows =
        browser.find("#tabs\\:patents-form\\:patents tbody").findElements(By.tagName("tr"));
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().contains(number)) {
        return "#tabs\\:patents-form\\:patents tbody tr:nth-child("
            + (i + 1)
            + ") button[id$='"
            + button
            + "']";
      }
    }
    throw new AssertionError("no patent " + number + " in the patents tab");
  }
}
