package org.clinbridge.it;

import static io.restassured.RestAssured.given;
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
      var policies =
          given()
              .baseUri(Api.base())
              .get(path)
              .then()
              .header("X-Content-Type-Options", equalTo("nosniff"))
              .header("Referrer-Policy", equalTo("same-origin"))
              .header("X-Frame-Options", equalTo("SAMEORIGIN"))
              .header("Cache-Control", equalTo("no-store"))
              .extract()
              .headers()
              .getValues("Content-Security-Policy");
      // Pages carry a second policy (scripts), which browsers enforce beside this one.
      org.assertj.core.api.Assertions.assertThat(policies)
          .as(path)
          .anySatisfy(
              p ->
                  org.assertj.core.api.Assertions.assertThat(p).contains("frame-ancestors 'self'"));
    }
  }

  @Test
  void aPageRunsOnlyScriptsOfOurOriginOrCarryingItsNonce() {
    var answer = given().baseUri(Api.base()).get("/app/login.xhtml").then().statusCode(200);
    var policies = answer.extract().headers().getValues("Content-Security-Policy");
    String scripts =
        policies.stream().filter(p -> p.contains("script-src")).findFirst().orElseThrow();
    java.util.regex.Matcher nonce =
        java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(scripts);
    org.assertj.core.api.Assertions.assertThat(nonce.find()).as(scripts).isTrue();
    String html = answer.extract().asString();
    java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<script[^>]*>").matcher(html);
    int inline = 0;
    while (tag.find()) {
      if (!tag.group().contains("src=")) {
        inline++;
        org.assertj.core.api.Assertions.assertThat(tag.group())
            .as("an inline script carries the answer's nonce")
            .contains("nonce=\"" + nonce.group(1) + "\"");
      }
    }
    org.assertj.core.api.Assertions.assertThat(inline)
        .as("the page has inline scripts")
        .isPositive();
    org.assertj.core.api.Assertions.assertThat(html)
        .as("no inline event handler attributes")
        .doesNotContainPattern("\\son(click|change|submit|keyup|focus|load)=");
    String other =
        given()
            .baseUri(Api.base())
            .get("/app/login.xhtml")
            .then()
            .extract()
            .headers()
            .getValues("Content-Security-Policy")
            .stream()
            .filter(p -> p.contains("script-src"))
            .findFirst()
            .orElseThrow();
    org.assertj.core.api.Assertions.assertThat(other)
        .as("a new nonce per answer")
        .isNotEqualTo(scripts);
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
