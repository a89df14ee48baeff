package org.clinbridge.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.licensing.LicensingFixtures;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.Api.TestUser;
import org.clinbridge.testing.AuditTable;
import org.clinbridge.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Black-box: a start-up asks, the station answers and resolves, the asker rates; internal notes
 * never reach the asker; another organisation sees 404; the clocks run on the working calendar.
 */
class ConsultationsIT {
  final TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
  final TestUser consultant = Api.user(OrganisationKind.CONSULTATION_STATION, Role.CONSULTANT);

  String project(TestUser owner) {
    Map<String, Object> form = new HashMap<>();
    form.put("title", Map.of("zh", "可穿戴心电监测贴", "en", "Wearable ECG patch"));
    form.put("summary", Map.of("zh", "单导联心电监测", "en", "Single-lead ECG monitoring"));
    form.put("category", "MEDICAL_DEVICE");
    form.put("subcatalogue", "07");
    form.put("expectedClass", "II");
    form.put("trl", 4);
    return owner
        .api()
        .contentType(ContentType.JSON)
        .body(form)
        .post("/api/projects")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  Response ask(TestUser asker, String project) {
    Map<String, Object> form = new HashMap<>();
    form.put("topic", "CLASSIFICATION");
    form.put("subject", "心电贴分类");
    form.put("question", "单导联心电贴属于第几类医疗器械？");
    if (project != null) {
      form.put("project", project);
    }
    return asker.api().contentType(ContentType.JSON).body(form).post("/api/consultations");
  }

  Response post(TestUser who, String id, String action, String etag, Map<String, ?> body) {
    var spec = who.api().contentType(ContentType.JSON).body(body);
    if (etag != null) {
      spec = spec.header("If-Match", etag);
    }
    return spec.post("/api/consultations/" + id + "/" + action);
  }

  Response get(TestUser who, String id) {
    return who.api().get("/api/consultations/" + id);
  }

  @Test
  void aQuestionAnsweredResolvedAndRated() throws Exception {
    String project = project(founder);
    Response asked = ask(founder, project);
    asked.then().statusCode(201);
    String id = asked.path("id");
    assertThat((String) asked.path("status")).isEqualTo("NEW");
    assertThat((String) asked.path("clocks.firstResponse.state")).isIn("RUNNING", "NOT_COUNTED");

    // The consultant sees the project beside the question, and notes privately.
    Response seen = get(consultant, id);
    seen.then().statusCode(200);
    assertThat((String) seen.path("project.expectedClass")).isEqualTo("II");
    assertThat((String) seen.path("project.stage")).isNotBlank();
    post(consultant, id, "messages", null, Map.of("text", "内部：疑似 07-03", "internal", true))
        .then()
        .statusCode(200);
    assertThat(get(consultant, id).jsonPath().getList("messages.text")).contains("内部：疑似 07-03");
    assertThat(get(founder, id).jsonPath().getList("messages.text"))
        .as("the asker never sees an internal note")
        .doesNotContain("内部：疑似 07-03");
    post(founder, id, "messages", null, Map.of("text", "x", "internal", true))
        .then()
        .statusCode(400);

    // Another organisation, and another start-up's member, see nothing.
    TestUser other = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    get(other, id).then().statusCode(404);
    post(other, id, "messages", null, Map.of("text", "?")).then().statusCode(404);
    assertThat(other.api().get("/api/consultations").jsonPath().getList("items.id"))
        .doesNotContain(id);
    assertThat(founder.api().get("/api/consultations").jsonPath().getList("items.id")).contains(id);

    // Answer, ask for documents (If-Match), the asker answers, resolve, rate.
    Response answered =
        post(consultant, id, "messages", null, Map.of("text", "请说明预期用途", "internal", false));
    assertThat((String) answered.path("status")).isEqualTo("OPEN");
    assertThat((String) answered.path("assignee")).isEqualTo(consultant.username());
    post(consultant, id, "request-documents", null, Map.of("text", "请提供说明书"))
        .then()
        .statusCode(428);
    post(consultant, id, "request-documents", "\"0\"", Map.of("text", "请提供说明书"))
        .then()
        .statusCode(412);
    Response pending =
        post(
            consultant, id, "request-documents", answered.header("ETag"), Map.of("text", "请提供说明书"));
    pending.then().statusCode(200);
    assertThat((String) pending.path("status")).isEqualTo("PENDING_CUSTOMER");
    assertThat((String) pending.path("clocks.resolution.state")).isIn("PAUSED", "NOT_COUNTED");
    Response back = post(founder, id, "messages", null, Map.of("text", "已上传说明书"));
    assertThat((String) back.path("status")).isEqualTo("OPEN");
    Response early = post(founder, id, "rating", back.header("ETag"), Map.of("stars", 5));
    early.then().statusCode(409).contentType("application/problem+json");
    assertThat((String) early.path("type")).isEqualTo("urn:clinbridge:problem:consultation-rating");
    Response resolved = post(consultant, id, "resolve", back.header("ETag"), Map.of("text", "第二类"));
    resolved.then().statusCode(200);
    assertThat((String) resolved.path("status")).isEqualTo("RESOLVED");
    Response rated =
        post(founder, id, "rating", resolved.header("ETag"), Map.of("stars", 4, "comment", "清楚"));
    rated.then().statusCode(200);
    assertThat((Integer) rated.path("rating")).isEqualTo(4);
    Response twice = post(founder, id, "rating", rated.header("ETag"), Map.of("stars", 5));
    twice.then().statusCode(409);
    assertThat(
            AuditTable.entriesOf("consultation", id).stream().map(AuditTable.Row::action).toList())
        .containsSubsequence("asked", "answered", "documents-requested", "resolved", "rated");
  }

  @Test
  void askedBeforeTheSpringFestivalIsDueOnTheWorkedSaturdayAndBreachedOnce() throws Exception {
    String id = ask(founder, null).then().statusCode(201).extract().path("id");
    // Asked on Friday 13 February 2026 at 16:00 in Shanghai: set in the database, as the API takes
    // the time from the clock.
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement("update consultation set created_at = ? where public_id = ?")) {
      ps.setObject(1, OffsetDateTime.parse("2026-02-13T08:00:00Z"));
      ps.setObject(2, UUID.fromString(id));
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    Response r = get(consultant, id);
    // 8 working hours: 1.5 h on Friday, 6.5 h on the worked Saturday 14, 17:00 in Shanghai.
    assertThat((String) r.path("clocks.firstResponse.due")).isEqualTo("2026-02-14T09:00:00Z");
    assertThat((String) r.path("clocks.firstResponse.state")).isEqualTo("BREACHED");
    assertThat((Object) r.path("clocks.firstResponseBreachedAt")).as("not yet recorded").isNull();
    Response answered =
        post(consultant, id, "messages", null, Map.of("text", "抱歉回复晚了", "internal", false));
    assertThat((String) answered.path("clocks.firstResponseBreachedAt"))
        .isEqualTo("2026-02-14T09:00:00Z");
    post(consultant, id, "messages", null, Map.of("text", "补充", "internal", false))
        .then()
        .statusCode(200);
    List<Object> breaches = countBreaches(id);
    assertThat(breaches).as("recorded once, at the instant").hasSize(1);
  }

  @Test
  void aQuestionAboutALicenceApplicationShowsTheConsultantItsStateAndClock() {
    String project = ProjectsFixtures.createProject(founder);
    JsonPath submitted = LicensingFixtures.submittedRegistration(founder, project);
    String application = submitted.getString("id");
    Map<String, Object> form = new HashMap<>();
    form.put("topic", "CLASS_II_III_REGISTRATION");
    form.put("subject", "受理时限");
    form.put("question", "提交后多久受理？");
    form.put("licenceApplication", application);
    Response asked =
        founder.api().contentType(ContentType.JSON).body(form).post("/api/consultations");
    asked.then().statusCode(201);
    String id = asked.path("id");
    assertThat((String) asked.path("project.id")).isEqualTo(project);

    Response seen = get(consultant, id);
    seen.then()
        .statusCode(200)
        .body("licenceApplication.id", equalTo(application))
        .body("licenceApplication.type", equalTo("INITIAL_REGISTRATION"))
        .body("licenceApplication.deviceClass", equalTo("II"))
        .body("licenceApplication.state", equalTo("SUBMITTED"))
        .body("licenceApplication.clockStep.en", equalTo(submitted.getString("clock.name.en")))
        .body("licenceApplication.dueOn", equalTo(submitted.getString("clock.dueOn")));
    assertThat(
            consultant
                .api()
                .get("/api/consultations?limit=200")
                .jsonPath()
                .getString("items.find { it.id == '" + id + "' }.licenceApplication.state"))
        .isEqualTo("SUBMITTED");

    // Another start-up's application is not found; one of another project is named as the fault.
    TestUser other = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    form.put("licenceApplication", application);
    other
        .api()
        .contentType(ContentType.JSON)
        .body(form)
        .post("/api/consultations")
        .then()
        .statusCode(404);
    form.put("project", ProjectsFixtures.createProject(founder));
    founder
        .api()
        .contentType(ContentType.JSON)
        .body(form)
        .post("/api/consultations")
        .then()
        .statusCode(400)
        .body("violations.field", org.hamcrest.Matchers.hasItem("licenceApplication"));
  }

  @Test
  void aDuplicateIsMergedAndKeepsItsThreadReadOnly() throws Exception {
    String kept = ask(founder, null).then().statusCode(201).extract().path("id");
    Response duplicate = ask(founder, null);
    String dup = duplicate.path("id");
    Map<String, Object> into = Map.of("into", kept, "reason", "与前一问题相同，合并处理");

    post(consultant, dup, "merge", duplicate.header("ETag"), Map.of("into", dup, "reason", "x"))
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:clinbridge:problem:consultation-merge-target"));
    String foreign =
        ask(Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER), null).path("id");
    post(consultant, dup, "merge", duplicate.header("ETag"), Map.of("into", foreign, "reason", "x"))
        .then()
        .statusCode(422);
    Response merged = post(consultant, dup, "merge", duplicate.header("ETag"), into);
    merged
        .then()
        .statusCode(200)
        .body("status", equalTo("MERGED"))
        .body("mergedInto", equalTo(kept));

    // The asker still reads both; the duplicate takes no more messages.
    get(founder, dup)
        .then()
        .statusCode(200)
        .body("messages.text", org.hamcrest.Matchers.hasItem("与前一问题相同，合并处理"));
    post(founder, dup, "messages", null, Map.of("text", "还在吗")).then().statusCode(409);
    get(founder, kept).then().statusCode(200).body("status", equalTo("NEW"));
    assertThat(
            AuditTable.entriesOf("consultation", dup).stream().map(AuditTable.Row::action).toList())
        .contains("merged");
  }

  @Test
  void aResolvedConsultationClosesItselfAfterFiveWorkingDaysAndMayStillBeRated() throws Exception {
    String id = ask(founder, null).then().statusCode(201).extract().path("id");
    Response answered =
        post(consultant, id, "messages", null, Map.of("text", "按第二类申报", "internal", false));
    post(consultant, id, "resolve", answered.header("ETag"), Map.of("text", "第二类"))
        .then()
        .statusCode(200);

    // Resolved just now: no working day has passed, it stays resolved.
    runAutoClose();
    assertThat((String) get(founder, id).path("status")).isEqualTo("RESOLVED");

    // Resolved on 13 February 2026, before the Spring Festival: long past five working days.
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement("update consultation set resolved_at = ? where public_id = ?")) {
      ps.setObject(1, OffsetDateTime.parse("2026-02-13T08:00:00Z"));
      ps.setObject(2, UUID.fromString(id));
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    runAutoClose();
    Response closed = get(founder, id);
    assertThat((String) closed.path("status")).isEqualTo("CLOSED");
    post(founder, id, "reopen", closed.header("ETag"), Map.of("text", "还有问题"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    post(founder, id, "rating", closed.header("ETag"), Map.of("stars", 5)).then().statusCode(200);
    assertThat(
            AuditTable.entriesOf("consultation", id).stream().map(AuditTable.Row::action).toList())
        .containsSubsequence("resolved", "closed-automatically", "rated");
  }

  private static void runAutoClose() {
    Api.asAdmin()
        .post("/api/admin/jobs/consultation-auto-close/run")
        .then()
        .statusCode(200)
        .body("outcome", org.hamcrest.Matchers.equalTo("SUCCEEDED"));
  }

  static List<Object> countBreaches(String id) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select first_response_breached_at from consultation where public_id = ?"
                    + " and first_response_breached_at is not null")) {
      ps.setObject(1, UUID.fromString(id));
      var rs = ps.executeQuery();
      List<Object> out = new java.util.ArrayList<>();
      while (rs.next()) {
        out.add(rs.getObject(1));
      }
      return out;
    }
  }

  @Test
  void attachmentsKeepTheirMetadataAndThoseOfInternalNotesStayWithTheStation() {
    Map<String, Object> form = new HashMap<>();
    form.put("topic", "CLASSIFICATION");
    form.put("subject", "说明书审阅");
    form.put("question", "附上说明书，请问分类？");
    form.put(
        "attachments",
        List.of(
            Map.of(
                "fileName", "说明书 v2.pdf",
                "mediaType", "application/pdf",
                "sizeBytes", 482113,
                "reference", "DMS-2026-0042")));
    Response asked =
        founder.api().contentType(ContentType.JSON).body(form).post("/api/consultations");
    asked.then().statusCode(201);
    String id = asked.path("id");
    assertThat(asked.jsonPath().getList("attachments.fileName")).containsExactly("说明书 v2.pdf");
    assertThat((Object) asked.path("attachments[0].message")).as("the question's own").isNull();

    Map<String, Object> note = new HashMap<>();
    note.put("text", "内部：对照 07-03 的样例");
    note.put("internal", true);
    note.put(
        "attachments",
        List.of(
            Map.of("fileName", "sample.docx", "mediaType", "application/msword", "sizeBytes", 1)));
    post(consultant, id, "messages", null, note).then().statusCode(200);
    assertThat(get(consultant, id).jsonPath().getList("attachments.fileName"))
        .containsExactly("说明书 v2.pdf", "sample.docx");
    assertThat(get(founder, id).jsonPath().getList("attachments.fileName"))
        .as("an internal note's attachment is the station's")
        .containsExactly("说明书 v2.pdf");

    Map<String, Object> bad = new HashMap<>();
    bad.put("text", "见附件");
    bad.put(
        "attachments", List.of(Map.of("fileName", "x", "mediaType", "not a type", "sizeBytes", 1)));
    Response refused = post(founder, id, "messages", null, bad);
    refused.then().statusCode(422).contentType("application/problem+json");
    assertThat((String) refused.path("type"))
        .isEqualTo("urn:clinbridge:problem:consultation-attachment-invalid");
    assertThat(get(founder, id).jsonPath().getList("messages.text"))
        .as("nothing of the refused message was kept")
        .doesNotContain("见附件");
  }

  @Test
  void aTooLongFieldSaysItsLimitAsPeopleSayIt() {
    Map<String, Object> form = new HashMap<>();
    form.put("topic", "IP");
    form.put("subject", "长".repeat(201));
    form.put("question", "?");
    form.put(
        "attachments", List.of(Map.of("fileName", "a", "mediaType", "text/plain", "sizeBytes", 1)));
    Response en =
        founder
            .api()
            .header("Accept-Language", "en")
            .contentType(ContentType.JSON)
            .body(form)
            .post("/api/consultations");
    en.then().statusCode(400).contentType("application/problem+json");
    assertThat(en.jsonPath().getList("violations.message"))
        .as("not the validator's generic 'size must be between 0 and 200'")
        .containsExactly("at most 200 characters");
    Response zh =
        founder
            .api()
            .header("Accept-Language", "zh-CN")
            .contentType(ContentType.JSON)
            .body(form)
            .post("/api/consultations");
    assertThat(zh.jsonPath().getList("violations.message")).containsExactly("最多 200 个字符");
  }
}
