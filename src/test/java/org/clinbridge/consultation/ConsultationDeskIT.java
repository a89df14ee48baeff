package org.clinbridge.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.Api.TestUser;
import org.clinbridge.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Black-box: routing a topic to a specialist group and round-robin within it, handing a question
 * over, the next-update clock and its breaches counted once per stretch, and the desk statistics.
 * The topic TECHNOLOGY_CONTRACT is routed to a group of this test's own for its duration (no other
 * test asks under it) and routed back afterwards.
 */
class ConsultationDeskIT {
  static final String TOPIC = "TECHNOLOGY_CONTRACT";

  final Api.Org station = Api.organisation(OrganisationKind.CONSULTATION_STATION);
  final TestUser first = Api.user(station, Role.CONSULTANT);
  final TestUser second = Api.user(station, Role.CONSULTANT);
  final TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
  final String group = "g" + UUID.randomUUID().toString().substring(0, 8);
  Map<String, Object> original;

  @BeforeEach
  void routeTheTopicToThisTestsGroup() {
    original =
        Api.asAdmin().get("/api/consultations/service-levels").jsonPath().getList("").stream()
            .map(o -> (Map<String, Object>) o)
            .filter(l -> TOPIC.equals(l.get("topic")))
            .findFirst()
            .orElseThrow();
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("members", List.of(first.username(), second.username())))
        .put("/api/consultations/specialists/" + group)
        .then()
        .statusCode(200);
    level(
            Map.of(
                "specialistGroup", group,
                "firstResponse", "PT8H",
                "nextUpdate", "PT8H",
                "resolution", "PT35H"))
        .then()
        .statusCode(200);
  }

  @AfterEach
  void routeItBack() {
    level(original).then().statusCode(200);
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("members", List.of()))
        .put("/api/consultations/specialists/" + group)
        .then()
        .statusCode(200);
  }

  Response level(Map<String, ?> form) {
    return Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(form)
        .put("/api/consultations/service-levels/" + TOPIC);
  }

  Response ask(String subject) {
    return founder
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("topic", TOPIC, "subject", subject, "question", "技术合同如何登记？"))
        .post("/api/consultations");
  }

  Response post(TestUser who, String id, String action, String etag, Map<String, ?> body) {
    var spec = who.api().contentType(ContentType.JSON).body(body);
    if (etag != null) {
      spec = spec.header("If-Match", etag);
    }
    return spec.post("/api/consultations/" + id + "/" + action);
  }

  @Test
  void questionsGoRoundRobinWithinTheGroupAndCanBeHandedOver() {
    List<String> assignees = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Response r = ask("合同登记 " + i);
      r.then().statusCode(201);
      assertThat((String) r.path("specialistGroup")).isEqualTo(group);
      assignees.add(r.path("assignee"));
      ids.add(r.path("id"));
    }
    assertThat(assignees.subList(0, 2))
        .containsExactlyInAnyOrder(first.username(), second.username());
    assertThat(assignees.subList(2, 4))
        .as("whoever waited longest next")
        .isEqualTo(assignees.subList(0, 2));
    // The assignee hears it in their own inbox.
    assertThat(first.api().get("/api/notifications").jsonPath().getList("items.kind", String.class))
        .contains("consultation-assigned");

    String id = ids.get(0);
    String other = assignees.get(0).equals(first.username()) ? second.username() : first.username();
    TestUser by = assignees.get(0).equals(first.username()) ? first : second;
    String etag = by.api().get("/api/consultations/" + id).header("ETag");
    Response handed = post(by, id, "assign", etag, Map.of("assignee", other));
    handed.then().statusCode(200);
    assertThat((String) handed.path("assignee")).isEqualTo(other);
    Response notConsultant =
        post(by, id, "assign", handed.header("ETag"), Map.of("assignee", founder.username()));
    notConsultant.then().statusCode(422).contentType("application/problem+json");
    assertThat((String) notConsultant.path("type"))
        .isEqualTo("urn:clinbridge:problem:consultation-not-consultant");
    post(founder, id, "assign", handed.header("ETag"), Map.of("assignee", other))
        .then()
        .statusCode(403);
  }

  @Test
  void levelsAreValidatedAndOnlyAdministratorsSetThem() {
    Response zero =
        level(
            Map.of(
                "specialistGroup",
                group,
                "firstResponse",
                "PT0S",
                "nextUpdate",
                "PT8H",
                "resolution",
                "PT35H"));
    zero.then().statusCode(422);
    assertThat((String) zero.path("type"))
        .isEqualTo("urn:clinbridge:problem:consultation-level-invalid");
    Response garbled =
        level(
            Map.of(
                "specialistGroup",
                group,
                "firstResponse",
                "8 hours",
                "nextUpdate",
                "PT8H",
                "resolution",
                "PT35H"));
    garbled.then().statusCode(400);
    assertThat(garbled.jsonPath().getList("violations.field", String.class))
        .contains("firstResponse");
    first
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("members", List.of(first.username())))
        .put("/api/consultations/specialists/" + group)
        .then()
        .statusCode(403);
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("members", List.of(founder.username())))
        .put("/api/consultations/specialists/" + group)
        .then()
        .statusCode(422);
  }

  @Test
  void aLateUpdateIsCountedOncePerStretchAndTheDeskStatisticsShowTheDay() throws Exception {
    Response asked = ask("更新时限");
    String id = asked.path("id");
    TestUser mine = first.username().equals(asked.path("assignee")) ? first : second;
    assertThat((Object) asked.path("clocks.nextUpdate")).as("not before the first answer").isNull();
    Response answered = post(mine, id, "messages", null, Map.of("text", "已收到", "internal", false));
    assertThat((String) answered.path("clocks.nextUpdate.state")).isEqualTo("RUNNING");
    // The answer was given on Friday 13 February 2026 at 16:00 in Shanghai: 8 working hours later
    // is 17:00 on the worked Saturday.
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "update consultation set update_clock_from = ? where public_id = ?")) {
      ps.setObject(1, OffsetDateTime.parse("2026-02-13T08:00:00Z"));
      ps.setObject(2, UUID.fromString(id));
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    Response late = post(mine, id, "messages", null, Map.of("text", "仍在核实", "internal", false));
    assertThat((String) late.path("clocks.nextUpdateBreachedAt")).isEqualTo("2026-02-14T09:00:00Z");
    assertThat((Integer) late.path("clocks.nextUpdateBreaches")).isEqualTo(1);
    Response again = post(mine, id, "messages", null, Map.of("text", "再补充", "internal", false));
    assertThat((Integer) again.path("clocks.nextUpdateBreaches"))
        .as("that stretch once")
        .isEqualTo(1);
    assertThat((String) again.path("clocks.nextUpdate.state")).isEqualTo("RUNNING");

    Response resolved = post(mine, id, "resolve", again.header("ETag"), Map.of("text", "到技术市场登记"));
    post(founder, id, "rating", resolved.header("ETag"), Map.of("stars", 5, "comment", "很好"))
        .then()
        .statusCode(200);

    founder.api().get("/api/consultations/statistics").then().statusCode(403);
    JsonPath desk =
        mine.api().get("/api/consultations/statistics").then().statusCode(200).extract().jsonPath();
    Map<String, Object> row =
        desk.getList("byGroup", Map.class).stream()
            .filter(m -> group.equals(m.get("key")))
            .findFirst()
            .orElseThrow();
    assertThat(row)
        .containsEntry("asked", 1)
        .containsEntry("answered", 1)
        .containsEntry("resolved", 1)
        .containsEntry("nextUpdateBreaches", 1)
        .containsEntry("ratings", 1)
        .containsEntry("averageRating", 5.0f)
        .containsEntry("resolutionBreachRate", 0.0f);
    assertThat(row.get("firstResponseP50")).isNotNull();
    Map<String, Object> consultant =
        desk.getList("byConsultant", Map.class).stream()
            .filter(m -> mine.username().equals(m.get("key")))
            .findFirst()
            .orElseThrow();
    assertThat(consultant).containsEntry("ratings", 1).containsEntry("averageRating", 5.0f);
    assertThat(desk.getInt("overall.asked")).isGreaterThanOrEqualTo(1);
    mine.api()
        .queryParam("from", "2026-13-01")
        .get("/api/consultations/statistics")
        .then()
        .statusCode(400);
  }
}
