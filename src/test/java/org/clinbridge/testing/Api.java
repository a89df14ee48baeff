package org.clinbridge.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;

/**
 * Black-box test data and requests through the public API of the shared instance ({@link
 * RunningApp#postgres()}). Every call builds fresh data, so tests never share records:
 *
 * <pre>{@code
 * Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
 * founder.api().get("/api/organisations/" + founder.organisation().id()).then().statusCode(200);
 *
 * Api.TestUser nurse = Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF, Role.ORG_ADMIN);
 * Api.TestUser colleague = Api.user(nurse.organisation(), Role.HOSPITAL_STAFF);
 * Api.asAdmin().get("/api/accounts").then().statusCode(200);   // the district admin
 * Api.anonymous().get("/api/organisations").then().statusCode(401);
 * }</pre>
 *
 * Roles must fit the organisation's kind ({@code OrganisationKind.roles()}): START_UP takes
 * START_UP_MEMBER, HOSPITAL takes HOSPITAL_STAFF, CONSULTATION_STATION takes CONSULTANT, DISTRICT
 * takes DISTRICT_ADMIN and TECH_MANAGER, every kind takes ORG_ADMIN. A test that signs in with a
 * wrong password on purpose should send {@code X-Forwarded-For: }{@link #randomAddress()}, so its
 * failures count against an address of its own.
 */
public final class Api {
  private static String adminToken;
  private static long adminTokenAt;

  private Api() {}

  /** An organisation made for a test. */
  public record Org(UUID id, OrganisationKind kind, String uscc) {}

  /** An account made for a test, signed in. */
  public record TestUser(
      String username,
      String password,
      UUID accountId,
      Org organisation,
      Set<Role> roles,
      String token) {
    /** A request as this user. */
    public RequestSpecification api() {
      return as(token);
    }
  }

  public static String base() {
    return RunningApp.postgres().baseUrl();
  }

  public static RequestSpecification anonymous() {
    return given().baseUri(base()).accept(ContentType.JSON);
  }

  /** A request with {@code Authorization: Bearer <token>}. */
  public static RequestSpecification as(String token) {
    return anonymous().header("Authorization", "Bearer " + token);
  }

  /** A request as the district administrator {@code admin}. */
  public static RequestSpecification asAdmin() {
    return as(adminToken());
  }

  /** The response of POST /api/auth/token, whatever it is. */
  public static Response signIn(String username, String password) {
    return anonymous()
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", password))
        .post("/api/auth/token");
  }

  /** A token for a username and password that are known to be right. */
  public static String token(String username, String password) {
    Response r = signIn(username, password);
    if (r.statusCode() != 200) {
      throw new IllegalStateException("Sign-in of " + username + " failed: " + r.asString());
    }
    return r.jsonPath().getString("access_token");
  }

  /** The administrator's token, renewed well before it expires. */
  public static synchronized String adminToken() {
    if (adminToken == null || System.currentTimeMillis() - adminTokenAt > 5 * 60_000) {
      adminToken = token("admin", RunningApp.adminPassword());
      adminTokenAt = System.currentTimeMillis();
    }
    return adminToken;
  }

  /** A new active organisation of {@code kind} with a random valid USCC, registered by admin. */
  public static Org organisation(OrganisationKind kind) {
    return organisation(kind, null);
  }

  /**
   * The same, with a contact address when {@code contactEmail} is given: the organisation's
   * notification e-mails go there, so a test can read them back (TestSmtp).
   */
  public static Org organisation(OrganisationKind kind, String contactEmail) {
    String uscc = Usccs.random();
    String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    Map<String, Object> form = new java.util.HashMap<>();
    form.put("kind", kind.name());
    form.put("name", Map.of("zh", "测试机构 " + tag, "en", "Test organisation " + tag));
    form.put("uscc", uscc);
    if (contactEmail != null) {
      form.put("contact", Map.of("email", contactEmail));
    }
    Response r = asAdmin().contentType(ContentType.JSON).body(form).post("/api/organisations");
    if (r.statusCode() != 201) {
      throw new IllegalStateException("Cannot create an organisation: " + r.asString());
    }
    return new Org(UUID.fromString(r.jsonPath().getString("id")), kind, uscc);
  }

  /** A new organisation of {@code kind} and a signed-in account in it holding {@code roles}. */
  public static TestUser user(OrganisationKind kind, Role... roles) {
    return user(organisation(kind), roles);
  }

  /** A new signed-in account holding {@code roles} in an existing organisation. */
  public static TestUser user(Org org, Role... roles) {
    String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    String password = "pw-" + UUID.randomUUID();
    List<String> roleNames = Arrays.stream(roles).map(Enum::name).toList();
    Response r =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "organisationId", org.id().toString(),
                    "username", username,
                    "displayName", "Test user " + username,
                    "roles", roleNames,
                    "password", password))
            .post("/api/accounts");
    if (r.statusCode() != 201) {
      throw new IllegalStateException("Cannot create an account: " + r.asString());
    }
    return new TestUser(
        username,
        password,
        UUID.fromString(r.jsonPath().getString("id")),
        org,
        Set.of(roles),
        token(username, password));
  }

  /** A random documentation-range IPv4 address to send as {@code X-Forwarded-For}. */
  public static String randomAddress() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "198.18." + r.nextInt(256) + "." + r.nextInt(1, 255);
  }
}
