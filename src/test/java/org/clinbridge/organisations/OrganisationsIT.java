package org.clinbridge.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.clinbridge.testing.Usccs;
import org.junit.jupiter.api.Test;

/** Black-box: registering, reading, scoping and changing organisations. */
class OrganisationsIT {

  private static Map<String, Object> form(String kind, String uscc) {
    return Map.of(
        "kind",
        kind,
        "name",
        Map.of("zh", "重庆示例医疗科技有限公司", "en", "Chongqing Example Medtech"),
        "uscc",
        uscc,
        "contact",
        Map.of("name", "王芳", "email", "wang@example.cn", "phone", "023-6500000"));
  }

  @Test
  void aValidOrganisationIs201WithALocationThatReadsItBack() {
    String uscc = Usccs.random();
    Response created =
        Api.asAdmin()
            .contentType(ContentType.JSON)
            .body(form("START_UP", uscc))
            .post("/api/organisations");
    created
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/organisations/"))
        .header("ETag", not(equalTo(null)))
        .body("uscc", equalTo(uscc))
        .body("kind", equalTo("START_UP"))
        .body("active", equalTo(true))
        .body("contact.name", equalTo("王芳"));
    String location = created.header("Location");
    Api.asAdmin().get(location).then().statusCode(200).body("name.zh", equalTo("重庆示例医疗科技有限公司"));
  }

  @Test
  void aWrongCheckCharacterIsA400NamingUsccAndTheExpectedCharacterInBothLanguages() {
    String bad = Usccs.withWrongCheck();
    char expected = correctCheckFor(bad);
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .header("Accept-Language", "en")
        .body(form("HOSPITAL", bad))
        .post("/api/organisations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:clinbridge:problem:validation"))
        .body("violations[0].field", equalTo("uscc"))
        .body("violations[0].message", containsString("should be '" + expected + "'"));
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .header("Accept-Language", "zh-CN")
        .body(form("HOSPITAL", bad))
        .post("/api/organisations")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("uscc"))
        .body("violations[0].message", containsString("校验码"))
        .body("violations[0].message", containsString("'" + expected + "'"));
    // A forbidden letter is named by its position.
    String withO = "O" + bad.substring(1);
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(form("HOSPITAL", withO))
        .post("/api/organisations")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("uscc"))
        .body("violations[0].message", containsString("character 1 ('O')"));
  }

  private static char correctCheckFor(String code) {
    return org.clinbridge.organisations.entity.Uscc.checkCharacter(code.substring(0, 17));
  }

  @Test
  void aUsccRegisteredTwiceIsA409() {
    String uscc = Usccs.random();
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(form("START_UP", uscc))
        .post("/api/organisations")
        .then()
        .statusCode(201);
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(form("UNIVERSITY", uscc))
        .post("/api/organisations")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:uscc-taken"));
  }

  @Test
  void aStartUpMemberSeesOnlyTheirOwnOrganisationAndAnotherIsA404() {
    Api.TestUser mine = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    Api.TestUser theirs = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    mine.api().get("/api/organisations/" + mine.organisation().id()).then().statusCode(200);
    mine.api()
        .get("/api/organisations/" + theirs.organisation().id())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    List<String> ids = mine.api().get("/api/organisations").jsonPath().getList("items.id");
    assertThat(ids).containsExactly(mine.organisation().id().toString());
    mine.api().get("/api/accounts/" + theirs.accountId()).then().statusCode(404);
  }

  @Test
  void theDistrictAdminListsWithFiltersInKeysetPages() {
    Api.Org a = Api.organisation(OrganisationKind.CONSULTATION_STATION);
    Api.Org b = Api.organisation(OrganisationKind.CONSULTATION_STATION);
    Response page1 =
        Api.asAdmin()
            .queryParam("kind", "CONSULTATION_STATION")
            .queryParam("limit", 1)
            .get("/api/organisations");
    page1.then().statusCode(200).body("items.size()", equalTo(1));
    String next = page1.jsonPath().getString("next");
    assertThat(next).isNotBlank();
    List<String> all =
        Api.asAdmin()
            .queryParam("kind", "CONSULTATION_STATION")
            .queryParam("limit", 200)
            .get("/api/organisations")
            .jsonPath()
            .getList("items.id");
    assertThat(all).contains(a.id().toString(), b.id().toString());
    Api.asAdmin()
        .queryParam("q", b.uscc().substring(8, 14).toLowerCase())
        .get("/api/organisations")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(b.id().toString()));
    Api.asAdmin()
        .queryParam("kind", "PLANET")
        .get("/api/organisations")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("kind"));
  }

  @Test
  void anOrgAdminEditsTheirOwnOrganisationWithIfMatchButNotAnother() {
    Api.TestUser admin = Api.user(OrganisationKind.HOSPITAL, Role.ORG_ADMIN, Role.HOSPITAL_STAFF);
    Api.TestUser staff = Api.user(admin.organisation(), Role.HOSPITAL_STAFF);
    Api.Org other = Api.organisation(OrganisationKind.HOSPITAL);
    String path = "/api/organisations/" + admin.organisation().id();
    String etag = admin.api().get(path).header("ETag");
    Map<String, Object> update =
        Map.of("name", Map.of("zh", "第一医院", "en", "First Hospital"), "contact", Map.of());
    admin.api().contentType(ContentType.JSON).body(update).put(path).then().statusCode(428);
    admin
        .api()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(update)
        .put(path)
        .then()
        .statusCode(200)
        .body("name.en", equalTo("First Hospital"));
    admin
        .api()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(update)
        .put(path)
        .then()
        .statusCode(412);
    staff
        .api()
        .contentType(ContentType.JSON)
        .header("If-Match", "*")
        .body(update)
        .put(path)
        .then()
        .statusCode(403);
    admin
        .api()
        .contentType(ContentType.JSON)
        .header("If-Match", "*")
        .body(update)
        .put("/api/organisations/" + other.id())
        .then()
        .statusCode(404);
  }

  @Test
  void deactivationNeedsAReasonAndStopsItsPeopleSigningIn() {
    Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    String path = "/api/organisations/" + founder.organisation().id();
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", " "))
        .post(path + "/deactivate")
        .then()
        .statusCode(400);
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "dissolved"))
        .post(path + "/deactivate")
        .then()
        .statusCode(200)
        .body("active", equalTo(false))
        .body("deactivatedReason", equalTo("dissolved"));
    founder.api().get("/api/auth/me").then().statusCode(401);
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "again"))
        .post(path + "/deactivate")
        .then()
        .statusCode(409);
    Api.asAdmin().post(path + "/reactivate").then().statusCode(200).body("active", equalTo(true));
    founder.api().get("/api/auth/me").then().statusCode(200);
  }
}
