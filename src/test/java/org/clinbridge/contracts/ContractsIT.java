package org.clinbridge.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.projects.ProjectsFixtures.TODAY;
import static org.clinbridge.projects.ProjectsFixtures.founder;
import static org.clinbridge.projects.ProjectsFixtures.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.testing.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Black-box: a technology contract from draft to registration, with its review deadline. */
public class ContractsIT {
  @BeforeAll
  static void app() {
    Api.base();
  }

  /** A contract's draft, signed five days ago, between the university and a start-up. */
  public static Map<String, Object> draft(String type, String amount) {
    return Map.of(
        "type", type,
        "title", Map.of("zh", "心电贴专利许可合同", "en", "ECG patch patent licence"),
        "parties",
            List.of(
                Map.of("role", "SELLER", "name", "重庆医科大学"),
                Map.of("role", "BUYER", "name", "心擎医疗科技有限公司")),
        "amount", new java.math.BigDecimal(amount),
        "signedOn", TODAY.minusDays(5).toString());
  }

  @Test
  void aContractIsDraftedSubmittedReviewedWithinItsDeadlineAndRegistered() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    Response created =
        json(founder.api())
            .body(draft("LICENCE", "1500000.00"))
            .post("/api/projects/" + project + "/contracts");
    created
        .then()
        .statusCode(201)
        .body("state", equalTo("DRAFT"))
        .body("reviewDueOn", equalTo(null));
    String id = created.jsonPath().getString("id");
    assertThat(created.header("Location")).endsWith("/api/contracts/" + id);

    json(founder.api())
        .header("If-Match", created.header("ETag"))
        .body(draft("TRANSFER", "1600000.00"))
        .put("/api/contracts/" + id)
        .then()
        .statusCode(200)
        .body("type", equalTo("TRANSFER"));
    founder
        .api()
        .post("/api/contracts/" + id + "/submission")
        .then()
        .statusCode(200)
        .body("state", equalTo("SUBMITTED"));
    founder.api().post("/api/contracts/" + id + "/review").then().statusCode(403);
    json(founder.api())
        .header("If-Match", "*")
        .body(draft("LICENCE", "1.00"))
        .put("/api/contracts/" + id)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:contract-refused"));
    json(Api.asAdmin())
        .body(Map.of("registrationNumber", "2026500001000123", "certifiedIncome", 100))
        .post("/api/contracts/" + id + "/registration")
        .then()
        .statusCode(409)
        .body("detail", containsString("submitted"));

    Api.asAdmin()
        .post("/api/contracts/" + id + "/review")
        .then()
        .statusCode(200)
        .body("state", equalTo("UNDER_REVIEW"))
        .body("reviewDueOn", equalTo(TODAY.plusDays(30).toString()))
        .body("reviewDaysLeft", equalTo(30))
        .body("reviewOverdue", equalTo(false));
    Api.asAdmin()
        .queryParam("state", "UNDER_REVIEW")
        .queryParam("limit", 200)
        .get("/api/contracts")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    Api.asAdmin()
        .queryParam("overdue", true)
        .queryParam("limit", 200)
        .get("/api/contracts")
        .then()
        .body("items.id", not(hasItem(id)));
    json(Api.asAdmin())
        .body(
            Map.of(
                "registrationNumber",
                "R-" + id.substring(0, 8),
                "certifiedIncome",
                new java.math.BigDecimal("1600000.01")))
        .post("/api/contracts/" + id + "/registration")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("certifiedIncome"));
    json(Api.asAdmin())
        .body(
            Map.of(
                "registrationNumber",
                "R-" + id.substring(0, 8),
                "certifiedIncome",
                new java.math.BigDecimal("1200000.00")))
        .post("/api/contracts/" + id + "/registration")
        .then()
        .statusCode(200)
        .body("state", equalTo("REGISTERED"))
        .body("registrationNumber", equalTo("R-" + id.substring(0, 8)))
        .body("decidedOn", equalTo(TODAY.toString()));

    founder
        .api()
        .get("/api/projects/" + project + "/contracts")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    founder().api().get("/api/contracts/" + id).then().statusCode(404);
  }

  /** Sent back by the office, a contract is corrected and submitted again, not lost for good. */
  @Test
  void aContractSentBackIsCorrectedResubmittedAndRegistered() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    String id =
        json(founder.api())
            .body(draft("LICENCE", "800000.00"))
            .post("/api/projects/" + project + "/contracts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    founder.api().post("/api/contracts/" + id + "/submission").then().statusCode(200);
    Api.asAdmin().post("/api/contracts/" + id + "/review").then().statusCode(200);
    json(Api.asAdmin())
        .body(Map.of("reason", " "))
        .post("/api/contracts/" + id + "/return")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("reason"));
    json(founder.api())
        .body(Map.of("reason", "mine"))
        .post("/api/contracts/" + id + "/return")
        .then()
        .statusCode(403);
    Response returned =
        json(Api.asAdmin())
            .body(Map.of("reason", "The buyer's credit code is missing"))
            .post("/api/contracts/" + id + "/return");
    returned
        .then()
        .statusCode(200)
        .body("state", equalTo("RETURNED"))
        .body("returnedReason", equalTo("The buyer's credit code is missing"))
        .body("returnedOn", equalTo(TODAY.toString()));
    // A second return, or registering it now, is not a step a returned contract takes.
    json(Api.asAdmin())
        .body(Map.of("registrationNumber", "2026500001000999", "certifiedIncome", 100))
        .post("/api/contracts/" + id + "/registration")
        .then()
        .statusCode(409)
        .body("detail", containsString("sent back for correction"));
    Map<String, Object> corrected = new java.util.HashMap<>(draft("LICENCE", "800000.00"));
    corrected.put(
        "parties",
        List.of(
            Map.of("role", "SELLER", "name", "重庆医科大学"),
            Map.of("role", "BUYER", "name", "心擎医疗科技有限公司", "uscc", "91500106MA5U7K8X2R")));
    json(founder.api())
        .header("If-Match", returned.header("ETag"))
        .body(corrected)
        .put("/api/contracts/" + id)
        .then()
        .statusCode(200)
        .body("parties[1].uscc", equalTo("91500106MA5U7K8X2R"));
    founder
        .api()
        .post("/api/contracts/" + id + "/submission")
        .then()
        .statusCode(200)
        .body("state", equalTo("SUBMITTED"))
        .body("reviewDueOn", equalTo(null));
    Api.asAdmin()
        .post("/api/contracts/" + id + "/review")
        .then()
        .statusCode(200)
        .body("reviewDueOn", equalTo(TODAY.plusDays(30).toString()));
    json(Api.asAdmin())
        .body(Map.of("registrationNumber", "2026500001000999", "certifiedIncome", 700000))
        .post("/api/contracts/" + id + "/registration")
        .then()
        .statusCode(200)
        .body("state", equalTo("REGISTERED"));
  }

  @Test
  void aContractNotRegisteredSaysWhy() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    String id =
        json(founder.api())
            .body(draft("CONSULTANCY", "50000"))
            .post("/api/projects/" + project + "/contracts")
            .jsonPath()
            .getString("id");
    founder.api().post("/api/contracts/" + id + "/submission").then().statusCode(200);
    Api.asAdmin().post("/api/contracts/" + id + "/review").then().statusCode(200);
    json(Api.asAdmin())
        .body(Map.of("reason", " "))
        .post("/api/contracts/" + id + "/refusal")
        .then()
        .statusCode(400);
    json(Api.asAdmin())
        .body(Map.of("reason", "Routine consultancy without technical content"))
        .post("/api/contracts/" + id + "/refusal")
        .then()
        .statusCode(200)
        .body("state", equalTo("NOT_REGISTERED"))
        .body("notRegisteredReason", equalTo("Routine consultancy without technical content"))
        .body("reviewOverdue", equalTo(false));
  }

  @Test
  void aContractNeedsASellerAndABuyer() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    Map<String, Object> oneSided = new java.util.HashMap<>(draft("SERVICE", "10"));
    oneSided.put(
        "parties",
        List.of(
            Map.of("role", "SELLER", "name", "甲"), Map.of("role", "INTERMEDIARY", "name", "乙")));
    json(founder.api())
        .body(oneSided)
        .post("/api/projects/" + project + "/contracts")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("parties"));
  }
}
