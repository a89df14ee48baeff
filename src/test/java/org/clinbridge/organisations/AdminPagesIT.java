package org.clinbridge.organisations;

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
import org.openqa.selenium.WebElement;

/**
 * The identity administration pages in a real browser against the shared instance: disabling and
 * enabling a person, deactivating and reactivating an organisation, a hospital's departments, and
 * an invitation from the people page to the invitee's first sign-in. Failures read as the API's own
 * messages; each test builds its own data and starts with an empty cookie jar.
 */
class AdminPagesIT extends BrowserTest {
  private static final String FORBIDDEN = "Your roles do not allow this page or action.";

  @Test
  void anOrganisationAdminDisablesAColleagueWithAReasonAndEnablesThemAgain() {
    Api.TestUser chief = Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF, Role.ORG_ADMIN);
    Api.TestUser nurse = Api.user(chief.organisation(), Role.HOSPITAL_STAFF);
    signIn(chief.username(), chief.password());
    english();
    browser.go("/app/person.xhtml?id=" + nurse.accountId());
    assertThat(browser.text("#state\\:enabled")).isEqualTo("Enabled");

    // A disable without a reason: the API's own message beside the field.
    openDialog("#state\\:open-disable", "disable-dialog");
    browser.find("#disable\\:submit").click();
    waitForText("#disable .ui-message-error", apiBlankReasonMessage(nurse.accountId(), "en"));
    browser.screenshot("person-disable-en");

    browser.type("#disable\\:reason", "Left the hospital");
    browser.clickAndLoad("#disable\\:submit");
    assertThat(browser.text("#state\\:enabled")).isEqualTo("Disabled");
    assertThat(browser.text("#state\\:disabled-reason")).isEqualTo("Left the hospital");
    assertThat(browser.text(".ui-messages-info")).contains(nurse.username());
    // Disabled: no sign-in, on the page or through the API.
    Api.signIn(nurse.username(), nurse.password()).then().statusCode(401);
    browser.go("/app/people.xhtml");
    browser.type("#people\\:q", nurse.username());
    browser.find("#people\\:search").click();
    browser.waitFor(
        d ->
            d.findElements(By.cssSelector("#people\\:table_data tr")).size() == 1
                && d.findElement(By.id("people:table")).getText().contains("Disabled"));

    browser.go("/app/person.xhtml?id=" + nurse.accountId());
    browser.clickAndLoad("#state\\:enable");
    assertThat(browser.text("#state\\:enabled")).isEqualTo("Enabled");
    // The person's history below: who disabled them, why, and the way back.
    String history = browser.text("#audit\\:record-history");
    assertThat(history)
        .contains("History")
        .contains(chief.username())
        .contains("Left the hospital");
    assertThat(history).containsPattern("enabled: (true|false) → (true|false)");
    Api.signIn(nurse.username(), nurse.password()).then().statusCode(200);

    // Nobody disables themselves: the page does not offer it.
    browser.go("/app/person.xhtml?id=" + chief.accountId());
    browser.find("#state\\:enabled");
    assertThat(browser.driver().findElements(By.id("state:open-disable"))).isEmpty();
  }

  @Test
  void aDistrictAdminDeactivatesAnOrganisationAndReactivatesItInChinese() {
    Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    String id = founder.organisation().id().toString();
    signIn("admin", RunningApp.adminPassword());
    chinese();
    browser.go("/app/organisation.xhtml?id=" + id);
    assertThat(browser.text("#state\\:active")).isEqualTo("正常");
    openDialog("#state\\:open-deactivate", "deactivate-dialog");
    browser.type("#deactivate\\:reason", "营业执照已注销");
    browser.clickAndLoad("#deactivate\\:submit");
    assertThat(browser.text("#state\\:active")).isEqualTo("已停用");
    assertThat(browser.text("#state\\:deactivated-reason")).isEqualTo("营业执照已注销");
    // Its people cannot sign in while it is deactivated.
    Api.signIn(founder.username(), founder.password()).then().statusCode(401);

    browser.go("/app/organisations.xhtml");
    browser.type("#organisations\\:q", founder.organisation().uscc());
    browser.find("#organisations\\:search").click();
    browser.waitFor(
        d ->
            d.findElements(By.cssSelector("#organisations\\:table_data tr")).size() == 1
                && d.findElement(By.id("organisations:table")).getText().contains("已停用"));

    browser.go("/app/organisation.xhtml?id=" + id);
    browser.clickAndLoad("#state\\:reactivate");
    assertThat(browser.text("#state\\:active")).isEqualTo("正常");
    assertThat(browser.text("#audit\\:record-history"))
        .contains("变更历史")
        .contains("营业执照已注销")
        .contains("admin");
    Api.signIn(founder.username(), founder.password()).then().statusCode(200);
  }

  @Test
  void aHospitalAdminAddsRenamesAndDeactivatesDepartmentsInChinese() {
    Api.TestUser chief = Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF, Role.ORG_ADMIN);
    String tag = UUID.randomUUID().toString().substring(0, 6);
    signIn(chief.username(), chief.password());
    chinese();
    browser.clickAndLoad("#shell\\:nav-departments");
    assertThat(browser.path()).startsWith("/app/departments.xhtml");

    browser.type("#departments\\:name_zh", "心内科 " + tag);
    browser.type("#departments\\:name_en", "Cardiology " + tag);
    browser.clickAndLoad("#departments\\:add");
    assertThat(browser.text("#departments\\:table")).contains("心内科 " + tag);

    openDialog("#departments\\:table button[id$=':open-rename']", "rename-dialog");
    browser.type("#rename\\:name_zh", "心血管内科 " + tag);
    browser.type("#rename\\:name_en", "Cardiovascular medicine " + tag);
    browser.clickAndLoad("#rename\\:submit");
    assertThat(browser.text("#departments\\:table"))
        .contains("心血管内科 " + tag)
        .contains("Cardiovascular medicine " + tag);

    openDialog(
        "#departments\\:table button[id$=':open-deactivate']", "deactivate-department-dialog");
    browser.find("#deactivate-department\\:submit").click();
    browser.waitFor(
        d -> !d.findElements(By.cssSelector("#deactivate-department .ui-message-error")).isEmpty());
    browser.type("#deactivate-department\\:reason", "并入心脏中心");
    browser.clickAndLoad("#deactivate-department\\:submit");
    assertThat(browser.text("#departments\\:table")).contains("已停用").contains("并入心脏中心");
    browser.screenshot("departments-zh");

    // The API reads what the page did.
    Map<String, Object> department =
        chief
            .api()
            .get("/api/organisations/" + chief.organisation().id() + "/departments")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("items[0]");
    assertThat(department).containsEntry("active", false);
    assertThat(department.get("name"))
        .isEqualTo(Map.of("zh", "心血管内科 " + tag, "en", "Cardiovascular medicine " + tag));

    // A district administrator sees the same departments on the organisation's page.
    browser.driver().manage().deleteAllCookies();
    signIn("admin", RunningApp.adminPassword());
    browser.go("/app/organisation.xhtml?id=" + chief.organisation().id());
    assertThat(browser.text("#departments\\:table")).contains("心血管内科 " + tag);
  }

  @Test
  void anInvitationLinkIsShownOnceAndTheInviteeSetsAPasswordAndSignsIn() {
    Api.TestUser chief = Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF, Role.ORG_ADMIN);
    String username = "inv" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    signIn(chief.username(), chief.password());
    english();
    browser.go("/app/people.xhtml");
    openDialog("#invite-open\\:open-invite", "invite-dialog");
    browser.type("#invite\\:username", username);
    browser.type("#invite\\:displayName", "Dr Li " + username);
    tick("invite\\:roles", "HOSPITAL_STAFF");
    browser.find("#invite\\:submit").click();
    String link = browser.waitFor(d -> d.findElement(By.id("invite:link"))).getAttribute("value");
    assertThat(link).contains("/app/accept-invitation.xhtml?token=");
    assertThat(browser.text("#invite")).contains("shown only once").contains(username);
    browser.screenshot("invitation-link-en");
    // The new person is listed, with the invitation pending.
    waitForText("#people\\:table", username);
    assertThat(browser.text("#people\\:table")).contains("Invited, no password yet");

    // Shown once: the same page, opened again, has no trace of it.
    browser.go("/app/people.xhtml");
    assertThat(browser.driver().getPageSource())
        .doesNotContain(link.substring(link.indexOf('=') + 1));

    // The link was lost: "Send again" on the person's row shows a fresh one; the first stops.
    String first = link;
    rowOf(username).findElement(By.cssSelector("button[id$='resend']")).click();
    link =
        browser.waitFor(
            d -> {
              var shown = d.findElement(By.id("invite:link"));
              String value = shown.isDisplayed() ? shown.getAttribute("value") : null;
              return value != null && !value.equals(first) ? value : null;
            });
    assertThat(link).contains("/app/accept-invitation.xhtml?token=");
    browser.screenshot("invitation-resent-en");
    Api.anonymous()
        .contentType(io.restassured.http.ContentType.JSON)
        .body(
            java.util.Map.of(
                "secret", first.substring(first.indexOf('=') + 1), "password", "a-good-password-1"))
        .post("/api/invitations/accept")
        .then()
        .statusCode(400);

    // Another invitation is cancelled from its row, with a reason (refused without one).
    String other = "inv" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String otherId =
        chief
            .api()
            .contentType(io.restassured.http.ContentType.JSON)
            .body(
                java.util.Map.of(
                    "username",
                    other,
                    "displayName",
                    "Dr Wu",
                    "roles",
                    java.util.List.of("HOSPITAL_STAFF")))
            .post("/api/organisations/" + chief.organisation().id() + "/invitations")
            .then()
            .statusCode(201)
            .extract()
            .path("account.id");
    browser.go("/app/people.xhtml");
    chinese();
    rowOf(other).findElement(By.cssSelector("button[id$='open-cancel']")).click();
    browser.waitFor(d -> d.findElement(By.id("cancel-invitation-dialog")).isDisplayed());
    browser.find("#cancel-invitation\\:confirm").click();
    String blank =
        chief
            .api()
            .header("Accept-Language", "zh-CN")
            .contentType(io.restassured.http.ContentType.JSON)
            .body(java.util.Map.of("reason", ""))
            .post("/api/accounts/" + otherId + "/invitation/cancellation")
            .then()
            .statusCode(400)
            .extract()
            .path("violations[0].message");
    waitForText("#cancel-invitation", blank);
    browser.type("#cancel-invitation\\:reason", "已入职其他医院");
    browser.screenshot("invitation-cancel-zh");
    browser.find("#cancel-invitation\\:confirm").click();
    waitForText("#messages", "邀请已取消");
    chief
        .api()
        .get("/api/accounts/" + otherId)
        .then()
        .statusCode(200)
        .body("enabled", org.hamcrest.Matchers.equalTo(false))
        .body("disabledReason", org.hamcrest.Matchers.equalTo("已入职其他医院"));
    english();

    // The invitee, signed out, opens the link.
    browser.driver().manage().deleteAllCookies();
    browser.driver().get(link);
    english();
    assertThat(browser.path()).startsWith("/app/accept-invitation.xhtml?token=");
    browser.type("#accept\\:password", "a-good-password-1");
    browser.type("#accept\\:repeat", "a-different-one-2");
    browser.clickAndLoad("#accept\\:submit");
    assertThat(browser.text("#accept .ui-message-error"))
        .isEqualTo("The two passwords are not the same.");
    browser.type("#accept\\:password", "a-good-password-1");
    browser.type("#accept\\:repeat", "a-good-password-1");
    browser.screenshot("accept-invitation-en");
    browser.clickAndLoad("#accept\\:submit");
    assertThat(browser.path()).startsWith("/app/login.xhtml");
    assertThat(browser.text(".ui-messages-info")).contains(username);

    signIn(username, "a-good-password-1");
    assertThat(browser.path()).startsWith("/app/home.xhtml");
    assertThat(browser.text("#roles")).contains("Hospital staff");

    // The link works once.
    browser.driver().manage().deleteAllCookies();
    browser.driver().get(link);
    browser.type("#accept\\:password", "another-password-3");
    browser.type("#accept\\:repeat", "another-password-3");
    browser.clickAndLoad("#accept\\:submit");
    assertThat(browser.text(".ui-messages-error")).contains(apiInvalidInvitationTitle());
  }

  @Test
  void aDistrictAdminImportsOrganisationsFromCsvAndSeesRefusedLinesInChinese() throws Exception {
    String good = Usccs.random();
    String other = Usccs.random();
    java.nio.file.Path okFile = java.nio.file.Files.createTempFile("orgs", ".csv");
    java.nio.file.Files.writeString(
        okFile, "kind,name_zh,name_en,uscc\nSTART_UP,导入公司,Imported Co," + good + "\n");
    java.nio.file.Path badFile = java.nio.file.Files.createTempFile("orgs-bad", ".csv");
    java.nio.file.Files.writeString(
        badFile,
        "kind,name_zh,name_en,uscc\nSTART_UP,另一公司,Other Co,"
            + other
            + "\nHOSPITAL,坏医院,Bad Hospital,"
            + Usccs.withWrongCheck()
            + "\n");
    signIn("admin", RunningApp.adminPassword());
    browser.go("/app/organisations.xhtml");
    browser.clickAndLoad("#import");
    browser.find("input[type='file'][id^='import:file']").sendKeys(okFile.toString());
    browser.clickAndLoad("#import\\:upload");
    assertThat(browser.text("#imported h2")).contains("1 organisation registered");
    browser.screenshot("organisation-import-en");
    assertThat(registered(good)).isTrue();

    chinese();
    browser.go("/app/organisation-import.xhtml");
    browser.find("input[type='file'][id^='import:file']").sendKeys(badFile.toString());
    browser.clickAndLoad("#import\\:upload");
    assertThat(browser.text("#report h2")).contains("未导入任何机构");
    assertThat(browser.text("#lines")).contains("line 3: uscc");
    browser.screenshot("organisation-import-refused-zh");
    // All or nothing: the good line of the refused file was not registered either.
    assertThat(registered(other)).isFalse();
  }

  private static boolean registered(String uscc) {
    return !Api.asAdmin()
        .queryParam("q", uscc)
        .get("/api/organisations")
        .jsonPath()
        .getList("items")
        .isEmpty();
  }

  @Test
  void aStartUpMemberIsRefusedTheAdministrationPages() {
    Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    signIn(founder.username(), founder.password());
    english();
    assertThat(browser.driver().findElements(By.id("shell:nav-departments"))).isEmpty();
    for (String page :
        List.of(
            "/app/departments.xhtml",
            "/app/departments.xhtml?organisation=" + founder.organisation().id(),
            "/app/organisation.xhtml?id=" + founder.organisation().id(),
            "/app/person.xhtml?id=" + founder.accountId(),
            "/app/people.xhtml",
            "/app/organisation-import.xhtml")) {
      browser.go(page);
      assertThat(browser.text("#error-detail")).as(page).isEqualTo(FORBIDDEN);
    }
  }

  private static String apiBlankReasonMessage(UUID account, String language) {
    return Api.asAdmin()
        .header("Accept-Language", language)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", ""))
        .post("/api/accounts/" + account + "/disable")
        .then()
        .statusCode(400)
        .extract()
        .jsonPath()
        .getString("violations.find { it.field == 'reason' }.message");
  }

  private static String apiInvalidInvitationTitle() {
    return Api.anonymous()
        .header("Accept-Language", "en")
        .contentType(ContentType.JSON)
        .body(Map.of("secret", "no-such-secret", "password", "whatever-password-1"))
        .post("/api/invitations/accept")
        .then()
        .statusCode(400)
        .extract()
        .jsonPath()
        .getString("title");
  }

  /** Clicks a button that opens a dialog through ajax and waits until the dialog shows. */
  /** The people table's row of {@code username}. */
  private static org.openqa.selenium.WebElement rowOf(String username) {
    return browser.waitFor(
        d ->
            d.findElements(By.cssSelector("#people\\:table tbody tr")).stream()
                .filter(r -> r.getText().contains(username))
                .findFirst()
                .orElse(null));
  }

  private static void openDialog(String button, String dialogId) {
    browser.find(button).click();
    browser.waitFor(d -> d.findElement(By.id(dialogId)).isDisplayed());
  }

  /** Ticks the checkbox of {@code value} in a PrimeFaces checkbox group, as a person would. */
  private static void tick(String groupId, String value) {
    WebElement input = browser.find("#" + groupId + " input[value='" + value + "']");
    input
        .findElement(By.xpath("../following-sibling::div[contains(@class,'ui-chkbox-box')]"))
        .click();
    browser.waitFor(d -> input.isSelected());
  }
}
