package org.clinbridge.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.BrowserTest;
import org.clinbridge.testing.RunningApp;
import org.clinbridge.testing.Usccs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The web pages in a real browser (headless Chromium) against the shared instance on PostgreSQL:
 * sign-in and sign-out, the language switch, navigation by role, the organisation and people pages
 * with the API's own validation messages, and the session's protections. Each test starts from an
 * empty cookie jar and builds its own data, so no test depends on another. Pages are saved as
 * screenshots in target/screenshots/ (the pictures in docs/screenshots/ come from there).
 */
class PagesIT extends BrowserTest {

  @Test
  void theRootLeadsAnUnknownVisitorToTheSignInPage() {
    browser.go("/");
    browser.find("#signin\\:username");
    assertThat(browser.path()).startsWith("/app/login.xhtml");
    browser.go("/app/people.xhtml");
    browser.find("#signin\\:username");
    assertThat(browser.path()).startsWith("/app/login.xhtml");
  }

  @Test
  void theLanguageSwitchShowsChineseAndKeepsItInTheSession() {
    browser.go("/app/login.xhtml");
    english();
    assertThat(browser.text("#signin\\:submit")).isEqualTo("Sign in");
    browser.screenshot("sign-in-en");
    chinese();
    assertThat(browser.text("#signin\\:submit")).isEqualTo("登录");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
    browser.screenshot("sign-in-zh");
    // The choice outlives the page, and the sign-in: it is the session's.
    signIn("admin", RunningApp.adminPassword());
    assertThat(browser.text("#shell\\:nav-organisations")).isEqualTo("机构");
    assertThat(browser.text("#welcome")).isEqualTo("欢迎，admin");
    browser.screenshot("home-zh");
  }

  @Test
  void aDistrictAdminSignsInToAHomeWithEveryMenuAndSignsOut() {
    browser.go("/app/login.xhtml");
    english();
    signIn("admin", RunningApp.adminPassword());
    assertThat(browser.path()).startsWith("/app/home.xhtml");
    assertThat(browser.text("#welcome")).isEqualTo("Welcome, admin");
    assertThat(browser.text("#shell\\:nav-organisations")).isEqualTo("Organisations");
    assertThat(browser.text("#shell\\:nav-people")).isEqualTo("People");
    assertThat(browser.text("#roles")).contains("District administrator");
    browser.screenshot("home-en");

    Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
    assertThat(session).isNotNull();
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Lax");

    browser.clickAndLoad("#shell\\:sign-out");
    browser.find("#signin\\:username");
    browser.go("/app/home.xhtml");
    browser.find("#signin\\:username");
    assertThat(browser.path()).startsWith("/app/login.xhtml");
  }

  @Test
  void aWrongPasswordIsRefusedOnThePage() {
    Api.TestUser someone = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    browser.go("/app/login.xhtml");
    english();
    signIn(someone.username(), "not the password");
    assertThat(browser.text(".ui-messages-error"))
        .contains("The user name or password is not right");
    assertThat(browser.path()).startsWith("/app/login.xhtml");
  }

  @Test
  void aDistrictAdminRegistersAnOrganisationThroughThePages() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String uscc = Usccs.random();
    signInAsAdmin();
    browser.clickAndLoad("#shell\\:nav-organisations");
    assertThat(browser.path()).startsWith("/app/organisations.xhtml");
    browser.clickAndLoad("#new");
    browser.choose("organisation\\:kind", "Hospital");
    browser.type("#organisation\\:name_zh", "第三人民医院 " + tag);
    browser.type("#organisation\\:name_en", "Third People's Hospital " + tag);
    browser.type("#organisation\\:uscc", uscc);
    browser.type("#organisation\\:contact_email", "office-" + tag + "@hospital.example");
    browser.screenshot("organisation-new");
    browser.clickAndLoad("#organisation\\:save");

    assertThat(browser.path()).startsWith("/app/organisations.xhtml");
    assertThat(browser.text(".ui-messages-info")).contains("Third People's Hospital " + tag);
    browser.type("#organisations\\:q", tag);
    browser.find("#organisations\\:search").click();
    browser.waitFor(
        d ->
            d.findElements(By.cssSelector("#organisations\\:table_data tr")).size() == 1
                && d.findElement(By.id("organisations:table")).getText().contains(uscc));
    browser.screenshot("organisations");

    // The API sees what the page registered.
    given()
        .baseUri(RunningApp.postgres().baseUrl())
        .header("Authorization", "Bearer " + Api.adminToken())
        .queryParam("q", uscc)
        .get("/api/organisations")
        .then()
        .statusCode(200)
        .body("items[0].name.en", org.hamcrest.Matchers.equalTo("Third People's Hospital " + tag))
        .body("items[0].kind", org.hamcrest.Matchers.equalTo("HOSPITAL"));
  }

  @Test
  void aWrongCheckCharacterShowsTheApisOwnMessageInBothLanguages() {
    String bad = Usccs.withWrongCheck();
    signInAsAdmin();
    for (String language : List.of("en", "zh-CN")) {
      if (language.equals("en")) {
        english();
      } else {
        chinese();
      }
      browser.go("/app/organisation.xhtml");
      browser.choose("organisation\\:kind", language.equals("en") ? "Start-up" : "初创企业");
      browser.type("#organisation\\:name_zh", "校验码测试");
      browser.type("#organisation\\:name_en", "Check character test");
      browser.type("#organisation\\:uscc", bad);
      browser.clickAndLoad("#organisation\\:save");
      String onPage = browser.text("#organisation .ui-message-error");
      assertThat(onPage).isEqualTo(apiMessageForUscc(bad, language));
      assertThat(browser.find("#organisation\\:uscc").getAttribute("value")).isEqualTo(bad);
      assertThat(browser.path()).startsWith("/app/organisation.xhtml");
      browser.screenshot("organisation-invalid-uscc-" + (language.equals("en") ? "en" : "zh"));
    }
  }

  @Test
  void blankRequiredFieldsShowTheApisBeanValidationMessages() {
    signInAsAdmin();
    english();
    browser.go("/app/organisation.xhtml");
    browser.clickAndLoad("#organisation\\:save");
    List<String> messages =
        browser.driver().findElements(By.cssSelector("#organisation .ui-message-error")).stream()
            .map(WebElement::getText)
            .toList();
    String apiMessage =
        given()
            .baseUri(RunningApp.postgres().baseUrl())
            .header("Authorization", "Bearer " + Api.adminToken())
            .header("Accept-Language", "en")
            .contentType(ContentType.JSON)
            .body(Map.of("kind", "START_UP", "name", Map.of("zh", "", "en", "x"), "uscc", "x"))
            .post("/api/organisations")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath()
            .getString("violations.find { it.field == 'name.zh' }.message");
    assertThat(messages).contains(apiMessage);
    assertThat(browser.find("#organisation\\:name_zh").getAttribute("class"))
        .contains("ui-state-error");
  }

  @Test
  void anOrganisationAdminSeesAndEditsOnlyTheirOwnPeople() {
    Api.TestUser chief = Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF, Role.ORG_ADMIN);
    Api.TestUser nurse = Api.user(chief.organisation(), Role.HOSPITAL_STAFF);
    Api.TestUser stranger = Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF);
    browser.go("/app/login.xhtml");
    english();
    signIn(chief.username(), chief.password());
    assertThat(browser.driver().findElements(By.id("shell:nav-organisations"))).isEmpty();
    browser.clickAndLoad("#shell\\:nav-people");
    String table = browser.text("#people\\:table");
    assertThat(table).contains(nurse.username()).doesNotContain(stranger.username());
    browser.screenshot("people");

    browser.go("/app/person.xhtml?id=" + nurse.accountId());
    browser.type("#person\\:displayName", "Nurse Wang");
    browser.screenshot("person-edit");
    browser.clickAndLoad("#person\\:save");
    assertThat(browser.path()).startsWith("/app/people.xhtml");
    assertThat(browser.text("#people\\:table")).contains("Nurse Wang");

    // Another organisation's person does not exist for them; the organisations page is closed.
    browser.go("/app/person.xhtml?id=" + stranger.accountId());
    assertThat(browser.text("#error-detail")).isEqualTo("There is no page at this address.");
    browser.go("/app/organisations.xhtml");
    assertThat(browser.text("#error-detail"))
        .isEqualTo("Your roles do not allow this page or action.");
    browser.screenshot("error-forbidden");
  }

  @Test
  void aStartUpMemberHasAHomeButNoAdministration() {
    Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    browser.go("/app/login.xhtml");
    english();
    signIn(founder.username(), founder.password());
    assertThat(browser.text("#roles")).contains("Start-up member");
    assertThat(browser.driver().findElements(By.id("shell:nav-organisations"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("shell:nav-people"))).isEmpty();
    browser.go("/app/people.xhtml");
    assertThat(browser.text("#error-detail"))
        .isEqualTo("Your roles do not allow this page or action.");
  }

  @Test
  void aFormPostedWithoutThePagesOwnStateChangesNothing() {
    signInAsAdmin();
    // Every cookie the signed-in browser holds (the session id and Payara's session version).
    Map<String, String> cookies = new java.util.HashMap<>();
    browser.driver().manage().getCookies().forEach(c -> cookies.put(c.getName(), c.getValue()));
    // What a cross-site form could send: the right fields and cookie, but no view state it
    // could know (a made-up server state id, Faces' "stateless" marker, nonsense).
    for (String viewState :
        List.of("-1234567890123456789:987654321", "stateless", "x", "-1:-1:-1")) {
      forgedPost(cookies, viewState);
    }
  }

  private static void forgedPost(Map<String, String> cookies, String viewState) {
    String uscc = Usccs.random();
    var forged =
        given()
            .baseUri(RunningApp.postgres().baseUrl())
            .cookies(cookies)
            .contentType("application/x-www-form-urlencoded")
            .formParam("organisation", "organisation")
            .formParam("organisation:kind_input", "HOSPITAL")
            .formParam("organisation:name_zh", "伪造")
            .formParam("organisation:name_en", "Forged")
            .formParam("organisation:uscc", uscc)
            .formParam("organisation:save", "")
            .formParam("jakarta.faces.ViewState", viewState)
            .redirects()
            .follow(false)
            .post("/app/organisation.xhtml");
    assertThat(forged.statusCode()).as(viewState + " " + forged.headers()).isEqualTo(400);
    assertThat(forged.asString()).contains("error-detail");
    given()
        .baseUri(RunningApp.postgres().baseUrl())
        .header("Authorization", "Bearer " + Api.adminToken())
        .queryParam("q", uscc)
        .get("/api/organisations")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
  }

  private static String apiMessageForUscc(String uscc, String language) {
    return given()
        .baseUri(RunningApp.postgres().baseUrl())
        .header("Authorization", "Bearer " + Api.adminToken())
        .header("Accept-Language", language)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "kind",
                "START_UP",
                "name",
                Map.of("zh", "校验码测试", "en", "Check character test"),
                "uscc",
                uscc))
        .post("/api/organisations")
        .then()
        .statusCode(400)
        .extract()
        .jsonPath()
        .getString("violations.find { it.field == 'uscc' }.message");
  }

  private static void signInAsAdmin() {
    browser.go("/app/login.xhtml");
    signIn("admin", RunningApp.adminPassword());
  }
}
