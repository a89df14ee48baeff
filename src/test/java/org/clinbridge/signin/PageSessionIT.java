package org.clinbridge.signin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * Black-box, without a browser: the sign-in form hands the password to the authentication
 * mechanism, which keeps the person in a server-side session (with a new session id); the session
 * signs in later page requests but never API requests, and ends when the account is disabled.
 */
class PageSessionIT {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** The page's script nonce, which PrimeFaces' scripts send back with every post. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  /** The answer to the sign-in form (redirect not followed) and the browser's cookies after it. */
  private record SignedIn(Response response, Map<String, String> cookies) {}

  private static SignedIn signIn(String username, String password) {
    return signIn(username, password, true);
  }

  private static SignedIn signIn(String username, String password, boolean withNonce) {
    Response form = given().baseUri(Api.base()).redirects().follow(false).get("/app/login.xhtml");
    form.then().statusCode(200);
    String session = form.getCookie("JSESSIONID");
    Map<String, String> cookies = new java.util.HashMap<>(form.getCookies());
    Matcher m = VIEW_STATE.matcher(form.asString());
    assertThat(m.find()).as("the form carries a view state").isTrue();
    Matcher nonce = NONCE.matcher(form.asString());
    assertThat(nonce.find()).as("the page carries its script nonce").isTrue();
    Response r =
        given()
            .baseUri(Api.base())
            .redirects()
            .follow(false)
            .cookies(cookies)
            .header("X-Forwarded-For", Api.randomAddress())
            .contentType(ContentType.URLENC.withCharset("UTF-8"))
            .formParams(
                Map.of(
                    "signin",
                    "signin",
                    "signin:next",
                    "",
                    "signin:username",
                    username,
                    "signin:password",
                    password,
                    "signin:submit",
                    "",
                    "jakarta.faces.ViewState",
                    m.group(1),
                    "primefaces.nonce",
                    withNonce ? nonce.group(1) : "not-the-page-nonce"))
            .post("/app/login.xhtml");
    if (r.statusCode() == 302 || r.statusCode() == 303) {
      assertThat(r.getCookie("JSESSIONID"))
          .as("a new session id after sign-in")
          .isNotNull()
          .isNotEqualTo(session);
    }
    cookies.putAll(r.getCookies());
    return new SignedIn(r, cookies);
  }

  private static Response page(Map<String, String> cookies, String path) {
    return given().baseUri(Api.base()).redirects().follow(false).cookies(cookies).get(path);
  }

  @Test
  void aFormSignInKeepsThePersonInTheSessionForPagesOnly() {
    Api.TestUser nurse = Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF);
    SignedIn result = signIn(nurse.username(), nurse.password());
    Response signedIn = result.response();
    assertThat(signedIn.statusCode()).isIn(302, 303);
    assertThat(signedIn.header("Location")).contains("/app/home.xhtml");
    Map<String, String> session = result.cookies();

    page(session, "/app/home.xhtml").then().statusCode(200).body(containsString(nurse.username()));
    // The API is stateless: a session cookie is no credential there.
    given().baseUri(Api.base()).cookies(session).get("/api/auth/me").then().statusCode(401);

    // Disabling the account ends its session at the next request.
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "moved to another hospital"))
        .post("/api/accounts/" + nurse.accountId() + "/disable")
        .then()
        .statusCode(200);
    Response after = page(session, "/app/home.xhtml");
    assertThat(after.statusCode()).isIn(302, 303);
    assertThat(after.header("Location")).contains("/app/login.xhtml");
  }

  @Test
  void aWrongPasswordLeavesThePersonOnTheSignInPage() {
    Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    Response r = signIn(founder.username(), "not-the-password").response();
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.asString()).contains("signin:username");
  }

  @Test
  void aPostWithoutThePagesNonceGetsTheExpiredPageNotAFailure() {
    Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    Response r = signIn(founder.username(), "not-the-password", false).response();
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.asString()).contains("error-detail");
  }
}
