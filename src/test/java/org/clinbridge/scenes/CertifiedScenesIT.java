package org.clinbridge.scenes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.projects.ProjectsFixtures.json;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinbridge.licensing.LicensingFixtures;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.Api.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Black-box: a scene that requires a registration certificate takes the projects that hold one in
 * force, as the licensing area records them, in its matching and when they apply.
 */
class CertifiedScenesIT {
  @BeforeAll
  static void app() {
    Api.base();
  }

  static String certificate(TestUser founder, String project) {
    return LicensingFixtures.certificate(founder, project, "16").getString("id");
  }

  @Test
  void aSceneRequiringACertificateMatchesAndAcceptsOnlyProjectsThatHoldOneInForce() {
    TestUser staff = ScenesIT.hospital();
    Map<String, Object> form = new HashMap<>(ScenesIT.form(ScenesIT.word()));
    form.put("type", "PROCUREMENT_PILOT");
    form.put("certificateRequired", true);
    // Sub-catalogue 16 (ophthalmic devices), which no other test's projects use, so the ranked
    // matches (at most 100) hold both projects however many the suite has made.
    form.put("subcatalogues", List.of("16"));
    form.put("deviceClasses", List.of("II"));
    form.put("trlMin", 8);
    form.put("trlMax", 9);
    String scene = ScenesIT.createActive(staff, form);

    TestUser holder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    String certified = ApplicationsIT.project(holder, "16", "II", 8);
    String cert = certificate(holder, certified);
    TestUser other = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    String uncertified = ApplicationsIT.project(other, "16", "II", 8);

    JsonPath matches =
        staff
            .api()
            .queryParam("limit", 100)
            .get("/api/scenes/" + scene + "/matches")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(matches.getBoolean("items.find { it.project.id == '" + certified + "' }.eligible"))
        .isTrue();
    assertThat(
            matches.getList(
                "items.find { it.project.id == '" + certified + "' }.matched.code", String.class))
        .contains("certificate");
    assertThat(matches.getBoolean("items.find { it.project.id == '" + uncertified + "' }.eligible"))
        .isFalse();
    assertThat(
            matches.getList(
                "items.find { it.project.id == '" + uncertified + "' }.missing.code", String.class))
        .containsExactly("certificate-missing");

    ApplicationsIT.apply(other, scene, uncertified)
        .then()
        .statusCode(422)
        .body(
            "type", equalTo("urn:clinbridge:problem:application-not-accepted-certificate-missing"));

    // The scenes a certified project sees count its certificate too.
    JsonPath forProject =
        holder
            .api()
            .queryParam("limit", 100)
            .get("/api/scenes/matches?project=" + certified)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(forProject.getBoolean("items.find { it.scene.id == '" + scene + "' }.eligible"))
        .isTrue();

    // A voided certificate is no certificate.
    String etag = holder.api().get("/api/certificates/" + cert).header("ETag");
    json(holder.api())
        .header("If-Match", etag)
        .body(Map.of("reason", "recorded against the wrong project"))
        .post("/api/certificates/" + cert + "/void")
        .then()
        .statusCode(200);
    ApplicationsIT.apply(holder, scene, certified)
        .then()
        .statusCode(422)
        .body(
            "type", equalTo("urn:clinbridge:problem:application-not-accepted-certificate-missing"));
    certificate(holder, certified);
    ApplicationsIT.apply(holder, scene, certified).then().statusCode(201);
  }
}
