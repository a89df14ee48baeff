package org.clinbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clinbridge.contracts.ContractsIT;
import org.clinbridge.funding.FundIT;
import org.clinbridge.licensing.LicensingFixtures;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.scenes.ApplicationsIT;
import org.clinbridge.scenes.ScenesIT;
import org.clinbridge.testing.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks the whole API as every role and as nobody, reading the operations from the live {@code
 * /openapi} document, and checks each answer against {@link #ACCESS}: a caller outside the
 * operation's roles gets 403, nobody gets 401 (both problem+json), and a caller inside gets
 * anything else but a 5xx (usually 404 for the random ids used, or 400 for the empty body).
 *
 * <p><b>Adding an endpoint?</b> Add one line to {@link #ACCESS}: {@code METHOD path | roles}, with
 * the path as the OpenAPI document spells it, and roles as {@code PUBLIC} (no sign-in), {@code ALL}
 * (any signed-in role) or role names separated by spaces. An operation in the document but not in
 * the table fails this test, and so does a line for an operation that no longer exists.
 */
class AuthorizationIT {

  /** Who may call what. One line per operation; keep them grouped by area. */
  static final String ACCESS =
      """
      # sign-in
      POST /api/auth/token                                     | PUBLIC
      GET  /api/auth/jwks                                      | PUBLIC
      GET  /api/auth/me                                        | ALL
      # reference data
      GET  /api/reference/nmpa-subcatalogues                   | PUBLIC
      GET  /api/reference/nmpa-subcatalogues/{code}            | PUBLIC
      GET  /api/reference/fda-product-codes                    | PUBLIC
      GET  /api/reference/fda-product-codes/{code}             | PUBLIC
      POST /api/reference/fda-product-codes/import             | DISTRICT_ADMIN
      GET  /api/reference/fda-decision-codes                   | PUBLIC
      GET  /api/reference/calendar                             | PUBLIC
      GET  /api/reference/calendar/working-days                | PUBLIC
      GET  /api/reference/calendar/years                       | PUBLIC
      POST /api/reference/calendar/years                       | DISTRICT_ADMIN
      GET  /api/reference/calendar/years/{year}                | PUBLIC
      POST /api/reference/calendar/years/{year}/days           | DISTRICT_ADMIN
      POST /api/reference/calendar/years/{year}/notice         | DISTRICT_ADMIN
      GET  /api/reference/calendar/days/{date}                 | PUBLIC
      PUT  /api/reference/calendar/days/{date}                 | DISTRICT_ADMIN
      POST /api/reference/calendar/days/{date}/void            | DISTRICT_ADMIN
      GET  /api/reference/working-hours                        | PUBLIC
      PUT  /api/reference/working-hours                        | DISTRICT_ADMIN
      GET  /api/reference/working-hours/elapsed                | PUBLIC
      GET  /api/reference/working-hours/after                  | PUBLIC
      # timed jobs
      GET  /api/admin/jobs                                     | DISTRICT_ADMIN
      GET  /api/admin/jobs/{name}/runs                         | DISTRICT_ADMIN
      POST /api/admin/jobs/{name}/run                          | DISTRICT_ADMIN
      # organisations and people
      GET  /api/organisations                                  | ALL
      POST /api/organisations                                  | DISTRICT_ADMIN
      POST /api/organisations/import                           | DISTRICT_ADMIN
      GET  /api/organisations/{id}                             | ALL
      PUT  /api/organisations/{id}                             | DISTRICT_ADMIN ORG_ADMIN
      POST /api/organisations/{id}/deactivate                  | DISTRICT_ADMIN
      POST /api/organisations/{id}/reactivate                  | DISTRICT_ADMIN
      GET  /api/organisations/{id}/departments                 | ALL
      POST /api/organisations/{id}/departments                 | DISTRICT_ADMIN ORG_ADMIN
      GET  /api/organisations/{id}/departments/{department}    | ALL
      PUT  /api/organisations/{id}/departments/{department}    | DISTRICT_ADMIN ORG_ADMIN
      POST /api/organisations/{id}/departments/{department}/deactivate | DISTRICT_ADMIN ORG_ADMIN
      POST /api/organisations/{id}/invitations                 | DISTRICT_ADMIN ORG_ADMIN
      POST /api/invitations/accept                             | PUBLIC
      GET  /api/accounts                                       | ALL
      POST /api/accounts                                       | DISTRICT_ADMIN
      GET  /api/accounts/{id}                                  | ALL
      PUT  /api/accounts/{id}                                  | DISTRICT_ADMIN ORG_ADMIN
      POST /api/accounts/{id}/disable                          | DISTRICT_ADMIN ORG_ADMIN
      POST /api/accounts/{id}/invitation                       | DISTRICT_ADMIN ORG_ADMIN
      POST /api/accounts/{id}/invitation/cancellation          | DISTRICT_ADMIN ORG_ADMIN
      POST /api/accounts/{id}/enable                           | DISTRICT_ADMIN ORG_ADMIN
      PUT  /api/auth/password                                  | ALL
      # scenes
      GET  /api/scenes                                         | ALL
      POST /api/scenes                                         | HOSPITAL_STAFF
      POST /api/scenes/imports                                 | HOSPITAL_STAFF
      GET  /api/scenes/{id}                                    | ALL
      PUT  /api/scenes/{id}                                    | HOSPITAL_STAFF
      POST /api/scenes/{id}/publish                            | HOSPITAL_STAFF
      POST /api/scenes/{id}/retire                             | HOSPITAL_STAFF
      POST /api/scenes/{id}/progress                           | HOSPITAL_STAFF
      POST /api/scenes/{id}/sites                              | HOSPITAL_STAFF
      GET  /api/scenes/matches                                 | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      GET  /api/scenes/{id}/matches                            | HOSPITAL_STAFF DISTRICT_ADMIN
      POST /api/scenes/{id}/applications                       | START_UP_MEMBER
      GET  /api/scenes/{id}/applications                       | HOSPITAL_STAFF DISTRICT_ADMIN
      GET  /api/applications                                   | START_UP_MEMBER
      GET  /api/applications/received                          | HOSPITAL_STAFF DISTRICT_ADMIN
      GET  /api/applications/{id}                              | START_UP_MEMBER HOSPITAL_STAFF DISTRICT_ADMIN
      POST /api/applications/{id}/submit                       | START_UP_MEMBER
      POST /api/applications/{id}/withdraw                     | START_UP_MEMBER
      POST /api/applications/{id}/request-info                 | HOSPITAL_STAFF
      POST /api/applications/{id}/review                       | HOSPITAL_STAFF
      POST /api/applications/{id}/accept                       | HOSPITAL_STAFF
      POST /api/applications/{id}/reject                       | HOSPITAL_STAFF
      POST /api/applications/{id}/participation                | HOSPITAL_STAFF
      POST /api/applications/{id}/messages                     | START_UP_MEMBER HOSPITAL_STAFF
      GET  /api/fhir/ResearchStudy/{id}                        | ALL
      # notifications
      GET  /api/notifications                                  | ALL
      GET  /api/notifications/unread-count                     | ALL
      POST /api/notifications/{id}/read                        | ALL
      # audit trail
      GET  /api/audit                                          | ALL
      GET  /api/audit/verify                                   | DISTRICT_ADMIN
      # projects (issue 4)
      GET  /api/projects                                       | ALL
      POST /api/projects                                       | START_UP_MEMBER DISTRICT_ADMIN
      GET  /api/projects/export                                | ALL
      GET  /api/projects/{id}                                  | ALL
      PUT  /api/projects/{id}                                  | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      PUT  /api/projects/{id}/manager                          | DISTRICT_ADMIN
      PUT  /api/projects/{id}/findable                         | START_UP_MEMBER DISTRICT_ADMIN
      POST /api/projects/{id}/stage-moves                      | TECH_MANAGER DISTRICT_ADMIN
      POST /api/projects/{id}/status-changes                   | TECH_MANAGER DISTRICT_ADMIN
      GET  /api/projects/{id}/timeline                         | ALL
      GET  /api/projects/{id}/trl-assessments                  | ALL
      POST /api/projects/{id}/trl-assessments                  | TECH_MANAGER DISTRICT_ADMIN
      GET  /api/projects/{projectId}/milestones                | ALL
      POST /api/projects/{projectId}/milestones                | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      GET  /api/projects/{projectId}/milestones/{milestoneId}  | ALL
      PUT  /api/projects/{projectId}/milestones/{milestoneId}  | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      POST /api/projects/{projectId}/milestones/{milestoneId}/reached | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      POST /api/projects/{projectId}/milestones/{milestoneId}/cancellation | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      GET  /api/projects/{projectId}/milestones/{milestoneId}/reviews | ALL
      POST /api/projects/{projectId}/milestones/{milestoneId}/reviews | TECH_MANAGER DISTRICT_ADMIN
      GET  /api/milestones/overdue                             | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      GET  /api/stage-gates                                    | ALL
      GET  /api/stage-gates/{gate}                             | ALL
      PUT  /api/stage-gates/{gate}                             | DISTRICT_ADMIN
      # proof-of-concept fund
      GET  /api/fund-pools                                     | TECH_MANAGER DISTRICT_ADMIN
      POST /api/fund-pools                                     | DISTRICT_ADMIN
      GET  /api/fund-pools/{id}                                | TECH_MANAGER DISTRICT_ADMIN
      PUT  /api/fund-pools/{id}                                | DISTRICT_ADMIN
      GET  /api/fund-pools/{id}/statement                      | TECH_MANAGER DISTRICT_ADMIN
      GET  /api/fund-pools/{id}/grants                         | TECH_MANAGER DISTRICT_ADMIN
      GET  /api/fund-pools/{id}/ledger                         | TECH_MANAGER DISTRICT_ADMIN
      POST /api/fund-pools/{id}/grants                         | DISTRICT_ADMIN
      GET  /api/grants/{id}                                    | ALL
      POST /api/grants/{id}/tranches/{trancheId}/release       | DISTRICT_ADMIN
      GET  /api/projects/{projectId}/grants                    | ALL
      # technology contracts
      GET  /api/projects/{projectId}/contracts                 | ALL
      POST /api/projects/{projectId}/contracts                 | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      GET  /api/contracts                                      | DISTRICT_ADMIN
      GET  /api/contracts/{id}                                 | ALL
      PUT  /api/contracts/{id}                                 | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      POST /api/contracts/{id}/submission                      | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      POST /api/contracts/{id}/review                          | DISTRICT_ADMIN
      POST /api/contracts/{id}/registration                    | DISTRICT_ADMIN
      POST /api/contracts/{id}/refusal                         | DISTRICT_ADMIN
      POST /api/contracts/{id}/return                         | DISTRICT_ADMIN
      # licensing (issue 11)
      GET  /api/projects/{projectId}/licence-applications      | ALL
      POST /api/projects/{projectId}/licence-applications      | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      GET  /api/projects/{projectId}/pathway                   | ALL
      GET  /api/licensing/pathway                              | PUBLIC
      GET  /api/projects/{projectId}/certificates              | ALL
      POST /api/projects/{projectId}/certificates              | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      GET  /api/licence-applications                           | ALL
      GET  /api/licence-applications/{id}                      | ALL
      PUT  /api/licence-applications/{id}                      | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      POST /api/licence-applications/{id}/moves                | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      GET  /api/licence-applications/{id}/history              | ALL
      GET  /api/licence-applications/{id}/timeline.csv         | ALL
      GET  /api/licence-applications/{id}/documents            | ALL
      PUT  /api/licence-applications/{id}/documents/{kind}     | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      GET  /api/licence-applications/{id}/correspondence       | ALL
      POST /api/licence-applications/{id}/correspondence       | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      POST /api/licence-applications/{id}/void                 | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      GET  /api/certificates                                   | ALL
      GET  /api/certificates/{id}                              | ALL
      POST /api/certificates/{id}/moves                        | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      POST /api/certificates/{id}/renewal                      | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      POST /api/certificates/{id}/void                         | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      # patents, the innovative-device pre-check, technology listings
      GET  /api/projects/{projectId}/patents                   | ALL
      POST /api/projects/{projectId}/patents                   | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      PUT  /api/projects/{projectId}/patents/{patentId}        | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      DELETE /api/projects/{projectId}/patents/{patentId}      | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      GET  /api/projects/{projectId}/innovative-precheck       | ALL
      GET  /api/patents/{id}                                   | ALL
      POST /api/patents/{id}/publication                       | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      POST /api/patents/{id}/search-report                     | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      POST /api/patents/{id}/grant                             | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      POST /api/patents/{id}/end                               | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      GET  /api/technology-listings                            | ALL
      POST /api/technology-listings                            | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      GET  /api/technology-listings/{id}                       | ALL
      POST /api/technology-listings/{id}/withdrawal            | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      GET  /api/technology-listings/{id}/interests             | ALL
      POST /api/technology-listings/{id}/interests             | START_UP_MEMBER
      POST /api/technology-listings/{id}/interests/{interestId}/introduction | TECH_MANAGER DISTRICT_ADMIN
      POST /api/technology-listings/{id}/interests/{interestId}/negotiation | TECH_MANAGER DISTRICT_ADMIN
      POST /api/technology-listings/{id}/interests/{interestId}/licence | TECH_MANAGER DISTRICT_ADMIN
      POST /api/technology-listings/{id}/interests/{interestId}/decline | START_UP_MEMBER TECH_MANAGER DISTRICT_ADMIN
      # consultation station (issue 12)
      POST /api/consultations                                  | START_UP_MEMBER HOSPITAL_STAFF ORG_ADMIN
      GET  /api/consultations                                  | START_UP_MEMBER HOSPITAL_STAFF ORG_ADMIN CONSULTANT DISTRICT_ADMIN
      GET  /api/consultations/service-levels                   | START_UP_MEMBER HOSPITAL_STAFF ORG_ADMIN CONSULTANT DISTRICT_ADMIN
      GET  /api/consultations/{id}                             | START_UP_MEMBER HOSPITAL_STAFF ORG_ADMIN CONSULTANT DISTRICT_ADMIN
      POST /api/consultations/{id}/messages                    | START_UP_MEMBER HOSPITAL_STAFF ORG_ADMIN CONSULTANT
      POST /api/consultations/{id}/request-documents           | CONSULTANT
      POST /api/consultations/{id}/merge                       | CONSULTANT
      POST /api/consultations/{id}/resolve                     | CONSULTANT
      POST /api/consultations/{id}/reopen                      | START_UP_MEMBER HOSPITAL_STAFF ORG_ADMIN
      POST /api/consultations/{id}/rating                      | START_UP_MEMBER HOSPITAL_STAFF ORG_ADMIN
      POST /api/consultations/{id}/article                     | CONSULTANT
      POST /api/consultations/{id}/assign                      | CONSULTANT
      GET  /api/consultations/statistics                       | CONSULTANT DISTRICT_ADMIN
      GET  /api/consultations/specialists                      | CONSULTANT DISTRICT_ADMIN
      PUT  /api/consultations/specialists/{group}              | DISTRICT_ADMIN
      PUT  /api/consultations/service-levels/{topic}           | DISTRICT_ADMIN
      GET  /api/knowledge/articles                             | PUBLIC
      POST /api/knowledge/articles                             | CONSULTANT
      GET  /api/knowledge/articles/{id}                        | PUBLIC
      PUT  /api/knowledge/articles/{id}                        | CONSULTANT
      POST /api/knowledge/articles/{id}/status                 | CONSULTANT
      GET  /api/knowledge/search                               | PUBLIC
      GET  /api/knowledge/suggestions                          | PUBLIC
      GET  /api/dashboard                                      | DISTRICT_ADMIN TECH_MANAGER
      GET  /api/dashboard/{chart}.csv                          | DISTRICT_ADMIN TECH_MANAGER
      GET  /api/dashboard/portfolio                            | DISTRICT_ADMIN TECH_MANAGER
      """;

  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  private static Map<String, RequestSpecification> callers;

  @BeforeAll
  static void oneCallerPerRole() {
    callers = new LinkedHashMap<>();
    callers.put("anonymous", Api.anonymous());
    callers.put(Role.DISTRICT_ADMIN.name(), Api.asAdmin());
    callers.put(
        Role.TECH_MANAGER.name(),
        Api.user(OrganisationKind.SERVICE_AGENCY, Role.TECH_MANAGER).api());
    callers.put(
        Role.HOSPITAL_STAFF.name(), Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF).api());
    callers.put(
        Role.START_UP_MEMBER.name(),
        Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER).api());
    callers.put(
        Role.CONSULTANT.name(),
        Api.user(OrganisationKind.CONSULTATION_STATION, Role.CONSULTANT).api());
    callers.put(Role.ORG_ADMIN.name(), Api.user(OrganisationKind.START_UP, Role.ORG_ADMIN).api());
  }

  /** Who may call an operation: {@code null} roles for everyone, signed in or not. */
  record Access(Set<Role> roles) {
    boolean allows(String caller) {
      return roles == null || (!caller.equals("anonymous") && roles.contains(Role.valueOf(caller)));
    }
  }

  static Map<String, Access> table() {
    Map<String, Access> table = new LinkedHashMap<>();
    for (String raw : ACCESS.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\|");
      String[] op = parts[0].trim().split("\\s+");
      String key = op[0].toUpperCase(Locale.ROOT) + " " + op[1];
      String who = parts[1].trim();
      Access access;
      if (who.equals("PUBLIC")) {
        access = new Access(null);
      } else if (who.equals("ALL")) {
        access = new Access(EnumSet.allOf(Role.class));
      } else {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : who.split("\\s+")) {
          roles.add(Role.valueOf(r));
        }
        access = new Access(roles);
      }
      if (table.put(key, access) != null) {
        throw new IllegalStateException("Listed twice in ACCESS: " + key);
      }
    }
    return table;
  }

  @Test
  void everyOperationAnswersEveryRoleAsTheTableSays() throws Exception {
    Map<String, Object> paths =
        Api.anonymous().get("/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
    Map<String, Access> table = table();
    Set<String> documented = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    // A few calls at a time: hundreds of requests, and the machine is small.
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<String>> calls = new ArrayList<>();
    for (var path : paths.entrySet()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> operations = (Map<String, Object>) path.getValue();
      for (var operation : operations.entrySet()) {
        if (!METHODS.contains(operation.getKey())) {
          continue;
        }
        String method = operation.getKey().toUpperCase(Locale.ROOT);
        String key = method + " " + path.getKey();
        documented.add(key);
        Access access = table.get(key);
        if (access == null) {
          wrong.add(key + ": not in AuthorizationIT.ACCESS; add a line saying who may call it");
          continue;
        }
        String mediaType = requestMediaType(operation.getValue());
        String url = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        for (var caller : callers.entrySet()) {
          calls.add(
              pool.submit(
                  () -> {
                    Response r = call(caller.getValue(), method, url, mediaType);
                    String problem = check(access, caller.getKey(), r);
                    return problem == null ? null : key + " as " + caller.getKey() + ": " + problem;
                  }));
        }
      }
    }
    try {
      for (Future<String> call : calls) {
        String problem = call.get(2, TimeUnit.MINUTES);
        if (problem != null) {
          wrong.add(problem);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    for (String listed : table.keySet()) {
      if (!documented.contains(listed)) {
        wrong.add(listed + ": listed in ACCESS but not in the OpenAPI document");
      }
    }
    assertThat(documented).isNotEmpty();
    assertThat(wrong).as("operations answering differently from the access table").isEmpty();
  }

  /**
   * Scoping, not only roles: one organisation's private records (a project with its milestone,
   * grant, contract and licence application, a consultation, a hospital's draft scene, an
   * application) appear in no list, search or export that people of other organisations read, in
   * any role. Every GET of the OpenAPI document without a path parameter is read as each of them,
   * plain and searching for the records' word, and must not name any of the records' ids.
   */
  @Test
  void noListSearchOrExportShowsAnotherOrganisationsRecords() throws Exception {
    String word = ScenesIT.word();
    Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    Api.TestUser staff = Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF);
    Map<String, Object> body = ProjectsFixtures.projectBody("心电贴" + word, "ECG patch " + word);
    body.put("trl", 6);
    String project = ProjectsFixtures.createProject(founder, body).jsonPath().getString("id");
    String milestone =
        ProjectsFixtures.milestone(founder, project, ProjectsFixtures.TODAY.plusDays(40));
    String pool = FundIT.pool("500000.00");
    Map<String, Object> records = new LinkedHashMap<>();
    records.put("project", project);
    records.put("milestone", milestone);
    records.put(
        "grant",
        ProjectsFixtures.json(Api.asAdmin())
            .body(
                Map.of(
                    "projectId",
                    project,
                    "tranches",
                    List.of(
                        Map.of(
                            "milestoneId", milestone, "amount", new java.math.BigDecimal("1000")))))
            .post("/api/fund-pools/" + pool + "/grants")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
    records.put(
        "contract",
        ProjectsFixtures.json(founder.api())
            .body(ContractsIT.draft("LICENCE", "250000.00"))
            .post("/api/projects/" + project + "/contracts")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
    records.put(
        "licence application",
        LicensingFixtures.submittedRegistration(founder, project).getString("id"));
    records.put(
        "consultation",
        ProjectsFixtures.json(founder.api())
            .body(Map.of("topic", "IP", "subject", "专利 " + word, "question", "如何申请专利？" + word))
            .post("/api/consultations")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
    records.put(
        "draft scene",
        ScenesIT.create(staff, ScenesIT.form(word)).then().statusCode(201).extract().path("id"));
    String scene = ScenesIT.createActive(staff, ScenesIT.form(word));
    records.put(
        "application",
        ApplicationsIT.apply(founder, scene, project).then().statusCode(201).extract().path("id"));

    Map<String, RequestSpecification> others = new LinkedHashMap<>();
    others.put(
        "founder elsewhere", Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER).api());
    others.put(
        "hospital staff elsewhere", Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF).api());
    others.put(
        "manager of other projects",
        Api.user(OrganisationKind.SERVICE_AGENCY, Role.TECH_MANAGER).api());
    others.put(
        "organisation admin elsewhere", Api.user(OrganisationKind.START_UP, Role.ORG_ADMIN).api());
    others.put(
        "hospital admin elsewhere", Api.user(OrganisationKind.HOSPITAL, Role.ORG_ADMIN).api());

    Map<String, Object> paths =
        Api.anonymous().get("/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
    List<String> lists = new ArrayList<>();
    for (var path : paths.entrySet()) {
      if (!path.getKey().contains("{")
          && path.getValue() instanceof Map<?, ?> ops
          && ops.containsKey("get")) {
        lists.add(path.getKey());
      }
    }
    assertThat(lists).contains("/api/projects", "/api/consultations", "/api/scenes");
    List<String> leaks = new ArrayList<>();
    int read = 0;
    for (var caller : others.entrySet()) {
      for (String list : lists) {
        for (Map<String, String> query :
            List.<Map<String, String>>of(Map.of("limit", "100"), Map.of("q", word, "text", word))) {
          Response r =
              io.restassured.RestAssured.given()
                  .spec(caller.getValue())
                  .queryParams(query)
                  .get(list);
          read++;
          String answer = r.asString();
          for (var record : records.entrySet()) {
            if (answer.contains(record.getValue().toString())) {
              leaks.add(
                  caller.getKey() + " reads the " + record.getKey() + " in " + list + " " + query);
            }
          }
        }
      }
    }
    System.out.printf(
        "Foreign records: %d lists read by %d callers, %d answers%n",
        lists.size(), others.size(), read);
    assertThat(leaks).as("another organisation's records in lists, searches and exports").isEmpty();
    // The check can fail: their own organisation reads the same lists and finds them.
    String own =
        io.restassured.RestAssured.given()
            .spec(founder.api())
            .queryParam("limit", 100)
            .get("/api/projects")
            .asString();
    assertThat(own).contains(project);
  }

  private static String check(Access access, String caller, Response r) {
    int status = r.statusCode();
    if (access.allows(caller)) {
      if (status == 401 || status == 403 || status >= 500) {
        return "allowed, but answered " + status + " " + r.asString();
      }
      return null;
    }
    int expected = caller.equals("anonymous") ? 401 : 403;
    if (status != expected) {
      return "expected " + expected + ", answered " + status;
    }
    if (!String.valueOf(r.contentType()).startsWith("application/problem+json")) {
      return "a " + status + " but not problem+json";
    }
    if (status == 401 && r.header("WWW-Authenticate") == null) {
      return "a 401 without WWW-Authenticate";
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static String requestMediaType(Object operation) {
    if (operation instanceof Map<?, ?> op
        && op.get("requestBody") instanceof Map<?, ?> body
        && body.get("content") instanceof Map<?, ?> content
        && !content.isEmpty()) {
      return (String) ((Map<String, Object>) content).keySet().iterator().next();
    }
    return null;
  }

  private static Response call(
      RequestSpecification as, String method, String url, String mediaType) {
    RequestSpecification r = io.restassured.RestAssured.given().spec(as);
    if (mediaType != null) {
      r = r.contentType(mediaType).body(mediaType.contains("json") ? "{}" : "kind\n");
    }
    return r.request(method, url);
  }
}
