package org.clinbridge.projects;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;

/** Test data for the projects areas, made through the public API; fresh for every call. */
public final class ProjectsFixtures {
  private ProjectsFixtures() {}

  public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  public static Api.TestUser founder() {
    return Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
  }

  public static Api.TestUser manager() {
    return Api.user(OrganisationKind.DISTRICT, Role.TECH_MANAGER);
  }

  /** Two random common Chinese characters: a word no other test uses. */
  public static String chineseWord() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2; i++) {
      sb.append((char) ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5));
    }
    return sb.toString();
  }

  public static String latinWord() {
    return "w" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
  }

  public static Map<String, Object> projectBody(String zhTitle, String enTitle) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", Map.of("zh", zhTitle, "en", enTitle));
    body.put(
        "summary",
        Map.of("zh", "连续七天单导联心电监测，" + zhTitle, "en", "Seven-day ECG monitoring, " + enTitle));
    body.put("category", "MEDICAL_DEVICE");
    body.put("subcatalogue", "07");
    body.put("expectedClass", "II");
    body.put("sourceInstitution", "重庆医科大学");
    body.put("trl", 2);
    return body;
  }

  public static RequestSpecification json(RequestSpecification r) {
    return r.contentType(ContentType.JSON);
  }

  /** A project of {@code founder}'s start-up, created by the founder; returns its view. */
  public static Response createProject(Api.TestUser founder, Map<String, Object> body) {
    Response r = json(founder.api()).body(body).post("/api/projects");
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    return r;
  }

  public static String createProject(Api.TestUser founder) {
    return createProject(
            founder, projectBody("可穿戴心电贴 " + chineseWord(), "ECG patch " + latinWord()))
        .jsonPath()
        .getString("id");
  }

  public static void assign(String projectId, Api.TestUser manager) {
    json(Api.asAdmin())
        .body(Map.of("managerId", manager.accountId().toString()))
        .put("/api/projects/" + projectId + "/manager")
        .then()
        .statusCode(200);
  }

  public static void assessTrl(Api.TestUser manager, String projectId, int level) {
    json(manager.api())
        .body(
            Map.of(
                "level", level, "assessedOn", TODAY.toString(), "evidence", "report TRL-" + level))
        .post("/api/projects/" + projectId + "/trl-assessments")
        .then()
        .statusCode(201);
  }

  public static Map<String, Object> move(
      String to, String reason, List<Map<String, String>> evidence) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("to", to);
    if (reason != null) {
      body.put("reason", reason);
    }
    body.put("evidence", evidence);
    return body;
  }

  public static Map<String, String> evidence(String kind) {
    return Map.of("kind", kind, "reference", "DOC-" + kind);
  }

  /** A milestone of the project, due on {@code due}; returns its id. */
  public static String milestone(Api.TestUser who, String projectId, LocalDate due) {
    return json(who.api())
        .body(
            Map.of(
                "title", Map.of("zh", "动物实验 " + chineseWord(), "en", "Animal study"),
                "plannedOn", due.minusDays(30).toString(),
                "dueOn", due.toString(),
                "responsible", "Dr. Wang"))
        .post("/api/projects/" + projectId + "/milestones")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }
}
