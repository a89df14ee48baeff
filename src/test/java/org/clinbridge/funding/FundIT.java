package org.clinbridge.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.projects.ProjectsFixtures.TODAY;
import static org.clinbridge.projects.ProjectsFixtures.assign;
import static org.clinbridge.projects.ProjectsFixtures.founder;
import static org.clinbridge.projects.ProjectsFixtures.json;
import static org.clinbridge.projects.ProjectsFixtures.manager;
import static org.clinbridge.projects.ProjectsFixtures.milestone;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Black-box: the proof-of-concept fund, its tranches and its ledger under racing awards. */
public class FundIT {
  private static final RestAssuredConfig EXACT =
      RestAssuredConfig.config()
          .jsonConfig(
              JsonConfig.jsonConfig()
                  .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

  @BeforeAll
  static void app() {
    Api.base();
  }

  /** A new pool of {@code total} CNY, open from a month ago for a year; its id. */
  public static String pool(String total) {
    return json(Api.asAdmin())
        .body(
            Map.of(
                "name", Map.of("zh", "概念验证资金池 " + UUID.randomUUID(), "en", "PoC pool"),
                "total", new BigDecimal(total),
                "periodStart", TODAY.minusMonths(1).toString(),
                "periodEnd", TODAY.plusMonths(11).toString()))
        .post("/api/fund-pools")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  static Response statement(String pool) {
    return Api.asAdmin().config(EXACT).get("/api/fund-pools/" + pool + "/statement");
  }

  static Map<String, Object> award(String project, List<Map<String, Object>> tranches) {
    return Map.of("projectId", project, "tranches", tranches);
  }

  static Map<String, Object> tranche(String milestone, String amount) {
    return Map.of("milestoneId", milestone, "amount", new BigDecimal(amount));
  }

  @Test
  void aTechnologyManagerSeesTheGrantsOfTheirOwnProjectsOnly() {
    Api.TestUser founder = founder();
    Api.TestUser assigned = manager();
    String project = ProjectsFixtures.createProject(founder);
    assign(project, assigned);
    String m1 = milestone(founder, project, TODAY.plusDays(30));
    String pool = pool("1000000.00");
    String grant =
        json(Api.asAdmin())
            .body(award(project, List.of(tranche(m1, "100000.00"))))
            .post("/api/fund-pools/" + pool + "/grants")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    // The project's own manager, the start-up and district administrators read it.
    assigned.api().get("/api/grants/" + grant).then().statusCode(200);
    founder.api().get("/api/grants/" + grant).then().statusCode(200);
    Api.asAdmin().get("/api/grants/" + grant).then().statusCode(200);
    assertThat(
            assigned
                .api()
                .get("/api/fund-pools/" + pool + "/grants")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.id"))
        .containsExactly(grant);
    assertThat(
            Api.asAdmin()
                .get("/api/fund-pools/" + pool + "/grants")
                .then()
                .extract()
                .<List<String>>path("items.id"))
        .containsExactly(grant);

    // Managers of other projects, in a district office, a university or a service agency, do not.
    for (Api.TestUser other :
        List.of(
            manager(),
            Api.user(OrganisationKind.UNIVERSITY, Role.TECH_MANAGER),
            Api.user(OrganisationKind.SERVICE_AGENCY, Role.TECH_MANAGER))) {
      other
          .api()
          .get("/api/grants/" + grant)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      assertThat(
              other
                  .api()
                  .get("/api/fund-pools/" + pool + "/grants")
                  .then()
                  .statusCode(200)
                  .extract()
                  .<List<String>>path("items.id"))
          .isEmpty();
      other.api().get("/api/projects/" + project + "/grants").then().statusCode(404);
      // The pool's own statement stays readable to every manager, as a district figure.
      other.api().get("/api/fund-pools/" + pool + "/statement").then().statusCode(200);
    }
  }

  @Test
  void aTrancheIsReleasedOnlyAfterAGoAtItsMilestone() {
    Api.TestUser founder = founder();
    Api.TestUser manager = manager();
    String project = ProjectsFixtures.createProject(founder);
    assign(project, manager);
    String m1 = milestone(founder, project, TODAY.plusDays(30));
    String m2 = milestone(founder, project, TODAY.plusDays(90));
    String pool = pool("2000000.00");

    Response g =
        json(Api.asAdmin())
            .config(EXACT)
            .body(award(project, List.of(tranche(m1, "300000.00"), tranche(m2, "200000.50"))))
            .post("/api/fund-pools/" + pool + "/grants");
    g.then().statusCode(201);
    assertThat(g.jsonPath().getObject("amount", BigDecimal.class))
        .isEqualByComparingTo("500000.50");
    String grant = g.jsonPath().getString("id");
    String t1 = g.jsonPath().getString("tranches[0].id");
    assertThat(statement(pool).jsonPath().getObject("committed", BigDecimal.class))
        .isEqualByComparingTo("500000.50");
    assertThat(statement(pool).jsonPath().getObject("free", BigDecimal.class))
        .isEqualByComparingTo("1499999.50");

    // The founder cannot cancel a milestone a tranche waits on: the money would be stuck.
    founder
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "No longer needed"))
        .post("/api/projects/" + project + "/milestones/" + m2 + "/cancellation")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:milestone-refused"))
        .body("detail", org.hamcrest.Matchers.containsString("tranche"));

    String release = "/api/grants/" + grant + "/tranches/" + t1 + "/release";
    Api.asAdmin()
        .post(release)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:tranche-refused"))
        .body("detail", containsString("No review"));
    String review = "/api/projects/" + project + "/milestones/" + m1 + "/reviews";
    json(manager.api())
        .body(Map.of("decision", "GO"))
        .post(review)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:milestone-refused"));
    json(manager.api())
        .body(Map.of("decision", "NO_GO"))
        .post(review)
        .then()
        .statusCode(400)
        .body("violations.field", org.hamcrest.Matchers.hasItem("note"));
    json(manager.api())
        .body(Map.of("decision", "NO_GO", "note", "prototype not ready"))
        .post(review)
        .then()
        .statusCode(201);
    // A no-go withdraws the tranche: its money is back in the pool, not committed for ever.
    assertThat(statement(pool).jsonPath().getObject("committed", BigDecimal.class))
        .isEqualByComparingTo("200000.50");
    Api.asAdmin()
        .get("/api/grants/" + grant)
        .then()
        .body("tranches[0].status", equalTo("WITHDRAWN"))
        .body("tranches[1].status", equalTo("PLANNED"));
    Api.asAdmin().post(release).then().statusCode(409).body("detail", containsString("no-go"));
    json(founder.api())
        .body(Map.of("reachedOn", TODAY.toString(), "evidence", "prototype report P-3"))
        .post("/api/projects/" + project + "/milestones/" + m1 + "/reached")
        .then()
        .statusCode(200);
    json(manager.api())
        .body(Map.of("decision", "GO_WITH_CONDITIONS", "note", "send raw data"))
        .post(review)
        .then()
        .statusCode(201);
    // The later go plans it again and commits its money anew.
    assertThat(statement(pool).jsonPath().getObject("committed", BigDecimal.class))
        .isEqualByComparingTo("500000.50");
    json(founder.api()).post(release).then().statusCode(403);
    Api.asAdmin()
        .config(EXACT)
        .post(release)
        .then()
        .statusCode(200)
        .body("tranches[0].status", equalTo("RELEASED"));
    Api.asAdmin()
        .post(release)
        .then()
        .statusCode(409)
        .body("detail", containsString("already been released"));

    Response s = statement(pool);
    assertThat(s.jsonPath().getObject("released", BigDecimal.class))
        .isEqualByComparingTo("300000.00");
    assertThat(s.jsonPath().getObject("outstanding", BigDecimal.class))
        .isEqualByComparingTo("200000.50");
    founder
        .api()
        .get("/api/projects/" + project + "/grants")
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo(grant));
    founder().api().get("/api/grants/" + grant).then().statusCode(404);

    // The pool's ledger: every movement above, oldest first, as the audit trail recorded it.
    String ledger = "/api/fund-pools/" + pool + "/ledger";
    Response l = Api.asAdmin().config(EXACT).get(ledger);
    l.then().statusCode(200);
    assertThat(l.jsonPath().<String>getList("items.movement"))
        .containsExactly("OPENED", "AWARDED", "WITHDRAWN", "REINSTATED", "RELEASED");
    assertThat(l.jsonPath().getList("items.amount", BigDecimal.class))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("2000000.00"),
            new BigDecimal("500000.50"),
            new BigDecimal("300000.00"),
            new BigDecimal("300000.00"),
            new BigDecimal("300000.00"));
    assertThat(l.jsonPath().<Integer>getList("items.tranche")).containsExactly(null, null, 1, 1, 1);
    // The opening has no project: the four movements of the grant name its project.
    assertThat(l.jsonPath().<String>getList("items.project.code"))
        .hasSize(4)
        .containsOnly((String) founder.api().get("/api/projects/" + project).path("code"));
    assertThat(l.jsonPath().<String>getList("items.by"))
        .containsExactly("admin", "admin", manager.username(), manager.username(), "admin");
    // The project's manager follows its money; another manager sees only the pool's opening.
    assertThat(
            manager
                .api()
                .get(ledger)
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.movement"))
        .hasSize(5);
    assertThat(
            manager()
                .api()
                .get(ledger)
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.movement"))
        .containsExactly("OPENED");
    founder.api().get(ledger).then().statusCode(403);
  }

  /**
   * A manager who cancels a funding milestone gives its tranche's money back; a go after a no-go
   * needs the pool to still hold the money, else it is refused and nothing of it is recorded.
   */
  @Test
  void withdrawnTranchesGiveTheirMoneyBackAndAGoTakesItAgainOnlyIfThePoolHasIt() {
    Api.TestUser founder = founder();
    Api.TestUser manager = manager();
    String project = ProjectsFixtures.createProject(founder);
    assign(project, manager);
    String m1 = milestone(founder, project, TODAY.plusDays(30));
    String m2 = milestone(founder, project, TODAY.plusDays(60));
    String pool = pool("1000.00");
    String grant =
        json(Api.asAdmin())
            .body(award(project, List.of(tranche(m1, "600.00"), tranche(m2, "400.00"))))
            .post("/api/fund-pools/" + pool + "/grants")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    json(manager.api())
        .body(Map.of("reason", "Replaced by the animal study"))
        .post("/api/projects/" + project + "/milestones/" + m2 + "/cancellation")
        .then()
        .statusCode(200);
    assertThat(statement(pool).jsonPath().getObject("committed", BigDecimal.class))
        .isEqualByComparingTo("600.00");
    Api.asAdmin()
        .get("/api/grants/" + grant)
        .then()
        .body("tranches[1].status", equalTo("WITHDRAWN"));

    String review = "/api/projects/" + project + "/milestones/" + m1 + "/reviews";
    json(manager.api())
        .body(Map.of("decision", "NO_GO", "note", "no data yet"))
        .post(review)
        .then()
        .statusCode(201);
    assertThat(statement(pool).jsonPath().getObject("committed", BigDecimal.class))
        .isEqualByComparingTo("0.00");
    // Meanwhile another grant takes the pool's money.
    String other = ProjectsFixtures.createProject(founder);
    String mo = milestone(founder, other, TODAY.plusDays(30));
    json(Api.asAdmin())
        .body(award(other, List.of(tranche(mo, "700.00"))))
        .post("/api/fund-pools/" + pool + "/grants")
        .then()
        .statusCode(201);
    json(founder.api())
        .body(Map.of("reachedOn", TODAY.toString(), "evidence", "report"))
        .post("/api/projects/" + project + "/milestones/" + m1 + "/reached")
        .then()
        .statusCode(200);
    json(manager.api())
        .body(Map.of("decision", "GO", "note", "data in"))
        .post(review)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:fund-pool-exhausted"));
    assertThat(manager.api().get(review).jsonPath().getList("items.decision", String.class))
        .as("the refused go left no review behind")
        .containsExactly("NO_GO");
    assertThat(statement(pool).jsonPath().getObject("committed", BigDecimal.class))
        .isEqualByComparingTo("700.00");
  }

  @Test
  void awardsOutsideThePeriodOrForAnotherProjectsMilestoneAreRefused() {
    Api.TestUser founder = founder();
    String project = ProjectsFixtures.createProject(founder);
    String other = ProjectsFixtures.createProject(founder);
    String m = milestone(founder, other, TODAY.plusDays(30));
    String pool = pool("1000.00");
    json(Api.asAdmin())
        .body(award(project, List.of(tranche(m, "10.00"))))
        .post("/api/fund-pools/" + pool + "/grants")
        .then()
        .statusCode(400)
        .body("violations.field", org.hamcrest.Matchers.hasItem("tranches[0].milestoneId"));
    String mine = milestone(founder, project, TODAY.plusDays(30));
    json(Api.asAdmin())
        .body(
            Map.of(
                "projectId",
                project,
                "awardedOn",
                TODAY.plusYears(2).toString(),
                "tranches",
                List.of(tranche(mine, "10.00"))))
        .post("/api/fund-pools/" + pool + "/grants")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:fund-pool-closed"));
    json(Api.asAdmin())
        .body(award(project, List.of(tranche(mine, "1000.01"))))
        .post("/api/fund-pools/" + pool + "/grants")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:fund-pool-exhausted"))
        .body("detail", containsString("1,000.01"));
    json(Api.asAdmin())
        .body(award(project, List.of(tranche(mine, "0.001"))))
        .post("/api/fund-pools/" + pool + "/grants")
        .then()
        .statusCode(400);
  }

  /**
   * 60 awards of 40,000.00 fired at once at a pool of 1,200,000.00: together twice the pool.
   * Exactly 30 fit. Afterwards the ledger's committed sum is within the total and equals the sum of
   * the accepted grants, in the API and in the database, and every refused award got a 409.
   */
  @Test
  void racingAwardsNeverOverdrawThePool() throws Exception {
    Api.TestUser founder = founder();
    List<String[]> targets = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      String project = ProjectsFixtures.createProject(founder);
      for (int m = 0; m < 2; m++) {
        targets.add(new String[] {project, milestone(founder, project, TODAY.plusDays(30 + m))});
      }
    }
    String pool = pool("1200000.00");
    String token = Api.adminToken();
    int awards = 60;
    ExecutorService threads = Executors.newFixedThreadPool(awards);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> results = new ArrayList<>();
    try {
      for (int i = 0; i < awards; i++) {
        String[] t = targets.get(i % targets.size());
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  return json(Api.as(token))
                      .config(EXACT)
                      .body(award(t[0], List.of(tranche(t[1], "40000.00"))))
                      .post("/api/fund-pools/" + pool + "/grants");
                }));
      }
      start.countDown();
      BigDecimal accepted = BigDecimal.ZERO;
      int ok = 0;
      int refused = 0;
      for (Future<Response> f : results) {
        Response r = f.get();
        if (r.statusCode() == 201) {
          ok++;
          accepted = accepted.add(r.jsonPath().getObject("amount", BigDecimal.class));
        } else {
          refused++;
          assertThat(r.statusCode()).as(r.asString()).isEqualTo(409);
          assertThat(r.contentType()).startsWith("application/problem+json");
          assertThat(r.jsonPath().getString("type"))
              .isEqualTo("urn:clinbridge:problem:fund-pool-exhausted");
          assertThat(r.jsonPath().getString("detail")).contains("40,000.00");
        }
      }
      assertThat(ok).isEqualTo(30);
      assertThat(refused).isEqualTo(30);

      Response s = statement(pool);
      BigDecimal committed = s.jsonPath().getObject("committed", BigDecimal.class);
      assertThat(committed).isLessThanOrEqualTo(new BigDecimal("1200000.00"));
      assertThat(committed).isEqualByComparingTo(accepted);
      assertThat(s.jsonPath().getObject("free", BigDecimal.class)).isEqualByComparingTo("0.00");
      assertThat(s.jsonPath().getLong("grants")).isEqualTo(30);

      BigDecimal listed = BigDecimal.ZERO;
      for (Object amount :
          Api.asAdmin()
              .config(EXACT)
              .queryParam("limit", 200)
              .get("/api/fund-pools/" + pool + "/grants")
              .jsonPath()
              .getList("items.amount")) {
        listed = listed.add((BigDecimal) amount);
      }
      assertThat(listed).isEqualByComparingTo(accepted);

      try (Connection c = TestDatabase.connect();
          PreparedStatement st =
              c.prepareStatement(
                  "select p.total, p.committed, (select coalesce(sum(g.amount), 0) from fund_grant g where g.pool_id = p.id),"
                      + " (select coalesce(sum(t.amount), 0) from grant_tranche t join fund_grant g on g.id = t.grant_id where g.pool_id = p.id)"
                      + " from fund_pool p where p.public_id = ?")) {
        st.setObject(1, UUID.fromString(pool));
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          assertThat(rs.getBigDecimal(2)).isLessThanOrEqualTo(rs.getBigDecimal(1));
          assertThat(rs.getBigDecimal(2)).isEqualByComparingTo(rs.getBigDecimal(3));
          assertThat(rs.getBigDecimal(3)).isEqualByComparingTo(rs.getBigDecimal(4));
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
