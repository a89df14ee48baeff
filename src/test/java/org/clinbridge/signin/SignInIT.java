package org.clinbridge.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.RunningApp;
import org.clinbridge.testing.TestOidcProvider;
import org.junit.jupiter.api.Test;

/** Black-box: sign-in, bearer tokens (ours and an external provider's), throttling. */
class SignInIT {

  @Test
  void theAdministratorGetsAShortLivedRs256TokenWithTheAgreedClaims() throws Exception {
    Response r = Api.signIn("admin", RunningApp.adminPassword());
    r.then()
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"))
        .body("token_type", equalTo("Bearer"))
        .body("expires_in", equalTo(900));
    SignedJWT jwt = SignedJWT.parse(r.jsonPath().getString("access_token"));
    assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    var claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("urn:clinbridge");
    assertThat(claims.getStringClaim("upn")).isEqualTo("admin");
    assertThat(claims.getStringListClaim("groups")).containsExactly("DISTRICT_ADMIN");
    assertThat(claims.getStringClaim("org")).isNotBlank();
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(claims.getSubject()).matches("[0-9a-f-]{36}");
    long lifetime = claims.getExpirationTime().getTime() - claims.getIssueTime().getTime();
    assertThat(lifetime).isEqualTo(900_000);

    // The published key set verifies it.
    String jwks = Api.anonymous().get("/api/auth/jwks").then().statusCode(200).extract().asString();
    var key = com.nimbusds.jose.jwk.JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID());
    assertThat(jwt.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(key.toRSAKey()))).isTrue();

    Api.as(r.jsonPath().getString("access_token"))
        .get("/api/auth/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("admin"))
        .body("organisationKind", equalTo("DISTRICT"))
        .body("roles", hasItem("DISTRICT_ADMIN"));
  }

  @Test
  void withoutATokenAProtectedEndpointIsA401Problem() {
    Api.anonymous()
        .get("/api/organisations")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("type", equalTo("urn:clinbridge:problem:unauthorized"));
  }

  @Test
  void aForgedOrExpiredOrGarbledTokenIsA401WithInvalidToken() throws Exception {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
    TestOidcProvider oidc = TestOidcProvider.get();
    String forged =
        oidc.sign(oidc.claims("mallory", "x", List.of("clinbridge-admins")).build(), stranger);
    String expired =
        oidc.sign(
            oidc.claims("old", "x", List.of("clinbridge-admins"))
                .expirationTime(new Date(System.currentTimeMillis() - 3_600_000))
                .build(),
            oidc.key());
    for (String token : List.of(forged, expired, "not.a.jwt", "abc")) {
      Api.as(token)
          .header("Accept-Language", "zh-CN")
          .get("/api/organisations")
          .then()
          .statusCode(401)
          .contentType(containsString("application/problem+json"))
          .header("WWW-Authenticate", containsString("invalid_token"))
          .body("type", equalTo("urn:clinbridge:problem:invalid-token"))
          .body("title", equalTo("访问令牌无效"));
    }
  }

  @Test
  void aWrongRoleIsA403Problem() {
    Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    founder
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "START_UP"))
        .post("/api/organisations")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:clinbridge:problem:forbidden"));
  }

  @Test
  void aWrongPasswordIsA401ProblemThatDoesNotSayWhichPartWasWrong() {
    String address = Api.randomAddress();
    for (String user : List.of("admin", "nobody-" + System.nanoTime())) {
      Api.anonymous()
          .header("X-Forwarded-For", address)
          .contentType(ContentType.JSON)
          .body(Map.of("username", user, "password", "wrong-password"))
          .post("/api/auth/token")
          .then()
          .statusCode(401)
          .body("type", equalTo("urn:clinbridge:problem:sign-in-failed"));
    }
  }

  @Test
  void repeatedFailuresForOneAccountAreSlowedDownWith429AndRetryAfter() {
    Api.TestUser victim = Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF);
    for (int i = 0; i < 5; i++) {
      Api.anonymous()
          .header("X-Forwarded-For", Api.randomAddress())
          .contentType(ContentType.JSON)
          .body(Map.of("username", victim.username(), "password", "guess-" + i))
          .post("/api/auth/token")
          .then()
          .statusCode(401);
    }
    // Even the right password must wait now.
    Api.anonymous()
        .header("X-Forwarded-For", Api.randomAddress())
        .contentType(ContentType.JSON)
        .body(Map.of("username", victim.username(), "password", victim.password()))
        .post("/api/auth/token")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .body("type", equalTo("urn:clinbridge:problem:too-many-requests"));
    // The token it already had still works: throttling is about guessing, not about the account.
    victim.api().get("/api/auth/me").then().statusCode(200);
  }

  @Test
  void repeatedFailuresFromOneAddressAreSlowedDownAcrossAccounts() {
    String address = Api.randomAddress();
    for (int i = 0; i < 20; i++) {
      Api.anonymous()
          .header("X-Forwarded-For", address)
          .contentType(ContentType.JSON)
          .body(Map.of("username", "spray-" + i + "-" + System.nanoTime(), "password", "x"))
          .post("/api/auth/token")
          .then()
          .statusCode(401);
    }
    Api.anonymous()
        .header("X-Forwarded-For", address)
        .contentType(ContentType.JSON)
        .body(Map.of("username", "admin", "password", RunningApp.adminPassword()))
        .post("/api/auth/token")
        .then()
        .statusCode(429)
        .header("Retry-After", notNullValue());
  }

  @Test
  void aTokenFromTheExternalProviderIsAcceptedAndMappedOntoOurRoles() {
    Api.Org hospital = Api.organisation(OrganisationKind.HOSPITAL);
    TestOidcProvider oidc = TestOidcProvider.get();
    String token =
        oidc.token("dr.zhang", hospital.uscc(), List.of("ward-staff", "clinbridge-admins", "x"));
    // clinbridge-admins maps to DISTRICT_ADMIN, which a hospital's people cannot hold: dropped.
    Api.as(token)
        .get("/api/auth/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("dr.zhang"))
        .body("organisationId", equalTo(hospital.id().toString()))
        .body("roles", equalTo(List.of("HOSPITAL_STAFF")));
    Api.as(token).get("/api/organisations/" + hospital.id()).then().statusCode(200);

    // No usable role, or an unknown organisation: refused.
    Api.as(oidc.token("dr.li", hospital.uscc(), List.of("clinbridge-admins")))
        .get("/api/auth/me")
        .then()
        .statusCode(401);
    Api.as(oidc.token("dr.li", "91500106MA5UABCD07", List.of("ward-staff")))
        .get("/api/auth/me")
        .then()
        .statusCode(401);
  }

  @Test
  void aDisabledAccountCannotSignInAndItsTokensStopWorking() {
    Api.TestUser user = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    user.api().get("/api/auth/me").then().statusCode(200);
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "left the company"))
        .post("/api/accounts/" + user.accountId() + "/disable")
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false));
    user.api().get("/api/auth/me").then().statusCode(401);
    Api.anonymous()
        .header("X-Forwarded-For", Api.randomAddress())
        .contentType(ContentType.JSON)
        .body(Map.of("username", user.username(), "password", user.password()))
        .post("/api/auth/token")
        .then()
        .statusCode(401);
  }
}
