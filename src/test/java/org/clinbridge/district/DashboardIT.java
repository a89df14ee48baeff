package org.clinbridge.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.clinbridge.projects.ProjectsFixtures.TODAY;
import static org.clinbridge.projects.ProjectsFixtures.assessTrl;
import static org.clinbridge.projects.ProjectsFixtures.assign;
import static org.clinbridge.projects.ProjectsFixtures.evidence;
import static org.clinbridge.projects.ProjectsFixtures.json;
import static org.clinbridge.projects.ProjectsFixtures.milestone;
import static org.clinbridge.projects.ProjectsFixtures.move;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.contracts.ContractsIT;
import org.clinbridge.funding.FundIT;
import org.clinbridge.licensing.LicensingFixtures;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.Api.TestUser;
import org.clinbridge.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Black-box: the district dashboard and a technology manager's portfolio. A manager's figures are
 * exactly those of the projects this test gives them (and another manager sees none of them); the
 * district's figures are what direct SQL counts say; each chart downloads as CSV; who may ask.
 */
class DashboardIT {
  final TestUser founder = ProjectsFixtures.founder();
  final TestUser manager = ProjectsFixtures.manager();

  static Map<String, Object> row(JsonPath j, String list, String key, String value) {
    List<Map<String, Object>> rows = j.getList(list);
    return rows.stream()
        .filter(r -> value.equals(String.valueOf(r.get(key))))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " " + value + " in " + rows));
  }

  static long number(Map<String, Object> row, String key) {
    return ((Number) row.get(key)).longValue();
  }

  /** A portfolio: one project advanced to proof of concept, one on hold, with what falls due. */
  @Test
  void aManagersFiguresAndPortfolioAreTheirProjectsOnly() {
    String advanced = ProjectsFixtures.createProject(founder);
    String held = ProjectsFixtures.createProject(founder);
    assign(advanced, manager);
    assign(held, manager);
    assessTrl(manager, advanced, 3);
    json(manager.api())
        .body(move("PROOF_OF_CONCEPT", null, List.of(evidence("CONCEPT_FORMULATED"))))
        .post("/api/projects/" + advanced + "/stage-moves")
        .then()
        .statusCode(200);
    json(Api.asAdmin())
        .body(Map.of("to", "ON_HOLD", "reason", "waiting for the next funding round"))
        .post("/api/projects/" + held + "/status-changes")
        .then()
        .statusCode(200);
    // What falls due: a milestone that funds a tranche, a contract under review, a certificate in
    // its renewal window (issued four years ago: it expires in a year, alerted 18 months ahead)
    // and an open consultation about the project.
    String due = milestone(founder, advanced, TODAY.plusDays(20));
    String pool = FundIT.pool("1000000.00");
    json(Api.asAdmin())
        .body(
            Map.of(
                "projectId",
                advanced,
                "tranches",
                List.of(Map.of("milestoneId", due, "amount", new BigDecimal("250000.00")))))
        .post("/api/fund-pools/" + pool + "/grants")
        .then()
        .statusCode(201);
    String contract =
        json(founder.api())
            .body(ContractsIT.draft("LICENCE", "1500000.00"))
            .post("/api/projects/" + advanced + "/contracts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    founder.api().post("/api/contracts/" + contract + "/submission").then().statusCode(200);
    Api.asAdmin().post("/api/contracts/" + contract + "/review").then().statusCode(200);
    LicensingFixtures.certificate(founder, held, "07", TODAY.minusYears(4));
    json(founder.api())
        .body(
            Map.of(
                "topic",
                "CLASS_II_III_REGISTRATION",
                "subject",
                "注册检验 " + UUID.randomUUID(),
                "question",
                "第二类医疗器械注册检验需要多久？",
                "project",
                advanced))
        .post("/api/consultations")
        .then()
        .statusCode(201);

    JsonPath d =
        manager
            .api()
            .header("Cache-Control", "no-cache")
            .get("/api/dashboard")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(d.getString("scope")).isEqualTo("PORTFOLIO");
    assertThat(d.getString("manager")).isEqualTo(manager.accountId().toString());
    Map<String, Object> lab = row(d, "funnel", "stage", "LAB_RESEARCH");
    Map<String, Object> poc = row(d, "funnel", "stage", "PROOF_OF_CONCEPT");
    assertThat(number(lab, "active")).isZero();
    assertThat(number(lab, "onHold")).isEqualTo(1);
    assertThat(number(lab, "reached")).isEqualTo(2);
    assertThat(number(lab, "entered")).isEqualTo(2);
    assertThat(number(lab, "staysEnded")).isEqualTo(1);
    assertThat(((Number) lab.get("medianDays")).doubleValue()).isCloseTo(0.0, within(0.01));
    assertThat(((Number) lab.get("conversionToNext")).doubleValue()).isEqualTo(0.5);
    assertThat(number(poc, "active")).isEqualTo(1);
    assertThat(number(poc, "reached")).isEqualTo(1);
    assertThat(number(poc, "entered")).isEqualTo(1);
    assertThat(number(row(d, "funnel", "stage", "APPLICATION"), "reached")).isZero();
    assertThat(number(row(d, "trl", "trl", "2"), "projects")).isEqualTo(1);
    assertThat(number(row(d, "trl", "trl", "3"), "projects")).isEqualTo(1);
    Map<String, Object> myPool = row(d, "pools", "id", pool);
    assertThat(new BigDecimal(myPool.get("committed").toString())).isEqualByComparingTo("250000");
    assertThat(new BigDecimal(myPool.get("remaining").toString())).isEqualByComparingTo("750000");
    assertThat(d.getList("pools")).as("only pools that fund the manager's projects").hasSize(1);
    assertThat(d.getList("grantOutcomes.outcome")).containsExactly("PENDING");
    String month = TODAY.minusDays(5).toString().substring(0, 7);
    Map<String, Object> signed = row(d, "contracts", "month", month);
    assertThat(number(signed, "signed")).isEqualTo(1);
    assertThat(signed.get("type")).isEqualTo("LICENCE");
    assertThat(d.getLong("renewals.count")).isEqualTo(1);
    assertThat(d.getLong("supplements.count")).isZero();
    assertThat(d.getLong("desk.asked")).isEqualTo(1);
    assertThat(d.getLong("deskBacklog")).isEqualTo(1);

    JsonPath p =
        manager.api().get("/api/dashboard/portfolio").then().statusCode(200).extract().jsonPath();
    List<String> kinds = p.getList("items.kind");
    assertThat(kinds)
        .containsExactlyInAnyOrder(
            "milestone-due",
            "tranche-review",
            "contract-review",
            "certificate-renewal",
            "consultation-open");
    List<String> dates = p.getList("items.due");
    assertThat(dates).as("the earliest first").isSortedAccordingTo(String::compareTo);
    assertThat(p.getString("items.find { it.kind == 'milestone-due' }.due"))
        .isEqualTo(TODAY.plusDays(20).toString());
    assertThat(p.getString("items.find { it.kind == 'tranche-review' }.amount"))
        .isEqualTo("250000.0");
    // Until a day before the milestone: it and its tranche fall out, the rest stays.
    assertThat(
            manager
                .api()
                .queryParam("until", TODAY.plusDays(19).toString())
                .get("/api/dashboard/portfolio")
                .jsonPath()
                .getList("items.kind", String.class))
        .doesNotContain("milestone-due", "tranche-review")
        .contains("consultation-open");

    // Another manager sees none of it, even naming this one; an administrator may name them.
    TestUser other = ProjectsFixtures.manager();
    JsonPath theirs =
        other
            .api()
            .queryParam("manager", manager.accountId().toString())
            .get("/api/dashboard")
            .jsonPath();
    assertThat(theirs.getString("manager")).isEqualTo(other.accountId().toString());
    assertThat(theirs.getList("funnel.reached", Integer.class)).containsOnly(0);
    assertThat(theirs.getList("pools")).isEmpty();
    assertThat(other.api().get("/api/dashboard/portfolio").jsonPath().getList("items")).isEmpty();
    JsonPath named =
        Api.asAdmin()
            .queryParam("manager", manager.accountId().toString())
            .get("/api/dashboard")
            .jsonPath();
    assertThat(named.getString("scope")).isEqualTo("PORTFOLIO");
    assertThat(named.getList("funnel.reached", Integer.class)).containsExactly(2, 1, 0, 0);
  }

  @Test
  void theDistrictsFiguresAreWhatTheDatabaseCounts() throws Exception {
    // Something of everything exists (this test's own, besides whatever other tests left).
    String project = ProjectsFixtures.createProject(founder);
    LicensingFixtures.submittedRegistration(founder, project);
    LocalDate from = TODAY.minusMonths(12).plusDays(1);
    JsonPath d =
        Api.asAdmin()
            .header("Cache-Control", "no-cache")
            .get("/api/dashboard")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(d.getString("scope")).isEqualTo("DISTRICT");
    assertThat(d.getString("from")).isEqualTo(from.toString());
    assertThat(d.getString("to")).isEqualTo(TODAY.toString());

    try (Connection c = TestDatabase.connect()) {
      Map<String, Long> byStageAndStatus =
          counts(c, "select stage || '/' || status, count(*) from project group by stage, status");
      for (Map<String, Object> s : d.<Map<String, Object>>getList("funnel")) {
        String stage = (String) s.get("stage");
        assertThat(number(s, "active"))
            .as(stage)
            .isEqualTo(byStageAndStatus.getOrDefault(stage + "/ACTIVE", 0L));
        assertThat(number(s, "onHold"))
            .isEqualTo(byStageAndStatus.getOrDefault(stage + "/ON_HOLD", 0L));
        assertThat(number(s, "terminated"))
            .isEqualTo(byStageAndStatus.getOrDefault(stage + "/TERMINATED", 0L));
      }
      Map<String, Long> trl =
          counts(
              c,
              "select cast(trl as varchar), count(*) from project"
                  + " where status in ('ACTIVE', 'ON_HOLD') group by trl");
      for (Map<String, Object> t : d.<Map<String, Object>>getList("trl")) {
        assertThat(number(t, "projects"))
            .as("TRL " + t.get("trl"))
            .isEqualTo(trl.getOrDefault(String.valueOf(t.get("trl")), 0L));
      }
      Map<String, Long> states =
          counts(
              c, "select state, count(*) from licence_application where not voided group by state");
      assertThat(states).containsKey("SUBMITTED");
      for (Map<String, Object> s : d.<Map<String, Object>>getList("licences")) {
        assertThat(number(s, "applications")).isEqualTo(states.get((String) s.get("state")));
      }
      assertThat(d.getList("licences")).hasSize(states.size());
      long contracts =
          counts(
                  c,
                  "select 'n', count(*) from technology_contract where signed_on >= '"
                      + from
                      + "' and signed_on <= '"
                      + TODAY
                      + "'")
              .get("n");
      assertThat(
              d.getList("contracts.signed", Long.class).stream().mapToLong(Long::longValue).sum())
          .isEqualTo(contracts);
      Map<String, Long> committed =
          counts(c, "select cast(public_id as varchar), cast(committed as bigint) from fund_pool");
      for (Map<String, Object> p : d.<Map<String, Object>>getList("pools")) {
        assertThat(new BigDecimal(p.get("committed").toString()).longValue())
            .isEqualTo(committed.get((String) p.get("id")));
      }
      long open =
          counts(
                  c,
                  "select 'n', count(*) from consultation"
                      + " where status in ('NEW', 'OPEN', 'PENDING_CUSTOMER', 'REOPENED')")
              .get("n");
      assertThat(d.getLong("deskBacklog")).isEqualTo(open);
    }
  }

  @Test
  void eachChartDownloadsAsCsvAndOnlyTheDistrictsPeopleMayAsk() {
    Response csv =
        Api.asAdmin().header("Accept-Language", "zh-CN").get("/api/dashboard/funnel.csv");
    csv.then().statusCode(200).contentType("text/csv");
    String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF代码,阶段,进行中");
    assertThat(text).contains("LAB_RESEARCH,实验研发").hasLineCount(5);
    for (String chart :
        List.of("trl", "fund", "grants", "contracts", "scenes", "licences", "deadlines", "desk")) {
      Api.asAdmin().get("/api/dashboard/" + chart + ".csv").then().statusCode(200);
    }
    Api.asAdmin()
        .get("/api/dashboard/nothing.csv")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");

    Api.asAdmin()
        .queryParam("from", "2026-05-01")
        .queryParam("to", "2026-04-01")
        .get("/api/dashboard")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", org.hamcrest.Matchers.equalTo("to"));
    Api.asAdmin()
        .queryParam("from", "May")
        .get("/api/dashboard")
        .then()
        .statusCode(400)
        .body("violations[0].field", org.hamcrest.Matchers.equalTo("from"));
    Api.asAdmin()
        .queryParam("manager", "nobody")
        .get("/api/dashboard")
        .then()
        .statusCode(400)
        .body("violations[0].field", org.hamcrest.Matchers.equalTo("manager"));

    founder.api().get("/api/dashboard").then().statusCode(403);
    founder.api().get("/api/dashboard/portfolio").then().statusCode(403);
    Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF)
        .api()
        .get("/api/dashboard")
        .then()
        .statusCode(403);
    Api.anonymous().get("/api/dashboard").then().statusCode(401);
  }

  /** The dashboard costs a fixed number of statements, however many rows it sums. */
  @Test
  void theDashboardCostsAFixedNumberOfStatements() {
    Api.asAdmin().get("/api/dashboard").then().statusCode(200);
    int before = Integer.parseInt(Api.asAdmin().get("/api/dashboard").header("X-Statement-Count"));
    for (int i = 0; i < 3; i++) {
      String project = ProjectsFixtures.createProject(founder);
      assign(project, manager);
    }
    int after = Integer.parseInt(Api.asAdmin().get("/api/dashboard").header("X-Statement-Count"));
    assertThat(after).isEqualTo(before).isLessThanOrEqualTo(16);
  }

  static Map<String, Long> counts(Connection c, String sql) throws Exception {
    Map<String, Long> counts = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return counts;
  }
}
