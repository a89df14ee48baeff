package org.clinbridge.scenes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.Api.TestUser;
import org.clinbridge.testing.TestSmtp;
import org.junit.jupiter.api.Test;

/** Black-box: start-ups apply to scenes, hospitals review, capacity holds under racing accepts. */
public class ApplicationsIT {
  /** A start-up whose contact address receives the notification e-mails. */
  public static TestUser startUp(String email) {
    return Api.user(Api.organisation(OrganisationKind.START_UP, email), Role.START_UP_MEMBER);
  }

  public static String project(
      TestUser founder, String subcatalogue, String expectedClass, int trl) {
    Map<String, Object> form = new java.util.HashMap<>();
    form.put("title", Map.of("zh", "可穿戴心电监测贴", "en", "Wearable ECG patch " + ScenesIT.word()));
    form.put("summary", Map.of("zh", "单导联心电监测", "en", "Single-lead ECG monitoring"));
    form.put("category", "MEDICAL_DEVICE");
    form.put("subcatalogue", subcatalogue);
    form.put("expectedClass", expectedClass);
    form.put("trl", trl);
    String id =
        founder
            .api()
            .contentType(ContentType.JSON)
            .body(form)
            .post("/api/projects")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    founder
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("findable", true))
        .put("/api/projects/" + id + "/findable")
        .then()
        .statusCode(200);
    return id;
  }

  public static Response apply(TestUser founder, String scene, String project) {
    return founder
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("project", project, "pitch", "Our patch fits your ward", "submit", true))
        .post("/api/scenes/" + scene + "/applications");
  }

  static List<String> inboxKinds(TestUser user) {
    return user.api().get("/api/notifications").then().statusCode(200).extract().path("items.kind");
  }

  @Test
  void aFullFitFarFromTheMiddleOfTheTrlRangeIsNotPushedOutByAHundredNearMisses() throws Exception {
    TestUser staff = ScenesIT.hospital();
    Map<String, Object> form = new java.util.HashMap<>(ScenesIT.form(ScenesIT.word()));
    form.put("subcatalogues", List.of("07"));
    form.put("deviceClasses", List.of("II"));
    form.put("trlMin", 3);
    form.put("trlMax", 9);
    String scene = ScenesIT.createActive(staff, form);
    TestUser fitting = startUp("fit-" + ScenesIT.word() + "@startup.test");
    String fit = project(fitting, "07", "II", 3);
    // More near misses than the database shortlists, every one closer to the middle TRL (6).
    TestUser crowd = startUp("crowd-" + ScenesIT.word() + "@startup.test");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> created = new ArrayList<>();
      for (int i = 0; i < 101; i++) {
        created.add(pool.submit(() -> project(crowd, "07", "I", 6)));
      }
      for (Future<String> f : created) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isNotBlank();
      }
    } finally {
      pool.shutdownNow();
    }

    Response matches =
        staff.api().queryParam("limit", 100).get("/api/scenes/" + scene + "/matches");
    matches.then().statusCode(200);
    List<String> ids = matches.path("items.project.id");
    List<Boolean> eligible = matches.path("items.eligible");
    assertThat(ids).contains(fit);
    // Ranked: every full fit comes before every near miss.
    assertThat(eligible.indexOf(false)).isGreaterThan(ids.indexOf(fit));
  }

  @Test
  void aStartUpFindsAScenesAppliesTalksAndIsAcceptedAndTold() {
    TestUser staff = ScenesIT.hospital();
    String scene = ScenesIT.createActive(staff, ScenesIT.form(ScenesIT.word()));
    String address = "founder-" + ScenesIT.word() + "@startup.test";
    TestUser founder = startUp(address);
    String project = project(founder, "07", "II", 6);

    // Matching both ways, with reasons.
    founder
        .api()
        .queryParam("project", project)
        .get("/api/scenes/matches")
        .then()
        .statusCode(200)
        .body("items.find { it.scene.id == '" + scene + "' }.eligible", equalTo(true))
        .body("items.find { it.scene.id == '" + scene + "' }.matched.code", hasItem("trl"));
    staff
        .api()
        .get("/api/scenes/" + scene + "/matches")
        .then()
        .statusCode(200)
        .body("items.find { it.project.id == '" + project + "' }.eligible", equalTo(true));

    Response applied = apply(founder, scene, project);
    applied.then().statusCode(201).body("status", equalTo("SUBMITTED"));
    String app = applied.path("id");
    // The match now says the project applied, rather than "may apply".
    founder
        .api()
        .queryParam("project", project)
        .get("/api/scenes/matches")
        .then()
        .body("items.find { it.scene.id == '" + scene + "' }.application.id", equalTo(app))
        .body(
            "items.find { it.scene.id == '" + scene + "' }.application.status",
            equalTo("SUBMITTED"));
    assertThat(inboxKinds(staff)).contains("application-submitted");
    apply(founder, scene, project)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:application-duplicate"));

    staff
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "Please send the type-test report."))
        .post("/api/applications/" + app + "/request-info")
        .then()
        .statusCode(200)
        .body("status", equalTo("MORE_INFO_REQUESTED"));
    founder
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "Attached in our data room."))
        .post("/api/applications/" + app + "/messages")
        .then()
        .statusCode(200)
        .body("messages.side", equalTo(List.of("HOSPITAL", "APPLICANT")));
    founder.api().post("/api/applications/" + app + "/submit").then().statusCode(200);
    staff.api().post("/api/applications/" + app + "/review").then().statusCode(200);
    staff
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("conditions", "Ethics approval first"))
        .post("/api/applications/" + app + "/accept")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED_WITH_CONDITIONS"))
        .body("participation", equalTo("ON_SCENE"));
    staff.api().get("/api/scenes/" + scene).then().body("accepted", equalTo(1));
    staff
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("status", "FOLLOW_UP"))
        .post("/api/applications/" + app + "/participation")
        .then()
        .statusCode(200)
        .body("participation", equalTo("FOLLOW_UP"));

    assertThat(inboxKinds(founder)).contains("application-changed", "application-participation");
    // The notices read as sentences and carry what the applicant needs: the conditions.
    assertThat(
            founder
                .api()
                .get("/api/notifications")
                .jsonPath()
                .getList("items.body.en", String.class))
        .anyMatch(b -> b.endsWith("was accepted with these conditions: Ethics approval first"))
        .anyMatch(b -> b.endsWith("is now in follow-up."));
    assertThat(inboxKinds(staff)).contains("application-submitted", "application-message");
    founder
        .api()
        .header("Accept-Language", "zh-CN")
        .get("/api/notifications")
        .then()
        .body("items.subject.zh", hasItem(org.hamcrest.Matchers.containsString("有条件接受")));
    assertThat(TestSmtp.subjectsTo(address, 10_000))
        .anyMatch(s -> s.contains("accepted with conditions"));

    founder.api().get("/api/applications").then().statusCode(200).body("items.id", hasItem(app));
    // Strangers see nothing of it.
    ScenesIT.hospital().api().get("/api/applications/" + app).then().statusCode(404);
    ScenesIT.startUp().api().get("/api/applications/" + app).then().statusCode(404);
  }

  /**
   * Hospital staff list every application to their hospital across its scenes, by scene and by
   * status, with what each project is about; another hospital's applications and scenes do not
   * exist for them, and a start-up may not list them at all.
   */
  @Test
  void aHospitalListsTheApplicationsToAllItsScenesAndNoOthers() {
    TestUser staff = ScenesIT.hospital();
    String ward = ScenesIT.createActive(staff, ScenesIT.form(ScenesIT.word()));
    String clinic = ScenesIT.createActive(staff, ScenesIT.form(ScenesIT.word()));
    TestUser other = ScenesIT.hospital();
    String elsewhere = ScenesIT.createActive(other, ScenesIT.form(ScenesIT.word()));
    TestUser founder = startUp("founder-" + ScenesIT.word() + "@startup.test");
    String project = project(founder, "07", "II", 6);
    String toWard = apply(founder, ward, project).then().statusCode(201).extract().path("id");
    String toClinic = apply(founder, clinic, project).then().statusCode(201).extract().path("id");
    String toElsewhere =
        apply(founder, elsewhere, project).then().statusCode(201).extract().path("id");
    staff
        .api()
        .contentType(ContentType.JSON)
        .post("/api/applications/" + toClinic + "/review")
        .then()
        .statusCode(200);

    staff
        .api()
        .get("/api/applications/received")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(toClinic, toWard)))
        .body("items[0].project.category", equalTo("MEDICAL_DEVICE"))
        .body("items[0].project.summary.en", equalTo("Single-lead ECG monitoring"))
        .body("items[0].project.stage", equalTo("LAB_RESEARCH"));
    staff
        .api()
        .queryParam("scene", ward)
        .get("/api/applications/received")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(toWard)));
    staff
        .api()
        .queryParam("status", "under_review")
        .get("/api/applications/received")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(toClinic)));
    // One per page: the cursor leads to the older one.
    String next =
        staff
            .api()
            .queryParam("limit", 1)
            .get("/api/applications/received")
            .then()
            .statusCode(200)
            .body("items.id", equalTo(List.of(toClinic)))
            .extract()
            .path("next");
    staff
        .api()
        .queryParam("limit", 1)
        .queryParam("cursor", next)
        .get("/api/applications/received")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(toWard)));
    staff
        .api()
        .queryParam("scene", elsewhere)
        .get("/api/applications/received")
        .then()
        .statusCode(404);
    staff
        .api()
        .queryParam("status", "MAYBE")
        .get("/api/applications/received")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("status"));
    other
        .api()
        .get("/api/applications/received")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(toElsewhere)));
    founder.api().get("/api/applications/received").then().statusCode(403);
    Api.asAdmin()
        .queryParam("limit", 200)
        .get("/api/applications/received")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(toElsewhere))
        .body("items.id", hasItem(toWard));
  }

  @Test
  void anApplicationOutsideTheRulesIsAProblemNamingTheRule() {
    TestUser staff = ScenesIT.hospital();
    String scene = ScenesIT.createActive(staff, ScenesIT.form(ScenesIT.word()));
    TestUser founder = ScenesIT.startUp();
    apply(founder, scene, project(founder, "07", "II", 4))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:clinbridge:problem:application-not-accepted-trl-below"))
        .body("detail", equalTo("TRL 4 is below the scene's minimum 5."));
    apply(founder, scene, project(founder, "01", "II", 6))
        .then()
        .statusCode(422)
        .body(
            "type",
            equalTo("urn:clinbridge:problem:application-not-accepted-subcatalogue-not-accepted"));
    apply(founder, scene, project(founder, "07", "I", 6))
        .then()
        .statusCode(422)
        .body(
            "type", equalTo("urn:clinbridge:problem:application-not-accepted-class-not-accepted"));

    Map<String, Object> later = ScenesIT.form(ScenesIT.word());
    later.put("opensAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString());
    later.put("closesAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(9).toString());
    String notYet = ScenesIT.createActive(staff, later);
    apply(founder, notYet, project(founder, "07", "II", 6))
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:clinbridge:problem:application-window-closed"))
        .body(
            "detail",
            org.hamcrest.Matchers.matchesPattern(
                "The scene takes applications from 20\\d\\d-.*Z to 20\\d\\d-.*Z \\(UTC\\)\\."));

    // Every site withdrawn: no applications, and the scene no longer says it is open.
    String withdrawn = ScenesIT.createActive(staff, ScenesIT.form(ScenesIT.word()));
    ScenesIT.progress(
            staff,
            withdrawn,
            "status",
            "WITHDRAWN",
            "date",
            java.time.LocalDate.now(ZoneOffset.UTC).toString(),
            "reason",
            "Sponsor withdrew")
        .statusCode(200);
    apply(founder, withdrawn, project(founder, "07", "II", 6))
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:clinbridge:problem:application-scene-finished"));
    staff.api().get("/api/scenes/" + withdrawn).then().body("window.open", equalTo(false));

    TestUser other = ScenesIT.startUp();
    apply(other, scene, project(founder, "07", "II", 6)).then().statusCode(404);
    staff
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("project", java.util.UUID.randomUUID()))
        .post("/api/scenes/" + scene + "/applications")
        .then()
        .statusCode(403);
    String draft = ScenesIT.create(staff, ScenesIT.form(ScenesIT.word())).path("id");
    apply(founder, draft, project(founder, "07", "II", 6)).then().statusCode(404);
  }

  @Test
  void aHundredRacingAcceptsFillAFiveSlotSceneExactly() throws Exception {
    TestUser staff = ScenesIT.hospital();
    TestUser colleague = Api.user(staff.organisation(), Role.HOSPITAL_STAFF);
    java.util.Map<String, Object> form = ScenesIT.form(ScenesIT.word());
    form.put("capacity", 5);
    String scene = ScenesIT.createActive(staff, form);
    TestUser founder = ScenesIT.startUp();
    List<String> apps = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String app =
          apply(founder, scene, project(founder, "07", "II", 5 + i % 3))
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      staff.api().post("/api/applications/" + app + "/review").then().statusCode(200);
      apps.add(app);
    }
    ExecutorService pool = Executors.newFixedThreadPool(100);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < apps.size(); i++) {
      String app = apps.get(i);
      TestUser reviewer = i % 2 == 0 ? staff : colleague;
      Callable<Integer> accept =
          () -> {
            start.await();
            return reviewer
                .api()
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/applications/" + app + "/accept")
                .statusCode();
          };
      results.add(pool.submit(accept));
    }
    start.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> f : results) {
      codes.add(f.get(120, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(codes).hasSize(100);
    assertThat(codes.stream().filter(c -> c == 200)).hasSize(5);
    assertThat(codes.stream().filter(c -> c == 409)).hasSize(95);
    staff.api().get("/api/scenes/" + scene).then().body("accepted", equalTo(5));
    List<String> statuses = new ArrayList<>();
    String cursor = null;
    do {
      var req = staff.api().queryParam("limit", 200);
      if (cursor != null) {
        req.queryParam("cursor", cursor);
      }
      Response page = req.get("/api/scenes/" + scene + "/applications");
      statuses.addAll(page.jsonPath().getList("items.status"));
      cursor = page.jsonPath().getString("next");
    } while (cursor != null);
    assertThat(statuses).hasSize(100);
    assertThat(statuses.stream().filter(s -> s.startsWith("ACCEPTED"))).hasSize(5);
    assertThat(statuses.stream().filter(s -> s.equals("UNDER_REVIEW"))).hasSize(95);
    // A full scene says so.
    staff
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/applications/" + apps.get(0) + "/accept");
    String waiting =
        apps.stream()
            .filter(
                a ->
                    staff.api().get("/api/applications/" + a).path("status").equals("UNDER_REVIEW"))
            .findFirst()
            .orElseThrow();
    staff
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/applications/" + waiting + "/accept")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:scene-full"));
  }

  @Test
  void aParticipantWhoWithdrawsFreesTheSlotAndARetiredSceneAcceptsNoOne() {
    TestUser staff = ScenesIT.hospital();
    Map<String, Object> form = ScenesIT.form(ScenesIT.word());
    form.put("capacity", 1);
    String scene = ScenesIT.createActive(staff, form);
    TestUser founder = ScenesIT.startUp();
    List<String> apps = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String app =
          apply(founder, scene, project(founder, "07", "II", 6))
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      staff.api().post("/api/applications/" + app + "/review").then().statusCode(200);
      apps.add(app);
    }
    accept(staff, apps.get(0)).then().statusCode(200);
    accept(staff, apps.get(1))
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:scene-full"));
    // Full: capacity is a fit rule, so the scene takes no new application and says why.
    String late = project(founder, "07", "II", 6);
    apply(founder, scene, late)
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:clinbridge:problem:application-not-accepted-full"))
        .body("detail", org.hamcrest.Matchers.containsString("All 1 slots"));
    staff
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("status", "WITHDRAWN"))
        .post("/api/applications/" + apps.get(0) + "/participation")
        .then()
        .statusCode(200);
    staff.api().get("/api/scenes/" + scene).then().body("accepted", equalTo(0));
    apply(founder, scene, late).then().statusCode(201);
    accept(staff, apps.get(1)).then().statusCode(200);

    staff
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Funding ended"))
        .post("/api/scenes/" + scene + "/retire")
        .then()
        .statusCode(200);
    accept(staff, apps.get(2))
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:clinbridge:problem:application-scene-not-open"));
  }

  static Response accept(TestUser staff, String app) {
    return staff
        .api()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/applications/" + app + "/accept");
  }
}
