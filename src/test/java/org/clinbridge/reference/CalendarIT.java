package org.clinbridge.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Black-box: the working-day calendar loaded at the first start, its arithmetic, and a district
 * administrator's changes. Changes go to years of their own (2027 gets only New Year's Day, which
 * every notice names; the rest go to a random far year), so that other tests counting working days
 * across 2025-2026 never see them.
 */
public class CalendarIT {
  static final String CALENDAR = "/api/reference/calendar";

  @BeforeAll
  static void app() {
    Api.base();
  }

  public static Map<String, Object> day(String date, String kind, String zh, String en) {
    return Map.of("date", date, "kind", kind, "name", Map.of("zh", zh, "en", en));
  }

  /** A year from 2040 on that the calendar does not hold yet. */
  static int freeYear() {
    List<Integer> held =
        Api.anonymous()
            .get(CALENDAR + "/years")
            .then()
            .statusCode(200)
            .extract()
            .path("items.year");
    int year;
    do {
      year = ThreadLocalRandom.current().nextInt(2040, 2100);
      // The next year free too: tests name a day of year + 1 as a wrong date, and a day another
      // notice already holds would be refused a second time for that.
    } while (held.contains(year) || held.contains(year + 1));
    return year;
  }

  public static Response addNotice(int year, List<Map<String, Object>> days) {
    return Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "year",
                year,
                "notice",
                "国务院办公厅关于" + year + "年部分节假日安排的通知",
                "noticePublished",
                (year - 1) + "-11-10",
                "days",
                days))
        .post(CALENDAR + "/years");
  }

  @Test
  void fiveWorkingDaysFromTheTwelfthOfFebruary2026AreTheTwentySixth() {
    Api.anonymous()
        .queryParam("from", "2026-02-12")
        .queryParam("add", 5)
        .get(CALENDAR + "/working-days")
        .then()
        .statusCode(200)
        .body("date", equalTo("2026-02-26"));
    Api.anonymous()
        .queryParam("from", "2026-02-12")
        .queryParam("to", "2026-02-26")
        .get(CALENDAR + "/working-days")
        .then()
        .statusCode(200)
        .body("workingDays", equalTo(5));
  }

  @Test
  void listsTheDaysOfFebruary2026WithKindsAndNames() {
    JsonPath days =
        Api.anonymous()
            .queryParam("from", "2026-02-01")
            .queryParam("to", "2026-02-28")
            .get(CALENDAR)
            .then()
            .statusCode(200)
            .body("items", hasSize(28))
            .extract()
            .jsonPath();
    assertThat(days.getString("items[13].date")).isEqualTo("2026-02-14");
    assertThat(days.getString("items[13].kind")).isEqualTo("WORKDAY");
    assertThat(days.getBoolean("items[13].working")).isTrue();
    assertThat(days.getString("items[13].weekday")).isEqualTo("SATURDAY");
    assertThat(days.getString("items[13].name.zh")).isEqualTo("春节调休上班");
    assertThat(days.getString("items[14].kind")).isEqualTo("HOLIDAY");
    assertThat(days.getString("items[14].name.en")).isEqualTo("Spring Festival");
    assertThat(days.getString("items[0].kind")).isEqualTo("WEEKEND");
    assertThat(days.getString("items[1].kind")).isEqualTo("WEEKDAY");
    assertThat(days.<Boolean>getList("items.working").stream().filter(w -> w)).hasSize(16);
    assertThat(days.getString("next")).isNull();
  }

  @Test
  void aDateOutsideTheYearsHeldIsAProblemNeverAGuess() {
    Api.anonymous()
        .header("Accept-Language", "en")
        .queryParam("from", "2030-03-01")
        .queryParam("add", 1)
        .get(CALENDAR + "/working-days")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:clinbridge:problem:calendar-year-not-held"))
        .body("detail", containsString("2030-03-02"));
    Api.anonymous()
        .header("Accept-Language", "zh-CN")
        .queryParam("from", "2030-01-01")
        .queryParam("to", "2030-01-31")
        .get(CALENDAR)
        .then()
        .statusCode(422)
        .body("title", equalTo("日历中没有该年度"));
  }

  @Test
  void badQueriesAre400sNamingTheField() {
    Api.anonymous()
        .queryParam("from", "2025-01-01")
        .queryParam("to", "2026-01-02")
        .get(CALENDAR)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("to"));
    Api.anonymous()
        .queryParam("from", "2026-02-30")
        .queryParam("add", 1)
        .get(CALENDAR + "/working-days")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("from"));
    Api.anonymous()
        .queryParam("from", "2026-02-12")
        .queryParam("add", "five")
        .get(CALENDAR + "/working-days")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("add"));
    Api.anonymous()
        .queryParam("from", "2026-02-12")
        .get(CALENDAR + "/working-days")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("add"));
    Api.anonymous().get(CALENDAR).then().statusCode(400).body("violations.field", hasItem("from"));
  }

  @Test
  void theBundledNoticesAreHeld() {
    Api.anonymous()
        .get(CALENDAR + "/years/2026")
        .then()
        .statusCode(200)
        .body("notice", equalTo("国务院办公厅关于2026年部分节假日安排的通知"))
        .body("noticePublished", equalTo("2025-11-04"))
        .body("loadedBy", equalTo("system"))
        .body("days", hasSize(39));
    Api.anonymous().get(CALENDAR + "/years/2030").then().statusCode(404);
  }

  @Test
  void anAdministratorAddsThe2027NoticeAndThen2027Counts() {
    // Only New Year's Day: every notice names it, so tests that count into 2027 stay right.
    Response r = addNotice(2027, List.of(day("2027-01-01", "HOLIDAY", "元旦", "New Year's Day")));
    if (r.statusCode() == 409) {
      // A database kept from an earlier run holds 2027 already.
      r.then().body("type", equalTo("urn:clinbridge:problem:calendar-year-held"));
    } else {
      r.then()
          .statusCode(201)
          .header("Location", containsString("/api/reference/calendar/years/2027"))
          .body("year", equalTo(2027))
          .body("days[0].kind", equalTo("HOLIDAY"));
    }
    // Thursday 31 December 2026 + 1: Friday 1 January is New Year's Day, then the weekend.
    Api.anonymous()
        .queryParam("from", "2026-12-31")
        .queryParam("add", 1)
        .get(CALENDAR + "/working-days")
        .then()
        .statusCode(200)
        .body("date", equalTo("2027-01-04"));
    addNotice(2027, List.of(day("2027-01-01", "HOLIDAY", "元旦", "New Year's Day")))
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:calendar-year-held"));
  }

  @Test
  void aNoticeWithWrongDatesIsRefusedWholeNamingEach() {
    int year = freeYear();
    addNotice(
            year,
            List.of(
                day(year + "-01-01", "HOLIDAY", "元旦", "New Year's Day"),
                day(year + 1 + "-01-01", "HOLIDAY", "元旦", "New Year's Day"),
                day(year + "-01-01", "HOLIDAY", "元旦", "New Year's Day"),
                day(inMarch(year, DayOfWeek.MONDAY), "WORKDAY", "调休", "Make-up day")))
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:clinbridge:problem:validation"))
        .body("violations.field", equalTo(List.of("days[1].date", "days[2].date", "days[3].kind")));
    Api.anonymous().get(CALENDAR + "/years/" + year).then().statusCode(404);
  }

  @Test
  void anAdministratorAddsANoticeFromACsvFile() {
    int year = freeYear();
    String saturday = inMarch(year, DayOfWeek.SATURDAY);
    String monday = inMarch(year, DayOfWeek.MONDAY);
    String bad =
        "date,kind,name_zh,name_en\n"
            + year
            + "-01-01,HOLIDAY,元旦,New Year's Day\n"
            + monday
            + ",WORKDAY,调休上班,Make-up working day\n"
            + year
            + "-13-01,HOLIDAY,元旦,New Year's Day\n";
    Api.asAdmin()
        .contentType("text/csv; charset=UTF-8")
        .queryParam("notice", "国务院办公厅关于" + year + "年部分节假日安排的通知")
        .body(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post(CALENDAR + "/years/" + year + "/notice")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:clinbridge:problem:import-rejected"))
        .body("violations.field", equalTo(List.of("line 4: date", "line 3: kind")));
    Api.anonymous().get(CALENDAR + "/years/" + year).then().statusCode(404);
    String good =
        "\uFEFFdate,kind,name_zh,name_en\n"
            + year
            + "-01-01,HOLIDAY,元旦,New Year's Day\n"
            + saturday
            + ",WORKDAY,调休上班,Make-up working day\n";
    Api.asAdmin()
        .contentType("text/csv; charset=UTF-8")
        .queryParam("notice", "国务院办公厅关于" + year + "年部分节假日安排的通知")
        .queryParam("published", (year - 1) + "-11-12")
        .body(good.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post(CALENDAR + "/years/" + year + "/notice")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/reference/calendar/years/" + year))
        .body("noticePublished", equalTo((year - 1) + "-11-12"))
        .body("days", hasSize(2));
    assertThat(isWorking(saturday)).isTrue();
    Api.asAdmin()
        .contentType("text/csv; charset=UTF-8")
        .queryParam("notice", "again")
        .body(good.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post(CALENDAR + "/years/" + year + "/notice")
        .then()
        .statusCode(409);
  }

  @Test
  void anAdministratorCorrectsAddsAndRemovesDatesWithAReason() {
    int year = freeYear();
    String saturday = inMarch(year, DayOfWeek.SATURDAY);
    addNotice(
            year,
            List.of(
                day(year + "-01-01", "HOLIDAY", "元旦", "New Year's Day"),
                day(saturday, "WORKDAY", "调休上班", "Make-up working day")))
        .then()
        .statusCode(201)
        .body("days", hasSize(2));
    assertThat(isWorking(saturday)).isTrue();

    // Correct: the Saturday is a holiday after all.
    Response read = Api.anonymous().get(CALENDAR + "/days/" + saturday);
    read.then().statusCode(200).body("kind", equalTo("WORKDAY"));
    String etag = read.header("ETag");
    assertThat(etag).isNotBlank();
    Map<String, Object> correction =
        Map.of("kind", "HOLIDAY", "name", Map.of("zh", "春节", "en", "Spring Festival"));
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(correction)
        .put(CALENDAR + "/days/" + saturday)
        .then()
        .statusCode(428);
    Response corrected =
        Api.asAdmin()
            .contentType(ContentType.JSON)
            .header("If-Match", etag)
            .body(correction)
            .put(CALENDAR + "/days/" + saturday);
    corrected.then().statusCode(200).body("kind", equalTo("HOLIDAY"));
    assertThat(isWorking(saturday)).isFalse();
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(correction)
        .put(CALENDAR + "/days/" + saturday)
        .then()
        .statusCode(412);

    // Remove with a reason: the date follows the week again, the row stays for the record.
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .header("If-Match", corrected.header("ETag"))
        .body(Map.of("reason", " "))
        .post(CALENDAR + "/days/" + saturday + "/void")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("reason"));
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .header("If-Match", corrected.header("ETag"))
        .body(Map.of("reason", "Entered from a draft of the notice"))
        .post(CALENDAR + "/days/" + saturday + "/void")
        .then()
        .statusCode(200)
        .body("voiding.reason", equalTo("Entered from a draft of the notice"));
    Api.anonymous()
        .get(CALENDAR + "/days/" + saturday)
        .then()
        .statusCode(200)
        .body("kind", equalTo("WEEKEND"))
        .body("name", nullValue());
    Api.anonymous()
        .get(CALENDAR + "/years/" + year)
        .then()
        .body("days.date", equalTo(List.of(year + "-01-01")));
    Api.anonymous()
        .get(CALENDAR + "/years/" + year + "?includeVoided=true")
        .then()
        .body("days", hasSize(2))
        .body("days[1].voiding.by", equalTo("admin"));
    Api.asAdmin()
        .get("/api/audit?entity=calendar-day&id=" + saturday)
        .then()
        .statusCode(200)
        .body("items.action", equalTo(List.of("voided", "corrected")))
        .body("items[0].reason", equalTo("Entered from a draft of the notice"))
        .body("items[1].before.kind", equalTo("WORKDAY"));

    // Add the date again, as a worked Saturday.
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(day(saturday, "WORKDAY", "调休上班", "Make-up working day"))
        .post(CALENDAR + "/years/" + year + "/days")
        .then()
        .statusCode(201)
        .header("ETag", equalTo("\"1\""));
    assertThat(isWorking(saturday)).isTrue();
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(day(saturday, "WORKDAY", "调休上班", "Make-up working day"))
        .post(CALENDAR + "/years/" + year + "/days")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("date"));
  }

  @Test
  void onlyTheDistrictAdministratorChangesTheCalendar() {
    Api.TestUser manager = Api.user(OrganisationKind.UNIVERSITY, Role.TECH_MANAGER);
    int year = freeYear();
    manager
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "year",
                year,
                "notice",
                "x",
                "days",
                List.of(day(year + "-01-01", "HOLIDAY", "元旦", "New Year's Day"))))
        .post(CALENDAR + "/years")
        .then()
        .statusCode(403);
    manager
        .api()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("reason", "no"))
        .post(CALENDAR + "/days/2026-02-14/void")
        .then()
        .statusCode(403);
    Api.anonymous().get(CALENDAR + "/years/" + year).then().statusCode(404);
    Api.anonymous()
        .get(CALENDAR + "/days/2026-02-14")
        .then()
        .statusCode(200)
        .body("kind", equalTo("WORKDAY"));
  }

  @Test
  void theStationsHoursAreData() {
    Response r = Api.anonymous().get("/api/reference/working-hours");
    r.then()
        .statusCode(200)
        .body("zone", equalTo("Asia/Shanghai"))
        .body("periods", equalTo("09:00-12:00,13:30-17:30"));
    String etag = r.header("ETag");
    putHours(etag, "Asia/Shanghai", "09:00-12:00,11:00-17:30")
        .statusCode(400)
        .body("violations.field", hasItem("periods"));
    putHours(etag, "Mars/Olympus", "09:00-12:00")
        .statusCode(400)
        .body("violations.field", hasItem("zone"));
    // The same hours written another way: read back in the order of the day, a new ETag.
    putHours(etag, "Asia/Shanghai", "13:30-17:30, 09:00-12:00")
        .statusCode(200)
        .body("periods", equalTo("09:00-12:00,13:30-17:30"))
        .body("updatedBy", equalTo("admin"))
        .header("ETag", not(equalTo(etag)));
  }

  @Test
  void workingTimeAcrossTheSpringFestivalOnTheStationsHours() {
    // Friday 13 February 2026 16:00 in Shanghai: 1.5 h, the worked Saturday's 7 h, the holiday,
    // then Tuesday 24 February until 10:00.
    Api.anonymous()
        .queryParam("from", "2026-02-13T08:00:00Z")
        .queryParam("to", "2026-02-24T02:00:00Z")
        .get("/api/reference/working-hours/elapsed")
        .then()
        .statusCode(200)
        .body("minutes", equalTo(570))
        .body("elapsed", equalTo("PT9H30M"));
    Api.anonymous()
        .queryParam("from", "2026-02-13T08:00:00Z")
        .queryParam("work", "PT8H30M")
        .get("/api/reference/working-hours/after")
        .then()
        .statusCode(200)
        .body("at", equalTo("2026-02-14T09:30:00Z"));
    Api.anonymous()
        .queryParam("from", "2026-02-13 16:00")
        .queryParam("work", "PT1H")
        .get("/api/reference/working-hours/after")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("from"));
    Api.anonymous()
        .queryParam("from", "2030-02-13T08:00:00Z")
        .queryParam("work", "PT1H")
        .get("/api/reference/working-hours/after")
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:clinbridge:problem:calendar-year-not-held"));
  }

  static ValidatableResponse putHours(String etag, String zone, String periods) {
    return Api.asAdmin()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(Map.of("zone", zone, "periods", periods))
        .put("/api/reference/working-hours")
        .then();
  }

  static boolean isWorking(String date) {
    return Api.anonymous()
        .get(CALENDAR + "/days/" + date)
        .then()
        .statusCode(200)
        .extract()
        .path("working");
  }

  /** The first {@code weekday} of March in {@code year}, outside any holiday of these tests. */
  static String inMarch(int year, DayOfWeek weekday) {
    return LocalDate.of(year, 3, 1).with(TemporalAdjusters.nextOrSame(weekday)).toString();
  }
}
