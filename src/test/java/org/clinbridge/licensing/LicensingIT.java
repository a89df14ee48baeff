package org.clinbridge.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.projects.ProjectsFixtures.TODAY;
import static org.clinbridge.projects.ProjectsFixtures.founder;
import static org.clinbridge.projects.ProjectsFixtures.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.testing.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Black-box: a licence application from plan to approval with its documents, correspondence and
 * dated history; certificates with their numbers and renewal; who sees them.
 */
class LicensingIT {
  @BeforeAll
  static void app() {
    Api.base();
  }

  static Map<String, Object> application(String type, String deviceClass) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", type);
    body.put("route", "NMPA");
    body.put("deviceClass", deviceClass);
    body.put("product", Map.of("zh", "可穿戴心电贴", "en", "Wearable ECG patch"));
    return body;
  }

  static String plan(Api.TestUser who, String project, String type, String deviceClass) {
    Response r =
        json(who.api())
            .body(application(type, deviceClass))
            .post("/api/projects/" + project + "/licence-applications");
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    return r.jsonPath().getString("id");
  }

  static Response move(RequestSpecification as, String id, String to, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("to", to);
    if (reason != null) {
      body.put("reason", reason);
    }
    return json(as).body(body).post("/api/licence-applications/" + id + "/moves");
  }

  static void ready(Api.TestUser who, String id) {
    List<String> kinds =
        who.api()
            .get("/api/licence-applications/" + id + "/documents")
            .jsonPath()
            .getList("documents.kind");
    for (String kind : kinds) {
      Map<String, Object> body = new HashMap<>();
      body.put("state", "READY");
      body.put("reference", "DOC-" + kind);
      if (kind.equals("CLINICAL_EVALUATION")) {
        body.put("evaluationPath", "EQUIVALENCE");
      }
      json(who.api())
          .body(body)
          .put("/api/licence-applications/" + id + "/documents/" + kind)
          .then()
          .statusCode(200)
          .body("state", equalTo("READY"));
    }
  }

  static String randomNumber(String prefix, int year, String classAndCatalogue) {
    return prefix
        + "械注准"
        + year
        + classAndCatalogue
        + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
  }

  @Test
  void anApplicationGoesFromPlanToApprovalThroughItsDocumentsAndCorrespondence() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    Response planned =
        json(founder.api())
            .body(application("INITIAL_REGISTRATION", "II"))
            .post("/api/projects/" + project + "/licence-applications");
    planned
        .then()
        .statusCode(201)
        .body("authority", equalTo("PROVINCE"))
        .body("state", equalTo("PLANNED"));
    String id = planned.jsonPath().getString("id");
    assertThat(planned.header("Location")).endsWith("/api/licence-applications/" + id);

    founder
        .api()
        .get("/api/licence-applications/" + id + "/documents")
        .then()
        .statusCode(200)
        .body("total", equalTo(6))
        .body("done", equalTo(0))
        .body("documents.state", everyItem(equalTo("MISSING")));
    move(founder.api(), id, "IN_PREPARATION", null).then().statusCode(200);
    move(founder.api(), id, "SUBMITTED", null)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:licence-move-refused"))
        .body("detail", containsString("RISK_ANALYSIS"));
    ready(founder, id);
    move(founder.api(), id, "SUBMITTED", null).then().statusCode(200);
    json(founder.api())
        .body(Map.of("kind", "CORRECTION_LIST", "subject", "补正通知：产品技术要求"))
        .post("/api/licence-applications/" + id + "/correspondence")
        .then()
        .statusCode(201)
        .body("fromAuthority", equalTo(true));
    json(founder.api())
        .body(Map.of("to", "ACCEPTED", "authorityReference", "渝械注受20260001"))
        .post("/api/licence-applications/" + id + "/moves")
        .then()
        .statusCode(200)
        .body("authorityReference", equalTo("渝械注受20260001"));
    move(founder.api(), id, "APPROVED", null)
        .then()
        .statusCode(409)
        .header("Content-Type", containsString("application/problem+json"));
    move(founder.api(), id, "UNDER_TECHNICAL_REVIEW", null).then().statusCode(200);
    move(founder.api(), id, "SUPPLEMENT_REQUESTED", null)
        .then()
        .statusCode(409)
        .body("detail", containsString("correspondence"));
    json(founder.api())
        .body(Map.of("kind", "SUPPLEMENT_REQUEST", "subject", "补充资料通知"))
        .post("/api/licence-applications/" + id + "/correspondence")
        .then()
        .statusCode(201)
        .body("dueOn", equalTo(TODAY.plusYears(1).toString()));
    founder
        .api()
        .get("/api/licence-applications/" + id)
        .then()
        .body("state", equalTo("SUPPLEMENT_REQUESTED"))
        .body("supplementDueOn", equalTo(TODAY.plusYears(1).toString()));
    json(founder.api())
        .body(Map.of("kind", "SUPPLEMENT", "subject", "补充资料"))
        .post("/api/licence-applications/" + id + "/correspondence")
        .then()
        .statusCode(201);
    move(founder.api(), id, "DECISION_PENDING", null).then().statusCode(200);
    move(founder.api(), id, "REFUSED", null)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("reason"));
    move(founder.api(), id, "APPROVED", null)
        .then()
        .statusCode(200)
        .body("state", equalTo("APPROVED"));
    move(founder.api(), id, "WITHDRAWN", "too late")
        .then()
        .statusCode(409)
        .body("detail", containsString("closed"));

    founder
        .api()
        .get("/api/licence-applications/" + id + "/history")
        .then()
        .statusCode(200)
        .body(
            "items.to",
            equalTo(
                List.of(
                    "PLANNED",
                    "IN_PREPARATION",
                    "SUBMITTED",
                    "ACCEPTED",
                    "UNDER_TECHNICAL_REVIEW",
                    "SUPPLEMENT_REQUESTED",
                    "SUPPLEMENT_SUBMITTED",
                    "DECISION_PENDING",
                    "APPROVED")))
        .body("items.by.name", everyItem(equalTo(founder.username())))
        .body("items.on", everyItem(equalTo(TODAY.toString())));
    founder
        .api()
        .get("/api/licence-applications/" + id + "/correspondence")
        .then()
        .body(
            "items.kind", equalTo(List.of("CORRECTION_LIST", "SUPPLEMENT_REQUEST", "SUPPLEMENT")));
    founder
        .api()
        .get("/api/audit?entity=licence-application&id=" + id)
        .then()
        .statusCode(200)
        .body("items.action", hasItem("moved"));
  }

  @Test
  void theAuthorityIsDerivedAndAWrongCombinationNamesTheRuleInTheCallersLanguage() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    json(founder.api())
        .header("Accept-Language", "zh-CN")
        .body(application("INITIAL_REGISTRATION", "I"))
        .post("/api/projects/" + project + "/licence-applications")
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:clinbridge:problem:licence-route-refused"))
        .body("detail", containsString("第一类医疗器械实行备案"));
    json(founder.api())
        .body(application("CLINICAL_TRIAL_APPROVAL", "II"))
        .post("/api/projects/" + project + "/licence-applications")
        .then()
        .statusCode(422)
        .body("detail", containsString("Class III"));
    Map<String, Object> imported = application("INITIAL_REGISTRATION", "II");
    imported.put("origin", "IMPORTED");
    // The client cannot choose the authority: an unknown member is ignored, the rule decides.
    imported.put("authority", "CITY");
    json(founder.api())
        .body(imported)
        .post("/api/projects/" + project + "/licence-applications")
        .then()
        .statusCode(201)
        .body("authority", equalTo("NMPA"));
    Map<String, Object> fda = application("INITIAL_REGISTRATION", null);
    fda.put("route", "FDA_510K");
    fda.put("fdaProductCode", "dqa");
    json(founder.api())
        .body(fda)
        .post("/api/projects/" + project + "/licence-applications")
        .then()
        .statusCode(201)
        .body("authority", equalTo("FDA"))
        .body("fdaProductCode", equalTo("DQA"));
    fda.put("fdaProductCode", "ZZ!");
    json(founder.api())
        .body(fda)
        .post("/api/projects/" + project + "/licence-applications")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("fdaProductCode"));
  }

  @Test
  void certificatesAreReadFromTheirNumbersAndRenewedKeepingYearAndSerial() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    String number = randomNumber("苏", 2024, "204");
    LocalDate issued = TODAY.minusYears(1);
    Response recorded =
        json(founder.api())
            .body(
                Map.of(
                    "number",
                    number + "号",
                    "holder",
                    "苏州某医疗科技有限公司",
                    "product",
                    Map.of("zh", "心电贴", "en", "ECG patch"),
                    "issuedOn",
                    issued.toString()))
            .post("/api/projects/" + project + "/certificates");
    recorded
        .then()
        .statusCode(201)
        .body("number", equalTo(number))
        .body("numberParts.authorityPrefix", equalTo("苏"))
        .body("numberParts.year", equalTo(2024))
        .body("numberParts.deviceClass", equalTo("II"))
        .body("numberParts.catalogueCode", equalTo("04"))
        .body("expiresOn", equalTo(issued.plusYears(5).minusDays(1).toString()))
        .body("state", equalTo("ACTIVE"))
        .body("raisesAlerts", equalTo(true));
    String id = recorded.jsonPath().getString("id");
    json(founder.api())
        .body(
            Map.of(
                "number",
                "苏械注准20243042183",
                "holder",
                "x",
                "product",
                Map.of("zh", "心电贴", "en", "ECG patch"),
                "issuedOn",
                issued.toString()))
        .post("/api/projects/" + project + "/certificates")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("number"))
        .body("violations.message", hasItem(containsString("Class II")));
    json(founder.api())
        .body(Map.of("to", "RENEWAL_SUBMITTED"))
        .post("/api/certificates/" + id + "/moves")
        .then()
        .statusCode(200)
        .body("state", equalTo("RENEWAL_SUBMITTED"));
    json(founder.api())
        .body(
            Map.of(
                "number",
                // The same number but for its serial's last digit: a renewal keeps the serial.
                number.substring(0, number.length() - 1)
                    + (char) ('0' + (number.charAt(number.length() - 1) - '0' + 1) % 10),
                "decidedOn",
                TODAY.toString()))
        .post("/api/certificates/" + id + "/renewal")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("number"));
    json(founder.api())
        .body(Map.of("number", number, "decidedOn", TODAY.toString()))
        .post("/api/certificates/" + id + "/renewal")
        .then()
        .statusCode(200)
        .body("state", equalTo("ACTIVE"))
        .body("renewals", equalTo(1))
        .body("expiresOn", equalTo(issued.plusYears(10).minusDays(1).toString()));
    json(founder.api())
        .body(Map.of("to", "ARCHIVED"))
        .post("/api/certificates/" + id + "/moves")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("reason"));
    json(founder.api())
        .body(Map.of("to", "ARCHIVED", "reason", "product line sold"))
        .post("/api/certificates/" + id + "/moves")
        .then()
        .statusCode(200)
        .body("state", equalTo("ARCHIVED"))
        .body("raisesAlerts", equalTo(false));
    founder
        .api()
        .queryParam("state", "ARCHIVED")
        .queryParam("limit", 200)
        .get("/api/certificates")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    founder
        .api()
        .queryParam("expiringBy", "soon")
        .get("/api/certificates")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("expiringBy"));
  }

  @Test
  void aForeignStartUpGetsNotFoundTheManagerAndTheDistrictSeeThem() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    String app = plan(founder, project, "FILING", "I");
    String cert =
        json(founder.api())
            .body(
                Map.of(
                    "number",
                    "渝渝北械备2026" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000)),
                    "holder",
                    "重庆某医疗科技有限公司",
                    "product",
                    Map.of("zh", "医用口罩", "en", "Medical mask"),
                    "issuedOn",
                    TODAY.toString()))
            .post("/api/projects/" + project + "/certificates")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");

    Api.TestUser stranger = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    Api.TestUser consultant = Api.user(OrganisationKind.CONSULTATION_STATION, Role.CONSULTANT);
    for (Api.TestUser outsider : List.of(stranger, consultant)) {
      outsider.api().get("/api/licence-applications/" + app).then().statusCode(404);
      outsider.api().get("/api/licence-applications/" + app + "/history").then().statusCode(404);
      outsider.api().get("/api/licence-applications/" + app + "/documents").then().statusCode(404);
      outsider.api().get("/api/certificates/" + cert).then().statusCode(404);
      outsider
          .api()
          .get("/api/projects/" + project + "/licence-applications")
          .then()
          .statusCode(404);
      outsider.api().get("/api/projects/" + project + "/certificates").then().statusCode(404);
      outsider
          .api()
          .queryParam("limit", 200)
          .get("/api/licence-applications")
          .then()
          .statusCode(200)
          .body("items.id", not(hasItem(app)));
      outsider
          .api()
          .queryParam("limit", 200)
          .get("/api/certificates")
          .then()
          .statusCode(200)
          .body("items.id", not(hasItem(cert)));
    }
    move(stranger.api(), app, "IN_PREPARATION", null).then().statusCode(404);
    json(stranger.api())
        .body(Map.of("to", "ARCHIVED", "reason", "x"))
        .post("/api/certificates/" + cert + "/moves")
        .then()
        .statusCode(404);
    json(stranger.api())
        .body(application("FILING", "I"))
        .post("/api/projects/" + project + "/licence-applications")
        .then()
        .statusCode(404);

    Api.TestUser manager = ProjectsFixtures.manager();
    manager.api().get("/api/licence-applications/" + app).then().statusCode(404);
    ProjectsFixtures.assign(project, manager);
    manager.api().get("/api/licence-applications/" + app).then().statusCode(200);
    manager
        .api()
        .queryParam("limit", 200)
        .get("/api/certificates")
        .then()
        .body("items.id", hasItem(cert));
    move(manager.api(), app, "IN_PREPARATION", null).then().statusCode(200);
    Api.asAdmin()
        .get("/api/certificates/" + cert)
        .then()
        .statusCode(200)
        .body("kind", equalTo("FILING"));
    founder
        .api()
        .queryParam("limit", 200)
        .get("/api/licence-applications")
        .then()
        .body("items.id", hasItem(app));
  }

  @Test
  void aVoidedApplicationLeavesTheListsButStaysReadable() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    String id = plan(founder, project, "INITIAL_REGISTRATION", "III");
    String etag = founder.api().get("/api/licence-applications/" + id).header("ETag");
    json(founder.api())
        .body(Map.of("reason", "entered twice"))
        .post("/api/licence-applications/" + id + "/void")
        .then()
        .statusCode(428);
    json(founder.api())
        .header("If-Match", etag)
        .body(Map.of("reason", "entered twice"))
        .post("/api/licence-applications/" + id + "/void")
        .then()
        .statusCode(200)
        .body("voiding.reason", equalTo("entered twice"));
    founder
        .api()
        .get("/api/projects/" + project + "/licence-applications")
        .then()
        .body("items", hasSize(0));
    founder
        .api()
        .queryParam("includeVoided", true)
        .get("/api/projects/" + project + "/licence-applications")
        .then()
        .body("items.id", equalTo(List.of(id)));
    move(founder.api(), id, "IN_PREPARATION", null)
        .then()
        .statusCode(409)
        .body("detail", containsString("voided"));
  }
}
