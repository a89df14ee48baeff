package org.clinbridge.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.junit.jupiter.api.Test;

/** Black-box: accounts, invitations, roles per kind, organisation admins' limits, departments. */
class PeopleIT {

  @Test
  void anOrgAdminInvitesAColleagueWhoSetsAPasswordAndSignsIn() {
    Api.TestUser orgAdmin = Api.user(OrganisationKind.HOSPITAL, Role.ORG_ADMIN);
    String username = "nurse" + System.nanoTime();
    Response invited =
        orgAdmin
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "username", username, "displayName", "陈护士", "roles", List.of("HOSPITAL_STAFF")))
            .post("/api/organisations/" + orgAdmin.organisation().id() + "/invitations");
    invited
        .then()
        .statusCode(201)
        .body("account.invitationPending", equalTo(true))
        .body("account.organisation.id", equalTo(orgAdmin.organisation().id().toString()));
    String secret = invited.jsonPath().getString("secret");
    // Before accepting there is no password to sign in with.
    Api.signIn(username, "whatever-it-is").then().statusCode(401);
    Api.anonymous()
        .contentType(ContentType.JSON)
        .body(Map.of("secret", secret, "password", "a-new-password-1"))
        .post("/api/invitations/accept")
        .then()
        .statusCode(204);
    String token = Api.token(username, "a-new-password-1");
    Api.as(token)
        .get("/api/auth/me")
        .then()
        .statusCode(200)
        .body("roles", equalTo(List.of("HOSPITAL_STAFF")));
    // The secret works once.
    Api.anonymous()
        .contentType(ContentType.JSON)
        .body(Map.of("secret", secret, "password", "another-password-2"))
        .post("/api/invitations/accept")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:clinbridge:problem:invitation-invalid"));
  }

  /**
   * A lost link is sent again (the old one stops working) and an invitation is cancelled with a
   * reason (its link stops working, the account is disabled); an accepted invitation is neither,
   * and another organisation's administrator does not find the account.
   */
  @Test
  void aPendingInvitationIsSentAgainOrCancelledByItsOrganisationsAdministrator() {
    Api.TestUser orgAdmin = Api.user(OrganisationKind.HOSPITAL, Role.ORG_ADMIN);
    String first = invite(orgAdmin, "ward" + System.nanoTime());
    String account = first.split(" ")[0];
    String oldSecret = first.split(" ")[1];

    Api.TestUser stranger = Api.user(OrganisationKind.HOSPITAL, Role.ORG_ADMIN);
    stranger.api().post("/api/accounts/" + account + "/invitation").then().statusCode(404);
    Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF)
        .api()
        .post("/api/accounts/" + account + "/invitation")
        .then()
        .statusCode(403);

    String newSecret =
        orgAdmin
            .api()
            .post("/api/accounts/" + account + "/invitation")
            .then()
            .statusCode(201)
            .body("account.invitationPending", equalTo(true))
            .extract()
            .path("secret");
    assertThat(newSecret).isNotEqualTo(oldSecret);
    accept(oldSecret).then().statusCode(400);
    accept(newSecret).then().statusCode(204);
    orgAdmin
        .api()
        .post("/api/accounts/" + account + "/invitation")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:account-state"));

    String second = invite(orgAdmin, "lab" + System.nanoTime());
    String cancelled = second.split(" ")[0];
    orgAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", " "))
        .post("/api/accounts/" + cancelled + "/invitation/cancellation")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("reason"));
    orgAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Joined another hospital"))
        .post("/api/accounts/" + cancelled + "/invitation/cancellation")
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false))
        .body("invitationPending", equalTo(false))
        .body("disabledReason", equalTo("Joined another hospital"));
    accept(second.split(" ")[1]).then().statusCode(400);
    orgAdmin.api().post("/api/accounts/" + cancelled + "/invitation").then().statusCode(409);
  }

  /** "accountId secret" of a new invitation into the administrator's organisation. */
  private static String invite(Api.TestUser orgAdmin, String username) {
    Response r =
        orgAdmin
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "username", username, "displayName", "王医生", "roles", List.of("HOSPITAL_STAFF")))
            .post("/api/organisations/" + orgAdmin.organisation().id() + "/invitations");
    r.then().statusCode(201);
    return r.jsonPath().getString("account.id") + " " + r.jsonPath().getString("secret");
  }

  private static Response accept(String secret) {
    return Api.anonymous()
        .contentType(ContentType.JSON)
        .body(Map.of("secret", secret, "password", "a-new-password-1"))
        .post("/api/invitations/accept");
  }

  @Test
  void anOrgAdminCannotInviteIntoAnotherOrganisationNorGrantDistrictAdmin() {
    Api.TestUser orgAdmin = Api.user(OrganisationKind.START_UP, Role.ORG_ADMIN);
    Api.Org other = Api.organisation(OrganisationKind.START_UP);
    Map<String, Object> invite =
        Map.of(
            "username",
            "x" + System.nanoTime(),
            "displayName",
            "X",
            "roles",
            List.of("START_UP_MEMBER"));
    orgAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(invite)
        .post("/api/organisations/" + other.id() + "/invitations")
        .then()
        .statusCode(404);
    orgAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "username",
                "y" + System.nanoTime(),
                "displayName",
                "Y",
                "roles",
                List.of("DISTRICT_ADMIN")))
        .post("/api/organisations/" + orgAdmin.organisation().id() + "/invitations")
        .then()
        .statusCode(403);
    // A role that does not fit a start-up is refused by the rule, whoever asks.
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "username",
                "z" + System.nanoTime(),
                "displayName",
                "Z",
                "roles",
                List.of("HOSPITAL_STAFF")))
        .post("/api/organisations/" + orgAdmin.organisation().id() + "/invitations")
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:clinbridge:problem:role-not-allowed"));
  }

  @Test
  void anOrgAdminManagesTheirOwnPeopleOnly() {
    Api.TestUser orgAdmin =
        Api.user(OrganisationKind.START_UP, Role.ORG_ADMIN, Role.START_UP_MEMBER);
    Api.TestUser colleague = Api.user(orgAdmin.organisation(), Role.START_UP_MEMBER);
    Api.TestUser stranger = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    String path = "/api/accounts/" + colleague.accountId();
    String etag = orgAdmin.api().get(path).header("ETag");
    orgAdmin
        .api()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(Map.of("displayName", "张三", "roles", List.of("START_UP_MEMBER")))
        .put(path)
        .then()
        .statusCode(200)
        .body("displayName", equalTo("张三"));
    orgAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "left"))
        .post(path + "/disable")
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false));
    orgAdmin.api().post(path + "/enable").then().statusCode(200).body("enabled", equalTo(true));
    orgAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "no"))
        .post("/api/accounts/" + stranger.accountId() + "/disable")
        .then()
        .statusCode(404);
    orgAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "me"))
        .post("/api/accounts/" + orgAdmin.accountId() + "/disable")
        .then()
        .statusCode(409);
    // A plain member sees colleagues but changes nobody.
    colleague.api().get("/api/accounts/" + orgAdmin.accountId()).then().statusCode(200);
    colleague
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "x"))
        .post("/api/accounts/" + orgAdmin.accountId() + "/disable")
        .then()
        .statusCode(403);
    List<String> visible =
        colleague
            .api()
            .queryParam("limit", 200)
            .get("/api/accounts")
            .jsonPath()
            .getList("items.id");
    assertThat(visible)
        .contains(orgAdmin.accountId().toString(), colleague.accountId().toString())
        .doesNotContain(stranger.accountId().toString());
  }

  @Test
  void theDistrictAdminCreatesAccountsAnywhereButUsernamesAreUnique() {
    Api.Org station = Api.organisation(OrganisationKind.CONSULTATION_STATION);
    String username = "Consultant." + System.nanoTime();
    Map<String, Object> form =
        Map.of(
            "organisationId",
            station.id().toString(),
            "username",
            username,
            "displayName",
            "顾问",
            "roles",
            List.of("CONSULTANT"),
            "password",
            "long-enough-password");
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(form)
        .post("/api/accounts")
        .then()
        .statusCode(201)
        .body("username", equalTo(username.toLowerCase()));
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(form)
        .post("/api/accounts")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:username-taken"));
    // Sign-in ignores the case of the username.
    Api.token(username.toUpperCase(), "long-enough-password");
  }

  @Test
  void peopleChangeTheirOwnPasswordWithTheCurrentOne() {
    Api.TestUser me = Api.user(OrganisationKind.UNIVERSITY, Role.START_UP_MEMBER);
    me.api()
        .header("X-Forwarded-For", Api.randomAddress())
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", "not-it", "newPassword", "brand-new-password"))
        .put("/api/auth/password")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("currentPassword"));
    me.api()
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", me.password(), "newPassword", "brand-new-password"))
        .put("/api/auth/password")
        .then()
        .statusCode(204);
    Api.token(me.username(), "brand-new-password");
  }

  @Test
  void hospitalsHaveDepartmentsThatAreDeactivatedNotDeleted() {
    Api.TestUser hospitalAdmin =
        Api.user(OrganisationKind.HOSPITAL, Role.ORG_ADMIN, Role.HOSPITAL_STAFF);
    Api.TestUser outsider = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    String base = "/api/organisations/" + hospitalAdmin.organisation().id() + "/departments";
    Response created =
        hospitalAdmin
            .api()
            .contentType(ContentType.JSON)
            .body(Map.of("name", Map.of("zh", "心内科", "en", "Cardiology")))
            .post(base);
    created.then().statusCode(201).body("name.en", equalTo("Cardiology"));
    String location = created.header("Location");
    hospitalAdmin.api().get(base).then().statusCode(200).body("items.name.zh", hasItem("心内科"));
    hospitalAdmin
        .api()
        .contentType(ContentType.JSON)
        .header("If-Match", created.header("ETag"))
        .body(Map.of("name", Map.of("zh", "心血管内科", "en", "Cardiovascular medicine")))
        .put(location)
        .then()
        .statusCode(200);
    hospitalAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "merged"))
        .post(location + "/deactivate")
        .then()
        .statusCode(200)
        .body("active", equalTo(false));
    hospitalAdmin
        .api()
        .get(location)
        .then()
        .statusCode(200)
        .body("deactivatedReason", equalTo("merged"));
    outsider.api().get(base).then().statusCode(404);
    // Only hospitals have departments.
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("name", Map.of("zh", "研发部", "en", "R&D")))
        .post("/api/organisations/" + outsider.organisation().id() + "/departments")
        .then()
        .statusCode(409)
        .body("type", not(equalTo(null)));
  }
}
