package org.clinbridge.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clinbridge.testing.RunningApp;
import org.junit.jupiter.api.Test;

/**
 * The quickstart a newcomer runs: no database configured, so the app keeps an embedded H2 file
 * under its data directory; a restart finds it as it was and applies no migration twice.
 */
class QuickstartSmokeIT {
  @Test
  void startsOnEmbeddedH2AndSurvivesARestart() throws Exception {
    Path data = Files.createTempDirectory(Path.of(System.getProperty("build.directory")), "qs-");
    try (RunningApp app = RunningApp.quickstart(data)) {
      app.start();
      given()
          .baseUri(app.baseUrl())
          .get("/health/ready")
          .then()
          .statusCode(200)
          .body("checks.find { it.name == 'database' }.data.product", equalTo("H2"));
      given()
          .baseUri(app.baseUrl())
          .get("/api/reference/nmpa-subcatalogues/07")
          .then()
          .statusCode(200)
          .body("name.zh", equalTo("医用诊察和监护器械"));
      assertThat(data.resolve("clinbridge.mv.db")).exists();
      signInWorksOnH2(app);
      int applied = appliedMigrations(app, data);

      app.close();
      app.start();
      given().baseUri(app.baseUrl()).get("/health/ready").then().statusCode(200);
      given()
          .baseUri(app.baseUrl())
          .get("/api/reference/nmpa-subcatalogues")
          .then()
          .statusCode(200)
          .body("items.size()", equalTo(22));
      assertThat(appliedMigrations(app, data)).isEqualTo(applied);
      assertThat(app.logText()).contains("0 migrations applied now");
    }
  }

  /**
   * The first start made admin with the configured password, and sign-in's own SQL (the signing key
   * and the failure counters, both inserted with "on conflict do nothing") runs on H2 too, as do
   * the dashboard's figures.
   */
  private static void signInWorksOnH2(RunningApp app) {
    given()
        .baseUri(app.baseUrl())
        .contentType("application/json")
        .body("{\"username\":\"admin\",\"password\":\"wrong-password\"}")
        .post("/api/auth/token")
        .then()
        .statusCode(401);
    String token =
        given()
            .baseUri(app.baseUrl())
            .contentType("application/json")
            .body("{\"username\":\"admin\",\"password\":\"" + RunningApp.adminPassword() + "\"}")
            .post("/api/auth/token")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("access_token");
    given()
        .baseUri(app.baseUrl())
        .header("Authorization", "Bearer " + token)
        .get("/api/organisations")
        .then()
        .statusCode(200)
        .body("items[0].kind", equalTo("DISTRICT"));
    // The district dashboard's aggregates (percentiles, epoch arithmetic, year and month of a
    // date) are SQL that H2 must run as PostgreSQL does.
    for (String path : new String[] {"/api/dashboard", "/api/dashboard/portfolio"}) {
      given()
          .baseUri(app.baseUrl())
          .header("Authorization", "Bearer " + token)
          .get(path)
          .then()
          .statusCode(200);
    }
  }

  /** Counts Flyway's history rows through the instance's own readiness data. */
  private static int appliedMigrations(RunningApp app, Path data) {
    return given()
        .baseUri(app.baseUrl())
        .get("/health/ready")
        .jsonPath()
        .getInt("checks.find { it.name == 'database' }.data.migrations");
  }
}
