package org.clinbridge.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Black-box: the FDA product codes loaded at the first start, their list, and a newer file. */
class FdaProductCodesIT {
  static final Charset CP1252 = Charset.forName("windows-1252");
  static final String CODES = "/api/reference/fda-product-codes";

  @BeforeAll
  static void app() {
    Api.base();
  }

  static byte[] bundled() throws IOException {
    try (InputStream in =
        FdaProductCodesIT.class
            .getClassLoader()
            .getResourceAsStream("reference/fda/foiclass.txt")) {
      return in.readAllBytes();
    }
  }

  @Test
  void everyPublishedCodeIsThereAfterTheFirstStartPageByPage() {
    Set<String> seen = new HashSet<>();
    List<String> order = new ArrayList<>();
    String cursor = null;
    do {
      var r = Api.anonymous().queryParam("limit", 200);
      if (cursor != null) {
        r = r.queryParam("cursor", cursor);
      }
      JsonPath page = r.get(CODES).then().statusCode(200).extract().jsonPath();
      List<String> codes = page.getList("items.code");
      seen.addAll(codes);
      order.addAll(codes);
      cursor = page.getString("next");
    } while (cursor != null);
    assertThat(seen).hasSizeGreaterThanOrEqualTo(6530).contains("BRW", "DQA", "LZA");
    assertThat(order).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void filtersByClassPanelAndText() {
    Api.anonymous()
        .queryParam("class", "3")
        .queryParam("panel", "CV")
        .queryParam("limit", 200)
        .get(CODES)
        .then()
        .statusCode(200)
        .body("items.deviceClass", everyItem(equalTo("3")))
        .body("items.reviewPanel", everyItem(equalTo("CV")))
        .body("items.code", hasItem("DXY"));
    Api.anonymous()
        .queryParam("text", "oximeter")
        .get(CODES)
        .then()
        .statusCode(200)
        .body("items.code", hasItem("DQA"));
    // Typed wildcards are text: nothing is named with a literal "%%".
    Api.anonymous().queryParam("text", "%%").get(CODES).then().body("items", hasSize(0));
    Api.anonymous()
        .queryParam("class", "f")
        .get(CODES)
        .then()
        .statusCode(200)
        .body("items.deviceClass", everyItem(equalTo("f")));
    Api.anonymous()
        .get(CODES + "/dqa")
        .then()
        .statusCode(200)
        .body("code", equalTo("DQA"))
        .body("deviceName", equalTo("Oximeter"))
        .body("regulationNumber", equalTo("870.2700"));
    Api.anonymous()
        .get(CODES + "/ZZZZ")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:clinbridge:problem:not-found"));
    Api.anonymous()
        .queryParam("cursor", "nonsense")
        .get(CODES)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("cursor"));
  }

  @Test
  void theDecisionCodesAreThere() {
    Api.anonymous()
        .get("/api/reference/fda-decision-codes")
        .then()
        .statusCode(200)
        .body("items", hasSize(40))
        .body("items.find { it.code == 'SE' }.text", equalTo("Substantially Equivalent"));
  }

  @Test
  void aNewerFileAddsCodesAndReportsEachBadLineInTheCallersLanguage() {
    String code = freshCode();
    String header = new String(bundled0(), CP1252).lines().findFirst().orElseThrow();
    String good =
        "CV|CV|"
            + code
            + "|Test monitor, wearable|2||N|N||870.2300|1|A definition\nover two lines"
            + "||||N|N|Eligible";
    String body =
        header
            + "\r\n"
            + good
            + "\r\n"
            + "CV|CV|"
            + code
            + "|Again|2||N|N||870.2300|1|||||N|N|Eligible\r\n"
            + "CV|CV|BAD|only four fields\r\n";
    Response r =
        Api.asAdmin()
            .contentType("text/plain")
            .header("Accept-Language", "zh-CN")
            .body(body.getBytes(CP1252))
            .post(CODES + "/import");
    r.then()
        .statusCode(200)
        .body("records", equalTo(3))
        .body("inserted", equalTo(1))
        .body("rejected", equalTo(2))
        .body("rejections.line", equalTo(List.of(4, 5)))
        .body("rejections.reason", equalTo(List.of("duplicate", "field-count")))
        .body("rejections[0].message", equalTo("产品代码 " + code + " 已出现在第 2 行"));
    Api.anonymous()
        .get(CODES + "/" + code)
        .then()
        .statusCode(200)
        .body("definition", equalTo("A definition\nover two lines"));
    Api.anonymous()
        .get("/api/audit?entity=fda-product-codes&id=" + r.jsonPath().getString("sha256"))
        .then()
        .statusCode(401);
    Api.asAdmin()
        .get("/api/audit?entity=fda-product-codes&id=" + r.jsonPath().getString("sha256"))
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("imported"))
        .body("items[0].after.inserted", equalTo(1));
  }

  @Test
  void thePublishedFileAgainChangesNothingAndIsQuick() throws IOException {
    Response r =
        Api.asAdmin()
            .contentType("application/octet-stream")
            .body(bundled())
            .post(CODES + "/import");
    r.then().statusCode(200).body("records", equalTo(6530)).body("rejected", equalTo(0));
    assertThat(r.jsonPath().getInt("inserted") + r.jsonPath().getInt("updated")).isZero();
    assertThat(r.jsonPath().getLong("millis")).isLessThan(3000);
  }

  @Test
  void onlyTheDistrictAdministratorLoadsAFileAndItMustBeOne() {
    Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    founder
        .api()
        .contentType("text/plain")
        .body("x")
        .post(CODES + "/import")
        .then()
        .statusCode(403);
    Api.asAdmin()
        .contentType("text/plain")
        .body("kind,name\nSTART_UP,x\n")
        .post(CODES + "/import")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:clinbridge:problem:import-rejected"));
  }

  private static byte[] bundled0() {
    try {
      return bundled();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A code the FDA file does not use: a digit first (all published codes start with a letter). */
  private static String freshCode() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (int i = 0; i < 100; i++) {
      String c =
          "9"
              + alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length()))
              + alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length()));
      if (Api.anonymous().get(CODES + "/" + c).statusCode() == 404) {
        return c;
      }
    }
    throw new IllegalStateException("no free code");
  }
}
