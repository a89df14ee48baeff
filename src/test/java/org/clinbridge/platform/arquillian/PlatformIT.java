package org.clinbridge.platform.arquillian;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clinbridge.testing.AuditTable;
import org.clinbridge.testing.TestDatabase;
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
 * The exception mappers, validation and concurrency headers inside the real container, and the
 * audit trail's transaction and chain rules: the built WAR plus probe resources that fail on
 * purpose or fire audit events. One deployment (one Payara Micro boot) serves every test here.
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
        .addClass(ProbeResource.class)
        .addClass(AuditProbeResource.class);
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
  void aBoundaryRefusesADirectCallWithoutItsRolesAsItRefusesARequest() {
    // Without the boundary's own check the call would reach the use case and fail there (404 for
    // the unknown scene, or worse); the interceptor answers first, as the HTTP filter would.
    given()
        .baseUri(base)
        .get("/probe/direct-call")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:clinbridge:problem:unauthorized"));
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

  // ---- Audit trail (platform.audit) driven by AuditProbeResource ----

  private static String probeId() {
    return "probe-" + UUID.randomUUID();
  }

  private io.restassured.response.ValidatableResponse change(String id, int count, boolean fail) {
    return given()
        .baseUri(base)
        .header("X-Request-Id", "audit-" + id.substring(6, 14))
        .queryParam("id", id)
        .queryParam("count", count)
        .queryParam("fail", fail)
        .post("/probe/audit/changes")
        .then();
  }

  @Test
  void aChangeIsAuditedInItsTransactionWithActorAndRequestId() throws Exception {
    String id = probeId();
    change(id, 2, false).statusCode(200);
    List<AuditTable.Row> rows = AuditTable.entriesOf("probe-thing", id);
    assertThat(rows).extracting(AuditTable.Row::action).containsExactly("created", "updated");
    assertThat(rows.get(1).seq()).isEqualTo(rows.get(0).seq() + 1);
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.actor()).isEqualTo("anonymous");
              assertThat(r.requestId()).isEqualTo("audit-" + id.substring(6, 14));
            });
  }

  @Test
  void aRolledBackChangeLeavesNoEntry() throws Exception {
    String id = probeId();
    change(id, 3, true).statusCode(409);
    assertThat(AuditTable.entriesOf("probe-thing", id)).isEmpty();
    given().baseUri(base).get("/probe/audit/verify").then().statusCode(200).body("valid", is(true));
  }

  @Test
  void aChangeOutsideATransactionIsRefused() throws Exception {
    String id = probeId();
    given()
        .baseUri(base)
        .queryParam("id", id)
        .post("/probe/audit/untransacted")
        .then()
        .statusCode(500);
    assertThat(AuditTable.entriesOf("probe-thing", id)).isEmpty();
  }

  /**
   * Many transactions append at once; the chain stays one unbroken line, and the two entries of
   * each transaction sit next to each other, which they can only do if appends are serialised from
   * the first entry to the commit.
   */
  @Test
  void concurrentChangesFormOneUnbrokenChainInCommitOrder() throws Exception {
    int threads = 8;
    int perThread = 25;
    HttpClient client = HttpClient.newHttpClient();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(
            pool.submit(
                () -> {
                  int ok = 0;
                  for (int i = 0; i < perThread; i++) {
                    String id = probeId();
                    ids.add(id);
                    HttpResponse<String> r =
                        client.send(
                            HttpRequest.newBuilder(
                                    URI.create(base + "/probe/audit/changes?count=2&id=" + id))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                            HttpResponse.BodyHandlers.ofString());
                    ok += r.statusCode() == 200 ? 1 : 0;
                  }
                  return ok;
                }));
      }
      int ok = 0;
      for (Future<Integer> f : results) {
        ok += f.get(5, TimeUnit.MINUTES);
      }
      assertThat(ok).isEqualTo(threads * perThread);
    } finally {
      pool.shutdownNow();
    }
    for (String id : ids) {
      List<AuditTable.Row> rows = AuditTable.entriesOf("probe-thing", id);
      assertThat(rows).hasSize(2);
      assertThat(rows.get(1).seq()).as(id).isEqualTo(rows.get(0).seq() + 1);
    }
    given()
        .baseUri(base)
        .get("/probe/audit/verify")
        .then()
        .statusCode(200)
        .body("valid", is(true))
        .body("checked", greaterThanOrEqualTo(threads * perThread * 2));
  }

  @Test
  void postgresqlRefusesToChangeOrRemoveEntriesWhoeverAsks() throws Exception {
    String id = probeId();
    change(id, 1, false).statusCode(200);
    long seq = AuditTable.entriesOf("probe-thing", id).get(0).seq();
    for (String sql :
        List.of(
            "update audit_entry set reason = 'x' where seq = " + seq,
            "delete from audit_entry where seq = " + seq,
            "truncate audit_entry",
            "update audit_chain_head set last_seq = last_seq - 1",
            "delete from audit_chain_head")) {
      try (Connection c = TestDatabase.connect()) {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
          assertThatThrownBy(() -> s.execute(sql))
              .as(sql)
              .isInstanceOf(SQLException.class)
              .hasMessageContaining("refused");
        } finally {
          // Had the database not refused, nothing of it survives.
          c.rollback();
        }
      }
    }
    assertThat(AuditTable.entriesOf("probe-thing", id)).hasSize(1);
  }

  @Test
  void aVoidNeedsAReasonOfAtMost500Characters() {
    for (String body :
        List.of("{}", "{\"reason\":\"  \"}", "{\"reason\":\"" + "x".repeat(501) + "\"}")) {
      given()
          .baseUri(base)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/probe/audit/void")
          .then()
          .statusCode(400)
          .body("violations.field", hasItems("reason"));
    }
    given()
        .baseUri(base)
        .contentType(ContentType.JSON)
        .body("{\"reason\":\"" + "理".repeat(500) + "\"}")
        .post("/probe/audit/void")
        .then()
        .statusCode(200);
  }
}
