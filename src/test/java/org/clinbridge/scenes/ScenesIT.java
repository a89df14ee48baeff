package org.clinbridge.scenes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.Api.TestUser;
import org.junit.jupiter.api.Test;

/** Black-box: scenes over HTTP on the shared instance, as hospitals and start-ups use them. */
public class ScenesIT {
  public static TestUser hospital() {
    return Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF);
  }

  static TestUser startUp() {
    return Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
  }

  /** A scene form whose window is open now, with a unique word in its titles. */
  public static Map<String, Object> form(String word) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Map<String, Object> f = new HashMap<>();
    f.put("type", "CLINICAL_EVALUATION");
    f.put(
        "title", Map.of("zh", "可穿戴心电贴临床评价" + word, "en", "Wearable ECG patch evaluation " + word));
    f.put("description", Map.of("zh", "心内科病房试用。", "en", "Tried on the cardiology ward."));
    f.put("department", Map.of("zh", "心血管内科", "en", "Cardiology"));
    f.put("subcatalogues", List.of("07", "21"));
    f.put("deviceClasses", List.of("II"));
    f.put("trlMin", 5);
    f.put("trlMax", 7);
    f.put("certificateRequired", false);
    f.put("capacity", 5);
    f.put("opensAt", now.minusDays(1).toString());
    f.put("closesAt", now.plusDays(30).toString());
    f.put("contacts", List.of(Map.of("name", "Li Wei", "email", "li.wei@example.org")));
    return f;
  }

  public static Response create(TestUser staff, Map<String, Object> form) {
    return staff.api().contentType(ContentType.JSON).body(form).post("/api/scenes");
  }

  public static String createActive(TestUser staff, Map<String, Object> form) {
    String id = create(staff, form).then().statusCode(201).extract().path("id");
    staff.api().post("/api/scenes/" + id + "/publish").then().statusCode(200);
    return id;
  }

  /** Posts a site's progress change (the form as name, value pairs); the answer, to check. */
  static ValidatableResponse progress(TestUser staff, String scene, Object... form) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    for (int i = 0; i < form.length; i += 2) {
      body.put((String) form[i], form[i + 1]);
    }
    return staff
        .api()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/scenes/" + scene + "/progress")
        .then();
  }

  public static String word() {
    return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  @Test
  void aHospitalOpensADraftThatOnlyItSeesUntilPublished() {
    TestUser staff = hospital();
    TestUser colleague = Api.user(staff.organisation(), Role.HOSPITAL_STAFF);
    TestUser otherHospital = hospital();
    TestUser founder = startUp();
    Response created = create(staff, form(word()));
    created
        .then()
        .statusCode(201)
        .header("Location", startsWith(Api.base() + "/api/scenes/"))
        .header("ETag", not(org.hamcrest.Matchers.emptyOrNullString()))
        .body("publication", equalTo("DRAFT"))
        .body("progress", equalTo("IN_REVIEW"))
        .body("hospital.id", equalTo(staff.organisation().id().toString()))
        .body("sites[0].name.en", equalTo("Cardiology"))
        .body("history[0].status", equalTo("IN_REVIEW"))
        .body("accepts.subcatalogues", hasItem("07"));
    String id = created.path("id");
    colleague.api().get("/api/scenes/" + id).then().statusCode(200);
    for (TestUser outsider : List.of(otherHospital, founder)) {
      outsider
          .api()
          .get("/api/scenes/" + id)
          .then()
          .statusCode(404)
          .contentType(startsWith("application/problem+json"));
      outsider.api().get("/api/fhir/ResearchStudy/" + id).then().statusCode(404);
    }
    otherHospital.api().post("/api/scenes/" + id + "/publish").then().statusCode(404);
    founder
        .api()
        .contentType(ContentType.JSON)
        .body(form(word()))
        .post("/api/scenes")
        .then()
        .statusCode(403);
    Api.anonymous().get("/api/scenes/" + id).then().statusCode(401);

    staff
        .api()
        .post("/api/scenes/" + id + "/publish")
        .then()
        .statusCode(200)
        .body("publication", equalTo("ACTIVE"));
    founder
        .api()
        .get("/api/scenes/" + id)
        .then()
        .statusCode(200)
        .body("window.open", equalTo(true));
    // Every change is in the audit trail, for the hospital that owns the scene.
    staff
        .api()
        .queryParam("entity", "scene")
        .queryParam("id", id)
        .queryParam("order", "oldest")
        .get("/api/audit")
        .then()
        .statusCode(200)
        .body("items.action", equalTo(List.of("created", "published")))
        .body("items[1].after.publication", equalTo("ACTIVE"));
    staff
        .api()
        .post("/api/scenes/" + id + "/publish")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:scene-publication-transition"));
  }

  @Test
  void revisingNeedsTheCurrentETag() {
    TestUser staff = hospital();
    Response created = create(staff, form(word()));
    String id = created.path("id");
    String etag = created.header("ETag");
    Map<String, Object> revised = form(word());
    revised.put("capacity", 8);
    staff
        .api()
        .contentType(ContentType.JSON)
        .body(revised)
        .put("/api/scenes/" + id)
        .then()
        .statusCode(428);
    staff
        .api()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"999\"")
        .body(revised)
        .put("/api/scenes/" + id)
        .then()
        .statusCode(412);
    String next =
        staff
            .api()
            .contentType(ContentType.JSON)
            .header("If-Match", etag)
            .body(revised)
            .put("/api/scenes/" + id)
            .then()
            .statusCode(200)
            .body("capacity", equalTo(8))
            .extract()
            .header("ETag");
    assertThat(next).isNotEqualTo(etag);
    staff
        .api()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(revised)
        .put("/api/scenes/" + id)
        .then()
        .statusCode(412);
  }

  @Test
  void theContentRulesAnswerProblemsNamingTheRule() {
    TestUser staff = hospital();
    Map<String, Object> procurement = form(word());
    procurement.put("type", "PROCUREMENT_PILOT");
    create(staff, procurement)
        .then()
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("urn:clinbridge:problem:scene-certificate-required"));
    Map<String, Object> badTrl = form(word());
    badTrl.put("trlMin", 8);
    create(staff, badTrl)
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:clinbridge:problem:scene-trl-range"));
    Map<String, Object> badCode = form(word());
    badCode.put("subcatalogues", List.of("99"));
    create(staff, badCode)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("subcatalogues"));
    Map<String, Object> noTitle = form(word());
    noTitle.remove("title");
    create(staff, noTitle).then().statusCode(400).body("violations.field", hasItem("title"));
  }

  @Test
  void progressIsADatedHistoryAndStopsNeedAReason() {
    TestUser staff = hospital();
    Map<String, Object> f = form(word());
    f.put(
        "sites",
        List.of(
            Map.of("name", Map.of("zh", "一病区", "en", "Ward 1")),
            Map.of("name", Map.of("zh", "二病区", "en", "Ward 2"), "location", "Building 2")));
    String id = create(staff, f).then().statusCode(201).extract().path("id");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    progress(staff, id, "status", "APPROVED", "date", today, "reason", "Ethics approved")
        .statusCode(200)
        .body("progress", equalTo("APPROVED"));
    Response r = staff.api().get("/api/scenes/" + id);
    String ward2 = r.path("sites[1].id");
    progress(
            staff,
            id,
            "status",
            "RECRUITING",
            "date",
            LocalDate.now(ZoneOffset.UTC).plusDays(10).toString(),
            "planned",
            true)
        .statusCode(200)
        .body("history.findAll { it.actualDate == null }.status", hasItem("RECRUITING"));
    progress(staff, id, "site", ward2, "status", "RECRUITING", "date", today)
        .statusCode(200)
        .body("progress", equalTo("RECRUITING"))
        .body("sites.progress", equalTo(List.of("APPROVED", "RECRUITING")));
    progress(staff, id, "site", ward2, "status", "TEMPORARILY_CLOSED", "date", today)
        .statusCode(400)
        .body("type", equalTo("urn:clinbridge:problem:validation"))
        .body("violations[0].field", equalTo("reason"));
    progress(staff, id, "site", ward2, "status", "IN_REVIEW", "date", today)
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:scene-progress-transition"));
    progress(
            staff,
            id,
            "site",
            ward2,
            "status",
            "TEMPORARILY_CLOSED",
            "date",
            today,
            "reason",
            "x".repeat(251))
        .statusCode(400);
    progress(
            staff,
            id,
            "site",
            ward2,
            "status",
            "TEMPORARILY_CLOSED",
            "date",
            today,
            "reason",
            "Ward renovation")
        .statusCode(200)
        .body("progress", equalTo("TEMPORARILY_CLOSED"));
    staff
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Funding ended"))
        .post("/api/scenes/" + id + "/retire")
        .then()
        .statusCode(200)
        .body("publication", equalTo("RETIRED"));
    progress(staff, id, "status", "RECRUITING", "date", today)
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:scene-retired"));
  }

  @Test
  void theCatalogueFiltersActiveScenesAndPagesThroughThem() {
    TestUser staff = hospital();
    TestUser founder = startUp();
    String w = word();
    Map<String, Object> a = form(w + "a");
    String idA = createActive(staff, a);
    Map<String, Object> b = form(w + "b");
    b.put("type", "USABILITY_STUDY");
    b.put("subcatalogues", List.of());
    b.put("deviceClasses", List.of("III"));
    b.put("trlMin", 3);
    b.put("trlMax", 4);
    b.put("department", Map.of("zh", "骨科", "en", "Orthopaedics"));
    String idB = createActive(staff, b);
    Map<String, Object> closed = form(w + "c");
    closed.put("opensAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).toString());
    closed.put("closesAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(9).toString());
    String idC = createActive(staff, closed);
    String draft = create(staff, form(w + "d")).then().statusCode(201).extract().path("id");

    String hospitalId = staff.organisation().id().toString();
    assertThat(ids(founder, Map.of("hospital", hospitalId))).containsExactly(idC, idB, idA);
    assertThat(ids(founder, Map.of("hospital", hospitalId, "type", "USABILITY_STUDY")))
        .containsExactly(idB);
    // b accepts any sub-catalogue; a accepts 07 and 21; c likewise.
    assertThat(ids(founder, Map.of("hospital", hospitalId, "subcatalogue", "01")))
        .containsExactly(idB);
    assertThat(ids(founder, Map.of("hospital", hospitalId, "deviceClass", "III")))
        .containsExactly(idB);
    assertThat(ids(founder, Map.of("hospital", hospitalId, "trl", 6))).containsExactly(idC, idA);
    assertThat(ids(founder, Map.of("hospital", hospitalId, "open", true)))
        .containsExactly(idB, idA);
    assertThat(ids(founder, Map.of("hospital", hospitalId, "department", "ortho")))
        .containsExactly(idB);
    assertThat(ids(founder, Map.of("hospital", hospitalId, "department", "骨科")))
        .containsExactly(idB);
    assertThat(ids(founder, Map.of("q", w + "A"))).containsExactly(idA);
    assertThat(ids(founder, Map.of("q", "心电贴临床评价" + w + "b"))).containsExactly(idB);
    // Drafts are listed only for their own hospital.
    assertThat(ids(founder, Map.of("publication", "DRAFT", "hospital", hospitalId))).isEmpty();
    assertThat(ids(staff, Map.of("publication", "DRAFT"))).containsExactly(draft);
    assertThat(ids(staff, Map.of("mine", true))).containsExactly(idC, idB, idA);

    List<String> paged = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var req = founder.api().queryParam("hospital", hospitalId).queryParam("limit", 2);
      if (cursor != null) {
        req.queryParam("cursor", cursor);
      }
      Response r = req.get("/api/scenes");
      r.then().statusCode(200);
      paged.addAll(r.jsonPath().getList("items.id"));
      cursor = r.jsonPath().getString("next");
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(2);
    assertThat(paged).containsExactly(idC, idB, idA);

    founder
        .api()
        .queryParam("trl", 10)
        .get("/api/scenes")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("trl"));
    founder
        .api()
        .queryParam("type", "PICNIC")
        .get("/api/scenes")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("type"));
    founder.api().queryParam("cursor", "nope").get("/api/scenes").then().statusCode(400);
    Api.anonymous().get("/api/scenes").then().statusCode(401);
  }

  private static List<String> ids(TestUser user, Map<String, ?> query) {
    Response r = user.api().queryParams(query).get("/api/scenes");
    r.then().statusCode(200);
    return r.jsonPath().getList("items.id");
  }

  @Test
  void anActiveSceneExportsAsAValidFhirR4ResearchStudy() {
    TestUser staff = hospital();
    TestUser founder = startUp();
    String id = createActive(staff, form(word()));
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    progress(staff, id, "status", "APPROVED", "date", today).statusCode(200);
    progress(staff, id, "status", "RECRUITING", "date", today).statusCode(200);
    Response r = founder.api().accept("application/fhir+json").get("/api/fhir/ResearchStudy/" + id);
    r.then()
        .statusCode(200)
        .contentType(startsWith("application/fhir+json"))
        .body("resourceType", equalTo("ResearchStudy"))
        .body("id", equalTo(id))
        .body("status", equalTo("active"))
        .body("phase.coding[0].code", equalTo("n-a"))
        .body("primaryPurposeType.coding[0].code", equalTo("device-feasibility"));
    assertThat(FhirR4Validation.errors(r.asString())).isEmpty();
    Api.anonymous().get("/api/fhir/ResearchStudy/" + id).then().statusCode(401);
    founder.api().get("/api/fhir/ResearchStudy/" + UUID.randomUUID()).then().statusCode(404);
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = ScenesIT.class.getResourceAsStream("/scenes/" + path)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aHospitalImportsEveryRegistryFileAsDraftsAndIsToldOfDuplicates() throws IOException {
    TestUser staff = hospital();
    Map<String, String> files =
        Map.of(
            "ctgov/NCT04207047.json", "application/json",
            "ctgov/NCT03475563.json", "application/json",
            "ctgov/NCT03418623.json", "application/json",
            "ctgov/NCT00973089.json", "application/json",
            "ctgov/NCT00513591.legacy.xml", "application/xml");
    for (var f : files.entrySet()) {
      staff
          .api()
          .contentType(f.getValue())
          .body(resource(f.getKey()))
          .post("/api/scenes/imports")
          .then()
          .log()
          .ifValidationFails()
          .statusCode(200)
          .body("imported", equalTo(1))
          .body("reported", equalTo(0));
    }
    Response csv =
        staff
            .api()
            .contentType("text/csv")
            .body(resource("ictrp/ictrp_covid19_sample_2020-04-07.csv"))
            .post("/api/scenes/imports");
    csv.then().statusCode(200).body("imported", equalTo(21)).body("reported", equalTo(0));
    // NCT04246242 etc. came through ICTRP from ClinicalTrials.gov: same registry, other ids.
    staff
        .api()
        .header("Accept-Language", "zh-CN")
        .contentType("application/json")
        .body(resource("ctgov/NCT00973089.json"))
        .post("/api/scenes/imports")
        .then()
        .statusCode(200)
        .body("imported", equalTo(0))
        .body("records[0].reason", equalTo("duplicate"))
        .body("records[0].message", equalTo("贵院已导入此 ClinicalTrials.gov 研究。"));
    List<String> drafts = new ArrayList<>();
    String cursor = null;
    do {
      var req = staff.api().queryParam("publication", "DRAFT").queryParam("limit", 200);
      if (cursor != null) {
        req.queryParam("cursor", cursor);
      }
      Response page = req.get("/api/scenes");
      drafts.addAll(page.jsonPath().getList("items.id"));
      cursor = page.jsonPath().getString("next");
    } while (cursor != null);
    assertThat(drafts).hasSize(26);
    String withdrawn = csv.path("records[0].scene");
    Response fhir = staff.api().get("/api/fhir/ResearchStudy/" + withdrawn);
    fhir.then().statusCode(200);
    assertThat(FhirR4Validation.errors(fhir.asString())).isEmpty();
    startUp()
        .api()
        .contentType("application/json")
        .body(resource("ctgov/NCT00973089.json"))
        .post("/api/scenes/imports")
        .then()
        .statusCode(403);
  }
}
