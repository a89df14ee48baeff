package org.clinbridge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.clinbridge.testing.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Black-box: input an attacker or a broken client sends is answered at once with a 400 problem, and
 * costs no more than reading it. Each request has a short socket timeout, so a request that spins
 * on the server fails the test instead of hanging it.
 */
class BadInputIT {
  /** Far more than a 400 costs; far less than a spinning request would take to notice. */
  private static final int TIMEOUT_MS = 15_000;

  @BeforeAll
  static void app() {
    Api.base();
  }

  static RequestSpecification bounded() {
    return RestAssured.given()
        .baseUri(Api.base())
        .config(
            RestAssuredConfig.config()
                .httpClient(
                    HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", TIMEOUT_MS)
                        .setParam("http.connection.timeout", TIMEOUT_MS)));
  }

  @Test
  void aBodyCutOffInsideAMemberTheFormDoesNotHaveIsA400NotASpinningCore() {
    // Parsson's skipObject/skipArray loop at the end of input; these bodies made them spin.
    for (String path : new String[] {"/api/auth/token", "/api/invitations/accept"}) {
      for (String body : new String[] {"{\"zzz\": {\"a\": 1", "{\"zzz\": [1, [2", "{\"a\":"}) {
        bounded()
            .contentType(ContentType.JSON)
            .body(body)
            .post(path)
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .body("type", equalTo("urn:clinbridge:problem:malformed-json"));
      }
    }
  }

  @Test
  void aStringPostgresqlCannotStoreIsA400NamingTheField() {
    bounded()
        .contentType(ContentType.JSON)
        .body("{\"username\": \"a\\u0000b\", \"password\": \"x\"}")
        .post("/api/auth/token")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("username"));
  }

  @Test
  void aMalformedAcceptLanguageNeverFailsTheRequest() {
    for (String header :
        new String[] {";q=zz,,,", "zh;q=2", "*;q=abc, en", "en-US;q=0.5;q=0.7, zh-"}) {
      Response r =
          bounded()
              .header("Accept-Language", header)
              .get("/api/reference/nmpa-subcatalogues?limit=1");
      assertThat(r.statusCode()).as(header).isEqualTo(200);
    }
    Response missing =
        bounded().header("Accept-Language", "zh-CN;q=0.9, garbage;q=x").get("/api/no-such-path");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.jsonPath().getString("title")).isNotBlank();
  }
}
