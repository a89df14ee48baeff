package org.clinbridge.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.projects.ProjectsFixtures.TODAY;
import static org.clinbridge.projects.ProjectsFixtures.assessTrl;
import static org.clinbridge.projects.ProjectsFixtures.assign;
import static org.clinbridge.projects.ProjectsFixtures.createProject;
import static org.clinbridge.projects.ProjectsFixtures.evidence;
import static org.clinbridge.projects.ProjectsFixtures.founder;
import static org.clinbridge.projects.ProjectsFixtures.json;
import static org.clinbridge.projects.ProjectsFixtures.manager;
import static org.clinbridge.projects.ProjectsFixtures.milestone;
import static org.clinbridge.projects.ProjectsFixtures.move;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Black-box: projects through their lifecycle, as a start-up, its technology manager, another
 * start-up and a hospital see them.
 */
class ProjectsIT {
  @BeforeAll
  static void app() {
    Api.base();
  }

  @Test
  void aStartUpRegistersAProjectThatOnlyItsPeopleItsManagerAndTheDistrictSee() {
    Api.TestUser founder = founder();
    Response created = createProject(founder, ProjectsFixtures.projectBody("心电贴", "ECG patch"));
    String id = created.jsonPath().getString("id");
    assertThat(created.jsonPath().getString("code")).matches("P-\\d{4}-\\d{6,}");
    assertThat(created.header("Location")).endsWith("/api/projects/" + id);
    assertThat(created.header("ETag")).isNotBlank();
    created
        .then()
        .body("stage", equalTo("LAB_RESEARCH"))
        .body("status", equalTo("ACTIVE"))
        .body("trl", equalTo(2))
        .body("owner.id", equalTo(founder.organisation().id().toString()))
        .body("title.zh", equalTo("心电贴"));

    founder.api().get("/api/projects/" + id).then().statusCode(200).body("id", equalTo(id));
    Api.asAdmin().get("/api/projects/" + id).then().statusCode(200);

    Api.TestUser otherStartUp = founder();
    Api.TestUser nurse = Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF);
    Api.TestUser unassigned = manager();
    for (Api.TestUser outsider : List.of(otherStartUp, nurse, unassigned)) {
      outsider
          .api()
          .get("/api/projects/" + id)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:clinbridge:problem:not-found"));
      outsider
          .api()
          .queryParam("owner", founder.organisation().id().toString())
          .get("/api/projects")
          .then()
          .statusCode(200)
          .body("items.id", not(hasItem(id)));
      outsider.api().get("/api/projects/" + id + "/timeline").then().statusCode(404);
    }

    Api.TestUser manager = manager();
    manager.api().get("/api/projects/" + id).then().statusCode(404);
    assign(id, manager);
    manager
        .api()
        .get("/api/projects/" + id)
        .then()
        .statusCode(200)
        .body("manager.id", equalTo(manager.accountId().toString()));
    manager.api().get("/api/projects").then().body("items.id", hasItem(id));
  }

  @Test
  void codesAreUniqueUnderConcurrentRegistration() throws Exception {
    Api.TestUser founder = founder();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
    try {
      List<java.util.concurrent.Future<String>> codes = new java.util.ArrayList<>();
      for (int i = 0; i < 20; i++) {
        codes.add(
            pool.submit(
                () ->
                    createProject(founder, ProjectsFixtures.projectBody("并发", "Concurrent"))
                        .jsonPath()
                        .getString("code")));
      }
      List<String> values = new java.util.ArrayList<>();
      for (var f : codes) {
        values.add(f.get());
      }
      assertThat(values).doesNotHaveDuplicates().allMatch(c -> c.matches("P-\\d{4}-\\d{6,}"));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aManagerMovesTheProjectThroughTheGatesAndA409SaysWhatIsMissing() {
    Api.TestUser founder = founder();
    Api.TestUser manager = manager();
    String id = ProjectsFixtures.createProject(founder);
    assign(id, manager);
    String moves = "/api/projects/" + id + "/stage-moves";

    // No evidence, TRL 2 below the gate's 3: both named, in English and in Chinese.
    json(manager.api())
        .body(move("PROOF_OF_CONCEPT", null, List.of()))
        .post(moves)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:clinbridge:problem:stage-gate-not-met"))
        .body("detail", containsString("TRL 3"))
        .body("detail", containsString("Principle observed and concept formulated"));
    json(manager.api())
        .header("Accept-Language", "zh-CN")
        .body(move("PROOF_OF_CONCEPT", null, List.of()))
        .post(moves)
        .then()
        .statusCode(409)
        .body("title", equalTo("未满足阶段闸口条件"))
        .body("detail", containsString("原理观察与概念形成记录"));

    // The founder may see but not move it.
    json(founder.api())
        .body(move("PROOF_OF_CONCEPT", null, List.of(evidence("CONCEPT_FORMULATED"))))
        .post(moves)
        .then()
        .statusCode(403);

    assessTrl(manager, id, 3);
    json(manager.api())
        .body(move("PROOF_OF_CONCEPT", null, List.of(evidence("CONCEPT_FORMULATED"))))
        .post(moves)
        .then()
        .statusCode(200)
        .body("stage", equalTo("PROOF_OF_CONCEPT"));

    // The PoC report alone is not enough to enter pilot maturation, nor is TRL 3.
    json(manager.api())
        .body(move("PILOT_MATURATION", null, List.of(evidence("POC_REPORT"), evidence("IP_FILED"))))
        .post(moves)
        .then()
        .statusCode(409)
        .body("detail", containsString("TRL 4"));
    assessTrl(manager, id, 4);
    json(manager.api())
        .body(move("PILOT_MATURATION", null, List.of(evidence("POC_REPORT"))))
        .post(moves)
        .then()
        .statusCode(409)
        .body("detail", containsString("Intellectual property filed"))
        .body("detail", not(containsString("Proof-of-concept report")));

    // Skipping a stage and moving back without a reason are refused, saying why.
    json(manager.api())
        .body(move("APPLICATION", null, List.of()))
        .post(moves)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:illegal-project-move"))
        .body("detail", containsString("cannot jump to application"));
    json(manager.api())
        .body(move("LAB_RESEARCH", null, List.of()))
        .post(moves)
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:clinbridge:problem:validation"))
        .body("violations[0].field", equalTo("reason"))
        .body("violations[0].message", containsString("move a project back"));
    json(manager.api())
        .body(move("LAB_RESEARCH", "animal model failed to replicate", List.of()))
        .post(moves)
        .then()
        .statusCode(200)
        .body("stage", equalTo("LAB_RESEARCH"));

    Response timeline = founder.api().get("/api/projects/" + id + "/timeline");
    timeline.then().statusCode(200);
    assertThat(timeline.jsonPath().getList("items.kind", String.class))
        .containsExactly("REGISTERED", "ADVANCED", "RETURNED");
    assertThat(timeline.jsonPath().getList("items.seq", Integer.class)).containsExactly(1, 2, 3);
    assertThat(timeline.jsonPath().getString("items[1].evidence[0].kind"))
        .isEqualTo("CONCEPT_FORMULATED");
    assertThat(timeline.jsonPath().getString("items[1].by.id"))
        .isEqualTo(manager.accountId().toString());
    assertThat(timeline.jsonPath().getString("items[2].reason"))
        .isEqualTo("animal model failed to replicate");
    assertThat(timeline.jsonPath().getString("items[2].at")).isNotBlank();

    Response trl = founder.api().get("/api/projects/" + id + "/trl-assessments");
    assertThat(trl.jsonPath().getList("items.level", Integer.class)).containsExactly(2, 3, 4);
    assertThat(trl.jsonPath().getString("items[2].evidence")).isEqualTo("report TRL-4");
  }

  @Test
  void stoppingNeedsAReasonAndAClosedProjectNoLongerChanges() {
    Api.TestUser founder = founder();
    String id = ProjectsFixtures.createProject(founder);
    String status = "/api/projects/" + id + "/status-changes";
    json(Api.asAdmin())
        .body(Map.of("to", "ON_HOLD"))
        .post(status)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("reason"));
    json(Api.asAdmin())
        .body(Map.of("to", "ON_HOLD", "reason", "waiting for the next funding round"))
        .post(status)
        .then()
        .statusCode(200)
        .body("status", equalTo("ON_HOLD"));
    json(Api.asAdmin())
        .body(move("PROOF_OF_CONCEPT", null, List.of(evidence("CONCEPT_FORMULATED"))))
        .post("/api/projects/" + id + "/stage-moves")
        .then()
        .statusCode(409)
        .body("detail", containsString("on hold"));
    json(Api.asAdmin())
        .body(Map.of("to", "GRADUATED"))
        .post(status)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:illegal-project-move"));
    json(Api.asAdmin())
        .body(Map.of("to", "TERMINATED", "reason", "team dissolved"))
        .post(status)
        .then()
        .statusCode(200);
    String etag = founder.api().get("/api/projects/" + id).header("ETag");
    json(founder.api())
        .header("If-Match", etag)
        .body(ProjectsFixtures.projectBody("新名称", "New name"))
        .put("/api/projects/" + id)
        .then()
        .statusCode(409)
        .body("detail", containsString("terminated"));
  }

  @Test
  void anUpdateNeedsTheCurrentETag() {
    Api.TestUser founder = founder();
    String id = ProjectsFixtures.createProject(founder);
    Map<String, Object> body = ProjectsFixtures.projectBody("改名后的项目", "Renamed project");
    json(founder.api()).body(body).put("/api/projects/" + id).then().statusCode(428);
    String etag = founder.api().get("/api/projects/" + id).header("ETag");
    Response updated =
        json(founder.api()).header("If-Match", etag).body(body).put("/api/projects/" + id);
    updated.then().statusCode(200).body("title.zh", equalTo("改名后的项目"));
    assertThat(updated.header("ETag")).isNotEqualTo(etag);
    json(founder.api())
        .header("If-Match", etag)
        .body(body)
        .put("/api/projects/" + id)
        .then()
        .statusCode(412)
        .body("type", equalTo("urn:clinbridge:problem:stale-resource"));
    json(founder.api())
        .header("If-Match", updated.header("ETag"))
        .body(Map.of("title", Map.of("zh", "x", "en", "x")))
        .put("/api/projects/" + id)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("summary"));
  }

  @Test
  void overdueMilestonesShowOnTheProjectAndInTheManagersList() {
    Api.TestUser founder = founder();
    Api.TestUser manager = manager();
    String id = ProjectsFixtures.createProject(founder);
    assign(id, manager);
    String late = milestone(founder, id, TODAY.minusDays(10));
    milestone(founder, id, TODAY.plusDays(30));
    founder.api().get("/api/projects/" + id).then().body("overdueMilestones", equalTo(1));
    founder
        .api()
        .get("/api/projects/" + id + "/milestones")
        .then()
        .body("items[0].id", equalTo(late))
        .body("items[0].overdue", equalTo(true))
        .body("items[0].daysOverdue", equalTo(10))
        .body("items[1].overdue", equalTo(false));
    manager
        .api()
        .get("/api/milestones/overdue?limit=200")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(late));
    manager()
        .api()
        .get("/api/milestones/overdue")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(late)));

    json(founder.api())
        .body(Map.of("reachedOn", TODAY.toString(), "evidence", "study report AS-12"))
        .post("/api/projects/" + id + "/milestones/" + late + "/reached")
        .then()
        .statusCode(200)
        .body("status", equalTo("REACHED"))
        .body("overdue", equalTo(false));
    founder.api().get("/api/projects/" + id).then().body("overdueMilestones", equalTo(0));
  }

  @Test
  void theGatesAreDataAnAdministratorChanges() {
    Api.asAdmin()
        .get("/api/stage-gates")
        .then()
        .statusCode(200)
        .body("items.gate", hasItem("PILOT_MATURATION"))
        .body("items.find { it.gate == 'PILOT_MATURATION' }.minTrl", equalTo(4))
        .body("items.find { it.gate == 'PILOT_MATURATION' }.evidence.code", hasItem("POC_REPORT"));
    Response gate = Api.asAdmin().get("/api/stage-gates/GRADUATION");
    Map<String, Object> original =
        Map.of(
            "name", gate.jsonPath().getMap("name"),
            "minTrl", gate.jsonPath().getInt("minTrl"),
            "evidence", gate.jsonPath().getList("evidence"));
    Map<String, Object> changed =
        Map.of(
            "name", Map.of("zh", "孵化毕业", "en", "Graduation"),
            "minTrl", 9,
            "evidence",
                List.of(
                    Map.of(
                        "code",
                        "REGISTRATION_CERTIFICATE",
                        "name",
                        Map.of("zh", "注册证", "en", "Certificate"))));
    json(founder().api())
        .header("If-Match", gate.header("ETag"))
        .body(changed)
        .put("/api/stage-gates/GRADUATION")
        .then()
        .statusCode(403);
    Response after =
        json(Api.asAdmin())
            .header("If-Match", gate.header("ETag"))
            .body(changed)
            .put("/api/stage-gates/GRADUATION");
    try {
      after.then().statusCode(200).body("minTrl", equalTo(9)).body("evidence.size()", equalTo(1));
      json(Api.asAdmin())
          .header("If-Match", gate.header("ETag"))
          .body(changed)
          .put("/api/stage-gates/GRADUATION")
          .then()
          .statusCode(412);
    } finally {
      json(Api.asAdmin())
          .header("If-Match", after.header("ETag"))
          .body(original)
          .put("/api/stage-gates/GRADUATION")
          .then()
          .statusCode(200);
    }
  }

  @Test
  void onlyStartUpsAndUniversitiesOwnProjects() {
    Api.TestUser nurse = Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF);
    json(nurse.api())
        .body(ProjectsFixtures.projectBody("医院项目", "Hospital project"))
        .post("/api/projects")
        .then()
        .statusCode(403);
    Api.Org hospital = Api.organisation(OrganisationKind.HOSPITAL);
    Map<String, Object> body =
        new java.util.HashMap<>(ProjectsFixtures.projectBody("医院项目", "Hospital project"));
    body.put("ownerId", hospital.id().toString());
    json(Api.asAdmin())
        .body(body)
        .post("/api/projects")
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:clinbridge:problem:project-owner-kind"));
    Api.Org university = Api.organisation(OrganisationKind.UNIVERSITY);
    body.put("ownerId", university.id().toString());
    json(Api.asAdmin())
        .body(body)
        .post("/api/projects")
        .then()
        .statusCode(201)
        .body("owner.kind", equalTo("UNIVERSITY"))
        .body("code", matchesPattern("P-\\d{4}-\\d{6,}"));
    body.put("subcatalogue", "99");
    json(Api.asAdmin())
        .body(body)
        .post("/api/projects")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("subcatalogue"));
  }
}
