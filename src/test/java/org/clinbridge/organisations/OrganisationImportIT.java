package org.clinbridge.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.Usccs;
import org.junit.jupiter.api.Test;

/** Black-box: the CSV import is all or nothing and reports every bad line. */
class OrganisationImportIT {
  private static final String HEADER = "kind,name_zh,name_en,uscc,contact_name,contact_email\n";

  private static Response upload(String csv) {
    return Api.asAdmin()
        .header("Accept-Language", "en")
        .contentType("text/csv; charset=UTF-8")
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .post("/api/organisations/import");
  }

  private static boolean registered(String uscc) {
    return !Api.asAdmin()
        .queryParam("q", uscc)
        .get("/api/organisations")
        .jsonPath()
        .getList("items")
        .isEmpty();
  }

  @Test
  void oneBadRowMeansNothingIsImportedAndEveryBadLineIsNamed() {
    String good = Usccs.random();
    String bad = Usccs.withWrongCheck();
    String csv =
        HEADER
            + "START_UP,好公司,Good Co,"
            + good
            + ",李雷,li@example.cn\n"
            + "HOSPITAL,坏医院,Bad Hospital,"
            + bad
            + ",,\n"
            + "NOT_A_KIND,某机构,Some org,"
            + Usccs.random()
            + ",,\n";
    upload(csv)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:clinbridge:problem:import-rejected"))
        .body("violations.field", hasItem("line 3: uscc"))
        .body("violations.field", hasItem("line 4: kind"))
        .body(
            "violations.find { it.field == 'line 3: uscc' }.message", containsString("should be"));
    assertThat(registered(good)).isFalse();
  }

  @Test
  void aCleanFileWithAByteOrderMarkImportsEveryRow() {
    String a = Usccs.random();
    String b = Usccs.random();
    String csv =
        "\uFEFF"
            + HEADER
            + "START_UP,重庆甲科技有限公司,Chongqing A Tech,"
            + a
            + ",王芳,wang@example.cn\n"
            + "UNIVERSITY,\"某大学, 医学院\",Some University,"
            + b
            + ",,\n";
    Response r = upload(csv);
    r.then().statusCode(200).body("imported", equalTo(2));
    List<String> ids = r.jsonPath().getList("ids");
    assertThat(ids).hasSize(2);
    Api.asAdmin()
        .get("/api/organisations/" + ids.get(1))
        .then()
        .statusCode(200)
        .body("name.zh", equalTo("某大学, 医学院"))
        .body("uscc", equalTo(b));
    // Importing the same file again: every row is now taken, nothing changes.
    upload(csv).then().statusCode(400).body("violations.size()", equalTo(2));
  }

  @Test
  void onlyADistrictAdminImports() {
    Api.TestUser orgAdmin =
        Api.user(
            org.clinbridge.organisations.entity.OrganisationKind.START_UP,
            org.clinbridge.platform.security.Role.ORG_ADMIN);
    orgAdmin
        .api()
        .contentType("text/csv")
        .body(HEADER)
        .post("/api/organisations/import")
        .then()
        .statusCode(403);
  }
}
