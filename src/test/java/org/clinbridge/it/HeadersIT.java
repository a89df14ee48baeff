package org.clinbridge.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.clinbridge.testing.Api;
import org.junit.jupiter.api.Test;

/** Black-box: the protections every answer carries, and what stays cacheable. */
class HeadersIT {
  @Test
  void apiAnswersAndPagesCarryTheProtectionsAndAreNotStored() {
    for (String path :
        new String[] {
          "/api/reference/nmpa-subcatalogues?limit=1", "/app/login.xhtml", "/api/nope"
        }) {
      given()
          .baseUri(Api.base())
          .get(path)
          .then()
          .header("X-Content-Type-Options", equalTo("nosniff"))
          .header("Referrer-Policy", equalTo("same-origin"))
          .header("X-Frame-Options", equalTo("SAMEORIGIN"))
          .header("Content-Security-Policy", containsString("frame-ancestors 'self'"))
          .header("Cache-Control", equalTo("no-store"));
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    String cookie =
        given().baseUri(Api.base()).get("/app/login.xhtml").then().extract().header("Set-Cookie");
    org.assertj.core.api.Assertions.assertThat(cookie)
        .contains("JSESSIONID")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void thePagesStylesStayCacheable() {
    given()
        .baseUri(Api.base())
        .get("/jakarta.faces.resource/clinbridge/app.css.xhtml")
        .then()
        .statusCode(200)
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("Cache-Control", not(equalTo("no-store")));
  }
}
