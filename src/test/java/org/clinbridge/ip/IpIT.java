package org.clinbridge.ip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.projects.ProjectsFixtures.TODAY;
import static org.clinbridge.projects.ProjectsFixtures.founder;
import static org.clinbridge.projects.ProjectsFixtures.json;
import static org.clinbridge.projects.ProjectsFixtures.manager;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.testing.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Black-box: patents on projects, the innovative-device pre-check, listings and matching. */
class IpIT {
  @BeforeAll
  static void app() {
    Api.base();
  }

  static String number() {
    return "CN2023"
        + (1000000 + ThreadLocalRandom.current().nextInt(8999999))
        + "."
        + ThreadLocalRandom.current().nextInt(10);
  }

  static Map<String, Object> patent(String kind, String filed, String published, String granted) {
    Map<String, Object> p = new HashMap<>();
    p.put("number", number());
    p.put("title", Map.of("zh", "一种可穿戴心电监测贴", "en", "A wearable ECG patch"));
    p.put("kind", kind);
    p.put("filedOn", filed);
    if (published != null) {
      p.put("publishedOn", published);
    }
    if (granted != null) {
      p.put("grantedOn", granted);
    }
    p.put("holder", "重庆医科大学");
    return p;
  }

  static Response precheck(Api.TestUser who, String project) {
    return who.api().get("/api/projects/" + project + "/innovative-precheck");
  }

  static Map<String, Object> condition(Response r, String code) {
    return r.jsonPath().getMap("conditions.find { it.code == '" + code + "' }");
  }

  @Test
  void thePrecheckSaysWhichConditionFailsUntilAllAreMet() {
    Api.TestUser founder = founder();
    Map<String, Object> body =
        new HashMap<>(ProjectsFixtures.projectBody("智能输液泵", "Smart infusion pump"));
    body.put("expectedClass", "I");
    String project = ProjectsFixtures.createProject(founder, body).jsonPath().getString("id");

    Response r = precheck(founder, project);
    r.then().statusCode(200).body("eligible", equalTo(false));
    assertThat(condition(r, "DEVICE").get("met")).isEqualTo(true);
    assertThat(condition(r, "DEVICE_CLASS").get("met")).isEqualTo(false);
    assertThat(((Map<?, ?>) condition(r, "DEVICE_CLASS").get("reason")).get("zh").toString())
        .contains("第一类");
    assertThat(((Map<?, ?>) condition(r, "INVENTION_PATENT").get("reason")).get("en").toString())
        .contains("No Chinese invention patent");

    // A utility model does not count; an invention granted six years ago neither.
    json(founder.api())
        .body(patent("UTILITY_MODEL", "2024-01-10", null, "2024-07-01"))
        .post("/api/projects/" + project + "/patents")
        .then()
        .statusCode(201);
    String old = TODAY.minusYears(6).toString();
    json(founder.api())
        .body(
            patent(
                "INVENTION", TODAY.minusYears(8).toString(), TODAY.minusYears(7).toString(), old))
        .post("/api/projects/" + project + "/patents")
        .then()
        .statusCode(201)
        .body("status", equalTo("GRANTED"));
    r = precheck(founder, project);
    assertThat(((Map<?, ?>) condition(r, "INVENTION_PATENT").get("reason")).get("en").toString())
        .contains("more than 5 years ago");

    // A published application with a search report counts; class II makes the project eligible.
    Response pending =
        json(founder.api())
            .body(
                patent(
                    "INVENTION",
                    TODAY.minusYears(2).toString(),
                    TODAY.minusYears(1).toString(),
                    null))
            .post("/api/projects/" + project + "/patents");
    pending.then().statusCode(201).body("status", equalTo("PUBLISHED"));
    r = precheck(founder, project);
    assertThat(((Map<?, ?>) condition(r, "INVENTION_PATENT").get("reason")).get("en").toString())
        .contains("no search report");
    founder
        .api()
        .post("/api/patents/" + pending.jsonPath().getString("id") + "/search-report")
        .then()
        .statusCode(200)
        .body("searchReport", equalTo(true));
    body.put("expectedClass", "II");
    String etag = founder.api().get("/api/projects/" + project).header("ETag");
    json(founder.api())
        .header("If-Match", etag)
        .body(body)
        .put("/api/projects/" + project)
        .then()
        .statusCode(200);
    precheck(founder, project).then().statusCode(200).body("eligible", equalTo(true));

    founder
        .api()
        .get("/api/projects/" + project + "/patents")
        .then()
        .body("items.size()", equalTo(3));
    founder().api().get("/api/projects/" + project + "/innovative-precheck").then().statusCode(404);
    founder()
        .api()
        .get("/api/patents/" + pending.jsonPath().getString("id"))
        .then()
        .statusCode(404);
    json(founder.api())
        .body(patent("DESIGN", TODAY.plusDays(1).toString(), null, null))
        .post("/api/projects/" + project + "/patents")
        .then()
        .statusCode(400);
  }

  @Test
  void aListedTechnologyIsMatchedToACompanyUntilLicensed() {
    Api.TestUser founder = founder();
    Api.TestUser manager = manager();
    String project = ProjectsFixtures.createProject(founder);
    ProjectsFixtures.assign(project, manager);
    Response listing =
        json(founder.api())
            .body(
                Map.of(
                    "projectId", project,
                    "title", Map.of("zh", "心电贴技术转让", "en", "ECG patch technology for licence"),
                    "summary", Map.of("zh", "单导联七天监测", "en", "Single-lead seven-day monitoring")))
            .post("/api/technology-listings");
    listing
        .then()
        .statusCode(201)
        .body("state", equalTo("LISTED"))
        .body("projectId", equalTo(project));
    String id = listing.jsonPath().getString("id");

    Api.TestUser company = founder();
    company
        .api()
        .get("/api/technology-listings/" + id)
        .then()
        .statusCode(200)
        .body("projectId", equalTo(null))
        .body("offeredBy.id", equalTo(founder.organisation().id().toString()));
    json(founder.api())
        .body(Map.of())
        .post("/api/technology-listings/" + id + "/interests")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:match-refused"));
    Response interest =
        json(company.api())
            .body(Map.of("note", "We make patches"))
            .post("/api/technology-listings/" + id + "/interests");
    interest.then().statusCode(201).body("state", equalTo("INTEREST_EXPRESSED"));
    json(company.api())
        .body(Map.of())
        .post("/api/technology-listings/" + id + "/interests")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:interest-exists"));
    String i =
        "/api/technology-listings/" + id + "/interests/" + interest.jsonPath().getString("id");

    company.api().post(i + "/introduction").then().statusCode(403);
    json(manager.api())
        .post(i + "/negotiation")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:match-refused"));
    manager
        .api()
        .post(i + "/introduction")
        .then()
        .statusCode(200)
        .body("state", equalTo("INTRODUCED"));
    manager
        .api()
        .post(i + "/negotiation")
        .then()
        .statusCode(200)
        .body("state", equalTo("IN_NEGOTIATION"));
    Api.asAdmin()
        .get("/api/technology-listings/" + id)
        .then()
        .body("state", equalTo("IN_NEGOTIATION"));
    Api.asAdmin().post(i + "/licence").then().statusCode(200).body("state", equalTo("LICENSED"));
    Api.asAdmin()
        .get("/api/technology-listings/" + id)
        .then()
        .body("state", equalTo("LICENSED"))
        .body("interests", equalTo(1));

    Api.TestUser bystander = founder();
    bystander
        .api()
        .get("/api/technology-listings/" + id + "/interests")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
    company
        .api()
        .get("/api/technology-listings/" + id + "/interests")
        .then()
        .body("items.size()", equalTo(1));
    Api.asAdmin()
        .queryParam("limit", 200)
        .get("/api/technology-listings")
        .then()
        .body("items.id", hasItem(id));
    // A cursor of this list whose keys do not parse is the client's mistake, named, not a 500.
    Api.asAdmin()
        .queryParam(
            "cursor",
            org.clinbridge.platform.paging.Cursor.of(
                    org.clinbridge.ip.control.Listings.CURSOR_TAG, "yesterday", "nobody")
                .encode())
        .get("/api/technology-listings")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("cursor"));
  }

  @Test
  void aDeclineCarriesACodedReason() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    String id =
        json(founder.api())
            .body(
                Map.of(
                    "projectId",
                    project,
                    "title",
                    Map.of("zh", "试剂", "en", "Reagent"),
                    "summary",
                    Map.of("zh", "试剂", "en", "Reagent")))
            .post("/api/technology-listings")
            .jsonPath()
            .getString("id");
    Api.TestUser company = founder();
    String i =
        "/api/technology-listings/"
            + id
            + "/interests/"
            + json(company.api())
                .body(Map.of())
                .post("/api/technology-listings/" + id + "/interests")
                .jsonPath()
                .getString("id");
    json(company.api())
        .body(Map.of("reason", "OTHER"))
        .post(i + "/decline")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("note"));
    json(company.api())
        .body(Map.of("reason", "NOT_A_REASON"))
        .post(i + "/decline")
        .then()
        .statusCode(400);
    json(company.api())
        .body(Map.of("reason", "COMMERCIAL_ROUTE_UNCLEAR"))
        .post(i + "/decline")
        .then()
        .statusCode(200)
        .body("state", equalTo("DECLINED"))
        .body("declineReason", equalTo("COMMERCIAL_ROUTE_UNCLEAR"));
    founder.api().get("/api/technology-listings/" + id).then().body("state", equalTo("DECLINED"));
    founder
        .api()
        .post("/api/technology-listings/" + id + "/withdrawal")
        .then()
        .statusCode(200)
        .body("withdrawn", equalTo(true));
    json(founder().api())
        .body(Map.of())
        .post("/api/technology-listings/" + id + "/interests")
        .then()
        .statusCode(409);
    Api.asAdmin()
        .queryParam("limit", 200)
        .get("/api/technology-listings")
        .then()
        .body("items.id", not(hasItem(id)));
  }
}
