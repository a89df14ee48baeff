package org.clinbridge.district;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinbridge.testing.Browser;
import org.clinbridge.testing.RunningApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The quickstart (embedded H2, no database configured) with the demo switch, as a newcomer runs it:
 * the quickstart's own promises (H2 file kept, reference data, sign-in and dashboard SQL on H2, no
 * migration twice after a restart), and the demo district played once at the first start, its
 * people's passwords are in the log, every role signs in to the pages and finds its work (the
 * dashboard and portfolio with charts drawn, in both languages; a hospital's scenes; a founder's
 * projects; the consultation queue), and a restart plays nothing again.
 */
@Tag("browser")
class DemoDistrictIT {
  private static final Pattern PERSON = Pattern.compile("^\\s+(\\S+)\\s+(\\S+)\\s+([A-Z_]+)\\s");

  @Test
  void theDemoDistrictIsPlayedOnceAndEveryRoleFindsItsWork(@TempDir Path data) throws Exception {
    Map<String, String> passwords;
    int migrations;
    RunningApp first = RunningApp.demo(data);
    long from = logSize(first);
    try (RunningApp app = first.start()) {
      String log = awaitLog(app, from, "Demo district ready");
      passwords = people(log.substring(log.indexOf("Demo district ready")));
      assertThat(passwords)
          .containsKeys(
              "wang.min",
              "liu.yang",
              "chen.jing",
              "zhao.lei",
              "sun.li",
              "zhou.qiang",
              "wu.tao",
              "founder.heartwise",
              "founder.geneatlas")
          .hasSize(19);

      migrations = quickstartOnH2(app, data);
      String admin = token(app, "admin", RunningApp.adminPassword());
      JsonPath district = dashboard(app, admin);
      assertThat(district.getString("scope")).isEqualTo("DISTRICT");
      assertThat(district.getList("funnel.reached", Integer.class)).containsExactly(13, 8, 6, 3);
      assertThat(district.getInt("funnel[3].graduated")).isEqualTo(1);
      assertThat(
              district.getList("contracts.signed", Integer.class).stream().mapToInt(i -> i).sum())
          .isEqualTo(10);
      assertThat(district.getList("licences.state", String.class))
          .contains("UNDER_TECHNICAL_REVIEW", "SUPPLEMENT_REQUESTED", "APPROVED");
      assertThat(district.getLong("renewals.count")).isEqualTo(2);
      assertThat(district.getLong("deskBacklog")).isEqualTo(5);
      JsonPath portfolio =
          given()
              .baseUri(app.baseUrl())
              .header(
                  "Authorization", "Bearer " + token(app, "wang.min", passwords.get("wang.min")))
              .get("/api/dashboard/portfolio")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(portfolio.getList("items.kind", String.class))
          .contains("milestone-due", "tranche-review", "contract-review", "consultation-open");

      try (Browser browser = Browser.open(app.baseUrl())) {
        signIn(browser, "admin", RunningApp.adminPassword());
        browser.go("/app/dashboard.xhtml");
        // Every page names its icon, and the icon is there.
        String icon =
            browser.driver().findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
        given().get(icon).then().statusCode(200).contentType("image/svg+xml");
        assertThat(browser.text("#dashboard-title")).isEqualTo("District dashboard");
        chartsDrawn(browser);
        assertThat(browser.text("#contracts-total")).contains("10 contracts");
        browser.clickAndLoad("#language\\:lang-zh");
        assertThat(browser.text("#dashboard-title")).isEqualTo("区域看板");
        chartsDrawn(browser);
        browser.screenshot("dashboard-zh");
        browser.clickAndLoad("#language\\:lang-en");
        browser.screenshot("dashboard-en");
        // A stage of the funnel leads to the projects in it.
        browser.clickAndLoad("#charts\\:funnel a[href*='stage=PILOT_MATURATION']");
        assertThat(browser.path()).contains("projects.xhtml");
        assertThat(browser.text("body"))
            .contains("Wearable ECG patch")
            .doesNotContain("Endoscopic stapler");

        signIn(browser, "wang.min", passwords.get("wang.min"));
        browser.go("/app/dashboard.xhtml");
        assertThat(browser.text("#dashboard-title")).isEqualTo("My portfolio figures");
        chartsDrawn(browser);
        browser.go("/app/portfolio.xhtml");
        assertThat(browser.text("#items")).contains("Milestone", "Type test report", "P-");
        browser.screenshot("portfolio-en");

        signIn(browser, "chen.jing", passwords.get("chen.jing"));
        // The home page says what waits for her: the draft and the applications in review.
        browser.go("/app/home.xhtml");
        assertThat(browser.text("#tasks"))
            .contains("1 draft scene to publish")
            .contains("2 applications to review")
            .containsPattern("\\d+ unread messages? in your inbox");
        // The inbox task opens the unread messages only.
        browser.clickAndLoad("a.task-inbox");
        assertThat(browser.path()).contains("unread=true");
        assertThat(browser.find("#inbox\\:unread-only_input").isSelected()).isTrue();
        // Times on the pages are the district's (the API keeps UTC): her newest notification came
        // with the demo, a few minutes ago in Beijing.
        browser.go("/app/inbox.xhtml");
        java.time.LocalDateTime received =
            java.time.LocalDateTime.parse(
                browser.text("td.cb-when-column").substring(0, 16).replace(' ', 'T'));
        java.time.LocalDateTime beijing =
            java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(java.time.Duration.between(received, beijing).abs())
            .isLessThan(Duration.ofMinutes(20));
        browser.go("/app/scenes.xhtml");
        assertThat(browser.text("body")).contains("Clinical evaluation of wearable ECG monitors");
        browser.go("/app/dashboard.xhtml");
        assertThat(browser.text("body")).doesNotContain("District dashboard");

        signIn(browser, "founder.precisedx", passwords.get("founder.precisedx"));
        browser.go("/app/home.xhtml");
        assertThat(browser.text("#tasks")).contains("1 question from a hospital to answer");

        signIn(browser, "founder.heartwise", passwords.get("founder.heartwise"));
        // The hospital accepted its application with conditions a moment ago: news on the home
        // page.
        browser.go("/app/home.xhtml");
        assertThat(browser.text("#tasks"))
            .contains("1 hospital decision on your applications in the last two weeks");
        browser.go("/app/projects.xhtml");
        assertThat(browser.text("body"))
            .contains("Wearable ECG patch", "AI atrial fibrillation detection")
            .doesNotContain("Handheld ultrasound");

        signIn(browser, "wu.tao", passwords.get("wu.tao"));
        browser.go("/app/people.xhtml");
        assertThat(browser.text("body")).contains("wu.tao").doesNotContain("wang.min");

        signIn(browser, "sun.li", passwords.get("sun.li"));
        browser.go("/app/home.xhtml");
        assertThat(browser.text("#tasks")).contains("3 new or reopened questions at the station");
        browser.go("/app/consultations.xhtml");
        assertThat(browser.text("body")).contains("心电贴注册检验周期");
      }
    }
    // A restart, or a second instance on the same database, plays nothing again.
    RunningApp second = RunningApp.demo(data);
    long restart = logSize(second);
    try (RunningApp again = second.start()) {
      String log = awaitLog(again, restart, "already holds a district");
      assertThat(log).doesNotContain("Demo district ready");
      // The H2 file was kept, and no migration ran twice.
      assertThat(log).contains("0 migrations applied now");
      assertThat(appliedMigrations(again)).isEqualTo(migrations);
      given()
          .baseUri(again.baseUrl())
          .get("/api/reference/nmpa-subcatalogues")
          .then()
          .statusCode(200)
          .body("items.size()", org.hamcrest.Matchers.equalTo(22));
    }
  }

  /**
   * What the quickstart a newcomer runs must do with no database configured: keep an embedded H2
   * file under its data directory, load the reference data, make admin with the configured
   * password, and run sign-in's own SQL (the signing key and the failure counters, inserted with
   * "on conflict do nothing") and the dashboard's aggregates (percentiles, epoch arithmetic, year
   * and month of a date) on H2 as on PostgreSQL. The demo switch only adds the district on top, so
   * one start serves both (a start costs half a minute). Returns the migrations applied.
   */
  private static int quickstartOnH2(RunningApp app, Path data) {
    given()
        .baseUri(app.baseUrl())
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body(
            "checks.find { it.name == 'database' }.data.product",
            org.hamcrest.Matchers.equalTo("H2"));
    given()
        .baseUri(app.baseUrl())
        .get("/api/reference/nmpa-subcatalogues/07")
        .then()
        .statusCode(200)
        .body("name.zh", org.hamcrest.Matchers.equalTo("医用诊察和监护器械"));
    assertThat(data.resolve("clinbridge.mv.db")).exists();
    given()
        .baseUri(app.baseUrl())
        .contentType("application/json")
        .body(Map.of("username", "admin", "password", "wrong-password"))
        .post("/api/auth/token")
        .then()
        .statusCode(401);
    String admin = token(app, "admin", RunningApp.adminPassword());
    given()
        .baseUri(app.baseUrl())
        .header("Authorization", "Bearer " + admin)
        .get("/api/organisations?limit=100")
        .then()
        .statusCode(200)
        .body("items.kind", org.hamcrest.Matchers.hasItem("DISTRICT"));
    given()
        .baseUri(app.baseUrl())
        .header("Authorization", "Bearer " + admin)
        .get("/api/dashboard/portfolio")
        .then()
        .statusCode(200);
    return appliedMigrations(app);
  }

  /** Flyway's history rows, from the instance's own readiness data. */
  private static int appliedMigrations(RunningApp app) {
    return given()
        .baseUri(app.baseUrl())
        .get("/health/ready")
        .jsonPath()
        .getInt("checks.find { it.name == 'database' }.data.migrations");
  }

  private static void chartsDrawn(Browser browser) {
    browser.waitFor(
        d ->
            d.findElements(By.cssSelector(".cb-chart[data-drawn='true'] svg")).size()
                == d.findElements(By.cssSelector(".cb-chart")).size());
  }

  private static void signIn(Browser browser, String username, String password) {
    browser.driver().manage().deleteAllCookies();
    browser.go("/app/login.xhtml");
    browser.type("#signin\\:username", username);
    browser.type("#signin\\:password", password);
    browser.clickAndLoad("#signin\\:submit");
    browser.find("#shell");
  }

  private static JsonPath dashboard(RunningApp app, String token) {
    return given()
        .baseUri(app.baseUrl())
        .header("Authorization", "Bearer " + token)
        .get("/api/dashboard")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String token(RunningApp app, String username, String password) {
    return given()
        .baseUri(app.baseUrl())
        .contentType("application/json")
        .body(Map.of("username", username, "password", password))
        .post("/api/auth/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  /** The people's lines of the log's table (username, password, role), up to its end. */
  static Map<String, String> people(String table) {
    Map<String, String> passwords = new HashMap<>();
    for (String line : table.lines().skip(1).toList()) {
      Matcher m = PERSON.matcher(line);
      if (!m.find()) {
        break;
      }
      passwords.put(m.group(1), m.group(2));
    }
    return passwords;
  }

  /** The log files are appended to across runs: only what this start wrote counts. */
  private static long logSize(RunningApp app) throws Exception {
    return Files.exists(app.log()) ? Files.size(app.log()) : 0;
  }

  private static String awaitLog(RunningApp app, long from, String text) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      byte[] all = Files.readAllBytes(app.log());
      String log =
          new String(
              all,
              (int) Math.min(from, all.length),
              (int) Math.max(0, all.length - from),
              java.nio.charset.StandardCharsets.UTF_8);
      if (log.contains(text)) {
        return log;
      }
      if (log.contains("The demo district could not be played")) {
        throw new AssertionError(
            "the demo failed:\n" + log.substring(log.indexOf("The demo district could not")));
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no \"" + text + "\" in the log " + app.log());
  }
}
