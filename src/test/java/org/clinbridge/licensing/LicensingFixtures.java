package org.clinbridge.licensing;

import static org.clinbridge.projects.ProjectsFixtures.TODAY;
import static org.clinbridge.projects.ProjectsFixtures.json;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.clinbridge.testing.Api;

/** Licences other areas' tests and the pages' tests need, made through the API. */
public final class LicensingFixtures {
  private LicensingFixtures() {}

  /**
   * A Shanghai registration certificate of Class II in {@code subcatalogue}, issued a year ago,
   * with a random serial; returns the certificate's view.
   */
  public static JsonPath certificate(Api.TestUser founder, String project, String subcatalogue) {
    return certificate(founder, project, subcatalogue, TODAY.minusYears(1));
  }

  /** The same, issued on {@code issuedOn}: it expires five years less a day later. */
  public static JsonPath certificate(
      Api.TestUser founder, String project, String subcatalogue, LocalDate issuedOn) {
    String number =
        "沪械注准"
            + issuedOn.getYear()
            + "2"
            + subcatalogue
            + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
    return json(founder.api())
        .body(
            Map.of(
                "number",
                number,
                "holder",
                "上海某医疗科技有限公司",
                "product",
                Map.of("zh", "心电贴", "en", "ECG patch"),
                "issuedOn",
                issuedOn.toString()))
        .post("/api/projects/" + project + "/certificates")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /** A Class II registration of the project, planned, prepared and submitted; returns its view. */
  public static JsonPath submittedRegistration(Api.TestUser founder, String project) {
    String id = LicensingIT.plan(founder, project, "INITIAL_REGISTRATION", "II");
    LicensingIT.move(founder.api(), id, "IN_PREPARATION", null).then().statusCode(200);
    LicensingIT.ready(founder, id);
    return LicensingIT.move(founder.api(), id, "SUBMITTED", null)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
