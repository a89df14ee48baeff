package org.clinbridge.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.junit.jupiter.api.Test;

/** Black-box: the jobs view of district administrators, with a real job run by hand. */
class JobsIT {
  @Test
  void anAdministratorRunsTheAuditCheckAndSeesItsLastAndNextRun() {
    String run =
        Api.asAdmin()
            .post("/api/admin/jobs/audit-chain-check/run")
            .then()
            .statusCode(200)
            .body("job", equalTo("audit-chain-check"))
            .body("outcome", equalTo("SUCCEEDED"))
            .body("summary", startsWith("intact: "))
            .extract()
            .jsonPath()
            .getString("id");

    JsonPath jobs =
        Api.asAdmin().get("/api/admin/jobs").then().statusCode(200).extract().jsonPath();
    assertThat(jobs.getLong("find { it.name == 'audit-chain-check' }.intervalSeconds"))
        .isEqualTo(86_400);
    assertThat(jobs.getString("find { it.name == 'audit-chain-check' }.lastRun.id")).isEqualTo(run);
    assertThat(jobs.getString("find { it.name == 'audit-chain-check' }.nextRun")).isNotBlank();

    Api.asAdmin()
        .get("/api/admin/jobs/audit-chain-check/runs?limit=5")
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo(run));
    Api.asAdmin()
        .post("/api/admin/jobs/no-such-job/run")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");

    Api.TestUser manager = Api.user(OrganisationKind.UNIVERSITY, Role.TECH_MANAGER);
    manager.api().get("/api/admin/jobs").then().statusCode(403);
  }
}
