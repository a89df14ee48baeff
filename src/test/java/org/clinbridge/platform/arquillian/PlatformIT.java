package org.clinbridge.platform.arquillian;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The exception mappers, validation and concurrency headers inside the real container: the built
 * WAR plus a probe resource that fails on purpose. One deployment (one Payara Micro boot) serves
 * every test here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {
  @ArquillianResource URL deployed;
  private String base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.create(ZipImporter.class, "clinbridge.war")
        .importFrom(new File(System.getProperty("clinbridge.war")))
        .as(WebArchive.class)
        .addClass(ProbeResource.class);
  }

  @BeforeEach
  void base() throws Exception {
    // The connector reports the machine's external address; keep test traffic on loopback.
    URI u = deployed.toURI();
    base = new URI("http", null, "localhost", u.getPort(), u.getPath(), null, null).toString();
    base = base.endsWith("/") ? base + "api" : base + "/api";
  }

  @Test
  void aValidBodyIsBoundAndAnswered() {
    given()
        .baseUri(base)
        .contentType(ContentType.JSON)
        .body("{\"name\":{\"zh\":\"监护仪\",\"en\":\"Monitor\"},\"trl\":4}")
        .post("/probe")
        .then()
        .statusCode(200)
        .body("zh", equalTo("监护仪"));
  }

  @Test
  void malformedJsonIsA400Problem() {
    given()
        .baseUri(base)
        .contentType(ContentType.JSON)
        .body("{\"name\": {\"zh\": ")
        .post("/probe")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:clinbridge:problem:malformed-json"))
        .body(not(containsString("Exception")));
  }

  @Test
  void aWronglyTypedFieldIsA400ProblemToo() {
    given()
        .baseUri(base)
        .contentType(ContentType.JSON)
        .body("{\"name\":{\"zh\":\"a\",\"en\":\"b\"},\"trl\":\"high\"}")
        .post("/probe")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void violationsNameEachFieldInTheCallersLanguage() {
    given()
        .baseUri(base)
        .contentType(ContentType.JSON)
        .header("Accept-Language", "en")
        .body("{\"name\":{\"zh\":\" \"},\"trl\":12}")
        .post("/probe")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:clinbridge:problem:validation"))
        .body("violations.field", hasItems("name.zh", "name.en", "trl"))
        .body("violations.find { it.field == 'trl' }.message", containsString("9"));
    given()
        .baseUri(base)
        .contentType(ContentType.JSON)
        .header("Accept-Language", "zh-CN")
        .body("{\"name\":{\"zh\":\"a\",\"en\":\"b\"},\"trl\":0}")
        .post("/probe")
        .then()
        .statusCode(400)
        .body("title", equalTo("请求中有无效字段"))
        .body(
            "violations.find { it.field == 'trl' }.message",
            matchesPattern(".*[\\u4e00-\\u9fff].*"));
  }

  @Test
  void aMissingBodyIsAValidationProblem() {
    given()
        .baseUri(base)
        .contentType(ContentType.JSON)
        .post("/probe")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void anUnsupportedMediaTypeIs415() {
    given()
        .baseUri(base)
        .contentType(ContentType.XML)
        .body("<a/>")
        .post("/probe")
        .then()
        .statusCode(415)
        .body("type", equalTo("urn:clinbridge:problem:unsupported-media-type"));
  }

  @Test
  void anUnexpectedFailureIsA500WithAnIncidentIdThatIsAlsoLogged() throws Exception {
    var r =
        given()
            .baseUri(base)
            .header("X-Request-Id", "probe-boom-1")
            .get("/probe/boom")
            .then()
            .statusCode(500)
            .contentType("application/problem+json")
            .body("type", equalTo("urn:clinbridge:problem:internal"))
            .body(not(containsString("secret internals")))
            .body(not(containsString("IllegalStateException")))
            .extract();
    String incident = r.jsonPath().getString("incidentId");
    assertThat(incident).matches("[0-9a-f-]{36}");
    assertThat(r.jsonPath().getString("detail")).contains(incident);
    String text = "";
    for (int i = 0; i < 50 && !text.contains(incident); i++) {
      Thread.sleep(100);
      text = serverLog();
    }
    assertThat(text)
        .contains("Incident " + incident)
        .contains("[request probe-boom-1]")
        .contains("secret internals");
  }

  /** Payara's --logtofile rotates by suffix (.0, .1 ...): read them all. */
  private static String serverLog() throws Exception {
    StringBuilder sb = new StringBuilder();
    try (var files = Files.list(Path.of(System.getProperty("build.directory")))) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (p.getFileName().toString().startsWith("arquillian-payara.log")) {
          sb.append(Files.readString(p));
        }
      }
    }
    return sb.toString();
  }

  @Test
  void anOptimisticLockConflictIs409() {
    given()
        .baseUri(base)
        .get("/probe/race")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:clinbridge:problem:conflict"));
  }

  @Test
  void updatesNeedTheCurrentETagInIfMatch() {
    given()
        .baseUri(base)
        .contentType(ContentType.JSON)
        .body("\"x\"")
        .put("/probe/versioned")
        .then()
        .statusCode(428)
        .body("type", equalTo("urn:clinbridge:problem:precondition-required"));
    given()
        .baseUri(base)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"6\"")
        .body("\"x\"")
        .put("/probe/versioned")
        .then()
        .statusCode(412)
        .body("type", equalTo("urn:clinbridge:problem:stale-resource"));
    given()
        .baseUri(base)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"7\"")
        .body("\"x\"")
        .put("/probe/versioned")
        .then()
        .statusCode(200)
        .header("ETag", "\"8\"");
  }
}
