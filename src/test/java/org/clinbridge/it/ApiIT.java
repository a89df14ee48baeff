package org.clinbridge.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.clinbridge.testing.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Black-box: the built WAR on Payara Micro and PostgreSQL, spoken to over HTTP only. */
class ApiIT {
  private static String base;

  @BeforeAll
  static void app() {
    base = RunningApp.postgres().baseUrl();
  }

  @Test
  void readinessChecksThePostgresqlDatabase() {
    given()
        .baseUri(base)
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.find { it.name == 'database' }.data.product", equalTo("PostgreSQL"));
    given().baseUri(base).get("/health/live").then().statusCode(200);
  }

  @Test
  void readinessSaysDownWithinItsTimeoutWhenTheDatabaseIsSlow() throws Exception {
    // The schema history held by an exclusive lock: the check's query cannot finish.
    try (java.sql.Connection c = org.clinbridge.testing.TestDatabase.connect()) {
      c.setAutoCommit(false);
      try (java.sql.Statement s = c.createStatement()) {
        s.execute("lock table flyway_schema_history in access exclusive mode");
        long start = System.nanoTime();
        var r = given().baseUri(base).get("/health/ready");
        long millis = (System.nanoTime() - start) / 1_000_000;
        r.then().statusCode(503).body("status", equalTo("DOWN"));
        org.assertj.core.api.Assertions.assertThat(millis)
            .as("the check's own 2 s timeout, not the load balancer's")
            .isLessThan(5_000);
      } finally {
        c.rollback();
      }
    }
    given().baseUri(base).get("/health/ready").then().statusCode(200);
  }

  @Test
  void subcataloguesComeInChineseAndEnglishThroughKeysetPages() {
    List<String> codes = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var req = given().baseUri(base).queryParam("limit", 5);
      if (cursor != null) {
        req.queryParam("cursor", cursor);
      }
      Response r = req.get("/api/reference/nmpa-subcatalogues");
      r.then().statusCode(200).contentType(startsWith("application/json"));
      codes.addAll(r.jsonPath().getList("items.code"));
      cursor = r.jsonPath().getString("next");
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(5);
    assertThat(codes).hasSize(22).isSorted().doesNotHaveDuplicates();

    given()
        .baseUri(base)
        .get("/api/reference/nmpa-subcatalogues/21")
        .then()
        .statusCode(200)
        .body("name.zh", equalTo("医用软件"))
        .body("name.en", equalTo("Medical software"));
  }

  @Test
  void unknownRecordIsA404ProblemInTheCallersLanguage() {
    given()
        .baseUri(base)
        .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
        .get("/api/reference/nmpa-subcatalogues/99")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .header("Content-Language", "zh-CN")
        .body("type", equalTo("urn:clinbridge:problem:not-found"))
        .body("title", equalTo("未找到"))
        .body("instance", equalTo("/api/reference/nmpa-subcatalogues/99"));
  }

  @Test
  void unknownPathsInsideAndOutsideTheApiAre404Problems() {
    for (String path : List.of("/api/no-such-thing", "/no-such-page")) {
      given()
          .baseUri(base)
          .get(path)
          .then()
          .statusCode(404)
          .contentType(startsWith("application/problem+json"))
          .body("type", equalTo("urn:clinbridge:problem:not-found"))
          .body("title", equalTo("Not found"))
          .body("requestId", not(emptyOrNullString()))
          .body(not(org.hamcrest.Matchers.containsString("Exception")));
    }
  }

  @Test
  void wrongMethodIs405WithAllow() {
    given()
        .baseUri(base)
        .delete("/api/reference/nmpa-subcatalogues")
        .then()
        .statusCode(405)
        .header("Allow", org.hamcrest.Matchers.containsString("GET"))
        .body("type", equalTo("urn:clinbridge:problem:method-not-allowed"));
  }

  @Test
  void badPagingParametersNameTheirField() {
    given()
        .baseUri(base)
        .queryParam("limit", 0)
        .get("/api/reference/nmpa-subcatalogues")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:clinbridge:problem:validation"))
        .body("violations.field", hasItem("limit"));
    given()
        .baseUri(base)
        .queryParam("cursor", "not-a-cursor")
        .get("/api/reference/nmpa-subcatalogues")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("cursor"));
  }

  @Test
  void theRequestIdIsEchoedOrMade() {
    given()
        .baseUri(base)
        .header("X-Request-Id", "trace-abc-123")
        .get("/api/reference/nmpa-subcatalogues/01")
        .then()
        .header("X-Request-Id", "trace-abc-123");
    given()
        .baseUri(base)
        .get("/api/reference/nmpa-subcatalogues/01")
        .then()
        .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
  }

  @Test
  void theOpenApiDocumentDescribesTheProblemTypeAndTheBrowserPageLoadsIt() {
    given()
        .baseUri(base)
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("components.schemas.Problem.properties.type", not(nullValue()))
        .body(
            "paths.'/api/reference/nmpa-subcatalogues'.get.responses.'404'.content.'application/problem+json'",
            not(nullValue()));
    given()
        .baseUri(base)
        .get("/api-docs/")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("swagger-ui-bundle.js"));
    given()
        .baseUri(base)
        .get(
            "/webjars/swagger-ui/"
                + System.getProperty("swagger.ui.version")
                + "/swagger-ui-bundle.js")
        .then()
        .statusCode(200);
  }

  @Test
  void metricsAreServed() {
    given().baseUri(base).get("/metrics").then().statusCode(200);
  }

  @Test
  void everyOperationIsDocumented() {
    Response r = given().baseUri(base).accept("application/json").get("/openapi");
    assertThat(r.jsonPath().getMap("paths")).isNotEmpty();
    r.then().body("paths.keySet()", not(hasSize(0)));
  }
}
