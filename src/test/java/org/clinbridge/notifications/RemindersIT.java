package org.clinbridge.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.licensing.LicensingFixtures;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.reference.CalendarIT;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.Api.TestUser;
import org.clinbridge.testing.TestDatabase;
import org.clinbridge.testing.TestSmtp;
import org.junit.jupiter.api.Test;

/**
 * Black-box: a milestone due in 7 working days gives exactly one reminder in the start-up's inbox
 * and one e-mail through the outbox, however often the reminders job runs; a message addressed to
 * one person is theirs alone, in the inbox and by e-mail.
 */
class RemindersIT {
  private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

  @Test
  void aMilestoneDueInSevenWorkingDaysGivesOneReminderAndOneEmailHoweverOftenTheJobRuns()
      throws Exception {
    String address = "founder-" + UUID.randomUUID() + "@startup.test";
    TestUser founder = startUp(address);
    String project = ProjectsFixtures.createProject(founder);
    LocalDate due = workingDaysFromToday(7);
    String milestone = ProjectsFixtures.milestone(founder, project, due);
    String link = "/api/projects/" + project + "/milestones/" + milestone;

    for (int run = 0; run < 3; run++) {
      Api.asAdmin()
          .post("/api/admin/jobs/reminders/run")
          .then()
          .statusCode(200)
          .body("outcome", equalTo("SUCCEEDED"));
    }

    List<Map<String, Object>> reminders = inbox(founder, link);
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).get("kind")).isEqualTo("milestone-due");
    assertThat(reminders.get(0).get("personal")).isEqualTo(false);
    @SuppressWarnings("unchecked")
    Map<String, String> body = (Map<String, String>) reminders.get(0).get("body");
    assertThat(body.get("en")).contains("deadline " + due, "7 working days left");
    assertThat(body.get("zh")).contains("截止日期 " + due, "还剩 7 个工作日");

    List<String> mails = TestSmtp.subjectsTo(address, 15_000);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0)).startsWith("提醒：").contains(" / Reminder: ", "deadline " + due);
    // A late duplicate would arrive within the outbox's own send right after each commit.
    Thread.sleep(1500);
    assertThat(TestSmtp.subjectsTo(address, 0)).hasSize(1);

    Api.asAdmin()
        .get("/api/admin/jobs")
        .then()
        .statusCode(200)
        .body("find { it.name == 'reminders' }.lastRun.summary", containsString(" due, "))
        .body("find { it.name == 'mail-outbox' }.intervalSeconds", equalTo(60));
  }

  @Test
  void aCertificatesRenewalReminderArrivesOnceInTheInboxAndByEmail() throws Exception {
    String address = "holder-" + UUID.randomUUID() + "@startup.test";
    TestUser founder = startUp(address);
    String project = ProjectsFixtures.createProject(founder);
    // Expires in 11 months: the last day to apply for renewal is in 5 months, so the reminder
    // 12 months before expiry is due (and the 18-month one passed unsent: only the nearest goes).
    LocalDate today = LocalDate.now(DISTRICT);
    JsonPath certificate =
        LicensingFixtures.certificate(
            founder, project, "07", today.plusMonths(11).minusYears(5).plusDays(1));
    String number = certificate.getString("number");
    LocalDate expires = LocalDate.parse(certificate.getString("expiresOn"));
    assertThat(expires).isEqualTo(today.plusMonths(11));

    for (int run = 0; run < 2; run++) {
      Api.asAdmin().post("/api/admin/jobs/reminders/run").then().statusCode(200);
    }

    List<Map<String, Object>> reminders =
        inbox(founder, "/api/certificates/" + certificate.getString("id"));
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).get("kind")).isEqualTo("certificate-renewal-due");
    @SuppressWarnings("unchecked")
    Map<String, String> subject = (Map<String, String>) reminders.get(0).get("subject");
    assertThat(subject.get("en"))
        .contains("Renewal application for certificate " + number, "expires on " + expires)
        .contains("deadline " + expires.minusMonths(6));
    List<String> mails = TestSmtp.subjectsTo(address, 15_000);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0)).contains(number);
    Thread.sleep(1500);
    assertThat(TestSmtp.subjectsTo(address, 0)).hasSize(1);
  }

  @Test
  void aBreachedServiceLevelIsNoticedOnceByTheStationThenByTheAssignedConsultant()
      throws Exception {
    TestUser founder = startUp("sla-" + UUID.randomUUID() + "@startup.test");
    TestUser consultant = Api.user(OrganisationKind.CONSULTATION_STATION, Role.CONSULTANT);
    String id =
        founder
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "topic", "CLASSIFICATION",
                    "subject", "时限 " + UUID.randomUUID().toString().substring(0, 6),
                    "question", "心电贴属于第几类？"))
            .post("/api/consultations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // Asked 20 days ago: both service levels (8 and 35 working hours) breached within the month.
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement("update consultation set created_at = ? where public_id = ?")) {
      ps.setObject(1, OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(20));
      ps.setObject(2, UUID.fromString(id));
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    String link = "/api/consultations/" + id;
    holdYearsAround(LocalDate.now(DISTRICT).minusDays(20));
    runReminders(2);
    // Unassigned: every station hears of it, once, addressed to the station, not to a person.
    List<Map<String, Object>> station = inbox(consultant, link);
    assertThat(station)
        .extracting(m -> m.get("kind"))
        .containsExactlyInAnyOrder(
            "consultation-first-response-overdue", "consultation-resolution-overdue");
    assertThat(station).allSatisfy(m -> assertThat(m.get("personal")).isEqualTo(false));

    // The consultant answers and so takes it: the resolution level now concerns them alone.
    consultant
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "第二类", "internal", false))
        .post(link + "/messages")
        .then()
        .statusCode(200);
    runReminders(2);
    List<Map<String, Object>> personal =
        inbox(consultant, link).stream()
            .filter(m -> Boolean.TRUE.equals(m.get("personal")))
            .toList();
    assertThat(personal)
        .extracting(m -> m.get("kind"))
        .containsExactly("consultation-resolution-overdue");
  }

  private static void runReminders(int times) {
    for (int run = 0; run < times; run++) {
      Api.asAdmin()
          .post("/api/admin/jobs/reminders/run")
          .then()
          .statusCode(200)
          .body("outcome", equalTo("SUCCEEDED"));
    }
  }

  @Test
  void theStationsAnswerGoesToTheAskerAloneInTheInboxAndByEmail() {
    String orgAddress = "office-" + UUID.randomUUID() + "@startup.test";
    TestUser colleague = startUp(orgAddress);
    String askerAddress = "asker-" + UUID.randomUUID() + "@startup.test";
    TestUser asker = member(colleague.organisation(), askerAddress);
    TestUser consultant = Api.user(OrganisationKind.CONSULTATION_STATION, Role.CONSULTANT);

    Map<String, Object> question =
        Map.of(
            "topic", "CLASSIFICATION",
            "subject", "心电贴分类 " + UUID.randomUUID().toString().substring(0, 6),
            "question", "单导联心电贴属于第几类医疗器械？");
    String id =
        asker
            .api()
            .contentType(ContentType.JSON)
            .body(question)
            .post("/api/consultations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    consultant
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "按子目录 07-03 属于第二类", "internal", false))
        .post("/api/consultations/" + id + "/messages")
        .then()
        .statusCode(200);

    String link = "/api/consultations/" + id;
    List<Map<String, Object>> answered = inbox(asker, link);
    assertThat(answered).hasSize(1);
    assertThat(answered.get(0).get("kind")).isEqualTo("consultation-answered");
    assertThat(answered.get(0).get("personal")).isEqualTo(true);
    String notification = (String) answered.get(0).get("id");

    // The colleague in the same start-up neither lists it, counts it, nor may open it.
    assertThat(inbox(colleague, link)).isEmpty();
    assertThat(colleague.api().get("/api/notifications/unread-count").path("unread").toString())
        .isEqualTo("0");
    colleague
        .api()
        .post("/api/notifications/" + notification + "/read")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    asker.api().post("/api/notifications/" + notification + "/read").then().statusCode(200);

    assertThat(TestSmtp.subjectsTo(askerAddress, 15_000))
        .containsExactly(
            "咨询站已答复“"
                + question.get("subject")
                + "” / The station answered \""
                + question.get("subject")
                + "\"");
    assertThat(TestSmtp.subjectsTo(orgAddress, 0)).isEmpty();
  }

  /** The messages of the user's inbox about the record at {@code link}. */
  private static List<Map<String, Object>> inbox(TestUser user, String link) {
    JsonPath inbox =
        user.api().get("/api/notifications?limit=200").then().statusCode(200).extract().jsonPath();
    return inbox.getList("items.findAll { it.link == '" + link + "' }");
  }

  /** The date N working days from today; a year the calendar lacks gets a minimal notice. */
  private static LocalDate workingDaysFromToday(int n) {
    LocalDate today = LocalDate.now(DISTRICT);
    holdYearsAround(today);
    Response r =
        Api.anonymous()
            .queryParam("from", today.toString())
            .queryParam("add", n)
            .get("/api/reference/calendar/working-days");
    r.then().statusCode(200);
    return LocalDate.parse(r.path("date"));
  }

  /**
   * This year and the next in the calendar: the bundled notices end with 2026, and a year whose
   * notice is missing gets a minimal one (New Year's Day is in every notice), as CalendarIT does.
   */
  private static void holdYearsAround(LocalDate today) {
    for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
      if (Api.anonymous().get("/api/reference/calendar/years/" + year).statusCode() == 404) {
        CalendarIT.addNotice(
            year, List.of(CalendarIT.day(year + "-01-01", "HOLIDAY", "元旦", "New Year's Day")));
      }
    }
  }

  /** A start-up whose contact address gets its organisation's e-mail, with one member. */
  private static TestUser startUp(String contactEmail) {
    return Api.user(
        Api.organisation(OrganisationKind.START_UP, contactEmail), Role.START_UP_MEMBER);
  }

  /** A member of the organisation with an e-mail address of their own. */
  private static TestUser member(Api.Org org, String email) {
    String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    String password = "pw-" + UUID.randomUUID();
    String id =
        Api.asAdmin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "organisationId",
                    org.id().toString(),
                    "username",
                    username,
                    "displayName",
                    "Asker " + username,
                    "email",
                    email,
                    "roles",
                    List.of("START_UP_MEMBER"),
                    "password",
                    password))
            .post("/api/accounts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return new TestUser(
        username,
        password,
        UUID.fromString(id),
        org,
        java.util.Set.of(Role.START_UP_MEMBER),
        Api.token(username, password));
  }
}
