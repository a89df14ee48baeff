package org.clinbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.Api.TestUser;
import org.junit.jupiter.api.Test;

/**
 * What the hot read paths cost in SQL statements, from the {@code X-Statement-Count} header the
 * test instances send: signing a caller in with a valid token costs none once the caller is known,
 * one item costs a fixed handful, and a page of three rows costs what a page of one does, so a
 * regression to one query per row fails here.
 */
class StatementCountIT {
  final TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
  final TestUser consultant = Api.user(OrganisationKind.CONSULTATION_STATION, Role.CONSULTANT);

  static int statements(Response r) {
    r.then().statusCode(200);
    String h = r.header("X-Statement-Count");
    assertThat(h).as("the test instance counts statements").isNotNull();
    return Integer.parseInt(h);
  }

  /** The statements of the request, asked twice so the caller is known (the second is counted). */
  static int cost(Supplier<RequestSpecification> as, String path) {
    statements(as.get().get(path));
    return statements(as.get().get(path));
  }

  @Test
  void aKnownCallerWithAValidTokenCostsNoStatement() {
    String path = "/api/reference/calendar/working-days?from=2026-02-12&add=5";
    assertThat(cost(founder::api, path))
        .as("token checked by signature, the caller remembered: what the anonymous call costs")
        .isEqualTo(cost(Api::anonymous, path))
        .as("the calendar's revision check alone")
        .isEqualTo(1);
  }

  @Test
  void oneProjectCostsAFixedHandful() {
    String id = ProjectsFixtures.createProject(founder);
    assertThat(cost(founder::api, "/api/projects/" + id)).isLessThanOrEqualTo(6);
  }

  @Test
  void listPagesCostTheSameForOneRowAndForThree() {
    List<String> consultations = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ProjectsFixtures.createProject(founder);
      consultations.add(
          founder
              .api()
              .contentType(ContentType.JSON)
              .body(Map.of("topic", "IP", "subject", "专利 " + i, "question", "如何申请专利？"))
              .post("/api/consultations")
              .then()
              .statusCode(201)
              .extract()
              .path("id"));
      consultant
          .api()
          .contentType(ContentType.JSON)
          .body(Map.of("titleEn", "Patents " + i, "bodyEn", "File early."))
          .post("/api/knowledge/articles")
          .then()
          .statusCode(201);
    }
    for (String id : consultations) {
      // An answer with a thread message, and a notice in the founder's inbox.
      consultant
          .api()
          .contentType(ContentType.JSON)
          .body(Map.of("text", "请先检索现有技术。", "internal", false))
          .post("/api/consultations/" + id + "/messages")
          .then()
          .statusCode(200);
    }
    sameForOneAndThree(founder::api, "/api/projects");
    sameForOneAndThree(founder::api, "/api/consultations");
    sameForOneAndThree(founder::api, "/api/notifications");
    sameForOneAndThree(consultant::api, "/api/knowledge/articles");
    assertThat(cost(founder::api, "/api/knowledge/suggestions?text=patents%20file%20early"))
        .as("ranked, then the winners read with their topics")
        .isLessThanOrEqualTo(5);
  }

  /**
   * The applications lists read the scene, hospital, project and applicant with the page and the
   * threads in one batch: a page of three costs what a page of one does.
   */
  @Test
  void applicationListsCostTheSameForOneRowAndForThree() {
    TestUser staff = org.clinbridge.scenes.ScenesIT.hospital();
    TestUser startUp =
        org.clinbridge.scenes.ApplicationsIT.startUp(
            "founder-" + org.clinbridge.scenes.ScenesIT.word() + "@startup.test");
    String project = org.clinbridge.scenes.ApplicationsIT.project(startUp, "07", "II", 6);
    for (int i = 0; i < 3; i++) {
      String scene =
          org.clinbridge.scenes.ScenesIT.createActive(
              staff, org.clinbridge.scenes.ScenesIT.form(org.clinbridge.scenes.ScenesIT.word()));
      org.clinbridge.scenes.ApplicationsIT.apply(startUp, scene, project).then().statusCode(201);
    }
    sameForOneAndThree(staff::api, "/api/applications/received");
    sameForOneAndThree(startUp::api, "/api/applications");
  }

  private static void sameForOneAndThree(Supplier<RequestSpecification> as, String path) {
    int one = cost(as, path + "?limit=1");
    int three = cost(as, path + "?limit=3");
    assertThat(three).as(path + ": a page of three rows against a page of one").isEqualTo(one);
  }
}
