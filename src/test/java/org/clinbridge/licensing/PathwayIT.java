package org.clinbridge.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.projects.ProjectsFixtures.TODAY;
import static org.clinbridge.projects.ProjectsFixtures.founder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.testing.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Black-box: the statutory clock an application shows as it moves, and the pathway planner with and
 * without a project.
 */
class PathwayIT {
  @BeforeAll
  static void app() {
    Api.base();
  }

  /**
   * The date {@code n} working days after {@code from} as the server's calendar answers it, or null
   * where the calendar does not hold the days (the clock then names no date either).
   */
  static String workingDaysAfter(LocalDate from, int n) {
    Response r =
        Api.asAdmin()
            .queryParam("from", from.toString())
            .queryParam("add", n)
            .get("/api/reference/calendar/working-days");
    if (r.statusCode() == 422) {
      assertThat(r.jsonPath().getString("type"))
          .isEqualTo("urn:clinbridge:problem:calendar-year-not-held");
      return null;
    }
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    return r.jsonPath().getString("date");
  }

  @Test
  void aSubmittedApplicationShowsItsAcceptanceClockAndAWithdrawalStopsIt() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    String id = LicensingIT.plan(founder, project, "INITIAL_REGISTRATION", "II");
    founder
        .api()
        .get("/api/licence-applications/" + id)
        .then()
        .statusCode(200)
        .body("clock", equalTo(null));
    LicensingIT.move(founder.api(), id, "IN_PREPARATION", null).then().statusCode(200);
    LicensingIT.ready(founder, id);
    JsonPath submitted =
        LicensingIT.move(founder.api(), id, "SUBMITTED", null)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(submitted.getString("clock.step")).isEqualTo("acceptance");
    assertThat(submitted.getInt("clock.limit")).isEqualTo(5);
    assertThat(submitted.getString("clock.counting")).isEqualTo("WORKING_DAYS");
    assertThat(submitted.getString("clock.startedOn")).isEqualTo(TODAY.toString());
    String due = workingDaysAfter(TODAY, 5);
    assertThat(submitted.getString("clock.dueOn")).isEqualTo(due);
    if (due != null) {
      assertThat(submitted.getInt("clock.daysUsed")).isZero();
      assertThat(submitted.getInt("clock.daysLeft")).isEqualTo(5);
      assertThat(submitted.getString("clock.status")).isEqualTo("RUNNING");
    } else {
      assertThat(submitted.getString("clock.status")).isEqualTo("CALENDAR_MISSING");
    }
    assertThat(submitted.getString("clock.name.zh")).isEqualTo("受理审查");

    JsonPath listed =
        founder
            .api()
            .get("/api/projects/" + project + "/licence-applications")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(listed.getString("items[0].clock.dueOn"))
        .isEqualTo(submitted.getString("clock.dueOn"));

    LicensingIT.move(founder.api(), id, "ACCEPTED", null)
        .then()
        .statusCode(200)
        .body("clock.step", equalTo("handover"))
        .body("clock.limit", equalTo(3));
    LicensingIT.move(founder.api(), id, "UNDER_TECHNICAL_REVIEW", null)
        .then()
        .statusCode(200)
        .body("clock.step", equalTo("technical-review"))
        .body("clock.limit", equalTo(60));
    Response csv =
        founder
            .api()
            .header("Accept-Language", "zh-CN")
            .get("/api/licence-applications/" + id + "/timeline.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    String text = new String(csv.asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF日期,事项,");
    List<String> lines = text.lines().toList();
    assertThat(lines.get(1)).contains("状态变更").contains("PLANNED");
    assertThat(lines).anyMatch(l -> l.contains(",SUBMITTED,") || l.endsWith(",SUBMITTED"));
    assertThat(lines.get(lines.size() - 1)).contains("技术审评").contains("UNDER_TECHNICAL_REVIEW");

    LicensingIT.move(founder.api(), id, "WITHDRAWN", "the design changed")
        .then()
        .statusCode(200)
        .body("clock", equalTo(null));
  }

  @Test
  void thePlannerWithoutAProjectIsPublicAndNamesEachAuthorityAndStage() {
    JsonPath plan =
        Api.anonymous()
            .get("/api/licensing/pathway?class=II&subcatalogue=07")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(plan.getList("steps.key", String.class))
        .containsExactly(
            "type-testing",
            "evaluation-equivalence",
            "initial-registration",
            "production-licence",
            "business-filing");
    assertThat(plan.getString("next")).isEqualTo("type-testing");
    assertThat(plan.getString("steps[2].authority")).isEqualTo("PROVINCE");
    assertThat(plan.getInt("steps[2].legalDays")).isEqualTo(88);
    assertThat(plan.getList("steps[2].stages.limit", Integer.class)).containsExactly(5, 3, 60, 20);
    assertThat(plan.getString("steps[2].from")).isEqualTo(TODAY.toString());
    assertThat(plan.getString("steps[2].legalLatestOn")).isEqualTo(workingDaysAfter(TODAY, 88));
    assertThat(plan.getString("steps[3].from")).isEqualTo(plan.getString("steps[2].legalLatestOn"));
    assertThat(plan.getString("steps[2].name.zh")).isEqualTo("产品注册");

    Api.anonymous()
        .get("/api/licensing/pathway?class=III&evaluation=CLINICAL_TRIAL&innovative=true")
        .then()
        .statusCode(200)
        .body("steps.key", hasItem("clinical-trial-approval"))
        .body("steps.key", hasItem("innovative-review"))
        .body("steps.find { it.key == 'initial-registration' }.authority", equalTo("NMPA"));
    Api.anonymous()
        .header("Accept-Language", "zh-CN")
        .get("/api/licensing/pathway?subcatalogue=07")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("class"));
    Api.anonymous()
        .get("/api/licensing/pathway?class=II&subcatalogue=99")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("subcatalogue"));
    Api.anonymous()
        .get("/api/licensing/pathway?class=IV")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("class"));
  }

  @Test
  void aProjectsPathwayShowsItsApplicationUnderWayAndOnlyItsOwnPeopleSeeIt() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    String id = LicensingIT.plan(founder, project, "INITIAL_REGISTRATION", "II");
    LicensingIT.move(founder.api(), id, "IN_PREPARATION", null).then().statusCode(200);
    LicensingIT.ready(founder, id);
    LicensingIT.move(founder.api(), id, "SUBMITTED", null).then().statusCode(200);

    JsonPath plan =
        founder
            .api()
            .get("/api/projects/" + project + "/pathway")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(plan.getString("deviceClass")).isEqualTo("II");
    assertThat(plan.getString("subcatalogue")).isEqualTo("07");
    assertThat(plan.getList("steps.progress", String.class))
        .containsExactly("DONE", "DONE", "IN_PROGRESS", "LATER", "LATER");
    assertThat(plan.getString("steps[2].application.id")).isEqualTo(id);
    assertThat(plan.getString("steps[2].application.clock.step")).isEqualTo("acceptance");
    assertThat(plan.getString("next")).isEqualTo("initial-registration");
    assertThat(plan.getString("steps[2].legalLatestOn")).isEqualTo(workingDaysAfter(TODAY, 88));

    for (Api.TestUser outsider :
        List.of(
            Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER),
            Api.user(OrganisationKind.CONSULTATION_STATION, Role.CONSULTANT))) {
      outsider.api().get("/api/projects/" + project + "/pathway").then().statusCode(404);
    }
    Api.anonymous().get("/api/projects/" + project + "/pathway").then().statusCode(401);
  }
}
