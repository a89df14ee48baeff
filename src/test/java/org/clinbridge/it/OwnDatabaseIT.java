package org.clinbridge.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.clinbridge.testing.OwnPostgres;
import org.clinbridge.testing.RunningApp;
import org.clinbridge.testing.Usccs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The application on a PostgreSQL of its own, which the test may restore, copy, lock and stop: the
 * database of the previous release upgraded in place (a dump the previous release created and
 * filled with its demo district, kept in test resources), a backup with pg_dump and pg_restore, and
 * the database going away under the running application and coming back.
 *
 * <p>One cluster and one application boot serve all three, in this order, because a boot costs half
 * a minute and the outage test leaves the database restarted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwnDatabaseIT {
  /** The administrator's password when the previous release's database was made (README there). */
  private static final String PREVIOUS_ADMIN_PASSWORD = "Upgrade-Test-Admin-2026";

  private static final String DATABASE = "clinbridge";

  private static OwnPostgres pg;
  private static RunningApp app;
  private static Map<String, Table> previous;
  private static String token;

  /** One table's content: rows and a digest of all of them. */
  record Table(long rows, String digest) {}

  @BeforeAll
  static void restoreThePreviousReleaseAndStartOnIt() throws Exception {
    pg = OwnPostgres.start();
    pg.client("createdb", "-E", "UTF8", "-T", "template0", DATABASE);
    Path dump = Files.createTempFile("previous-release-", ".dump");
    try (InputStream in =
        OwnDatabaseIT.class.getResourceAsStream("/upgrade/previous-release.dump")) {
      assertThat(in).as("the previous release's dump in test resources").isNotNull();
      Files.copy(in, dump, StandardCopyOption.REPLACE_EXISTING);
    }
    dump.toFile().setReadable(true, false);
    pg.client("pg_restore", "--no-owner", "--no-acl", "-d", DATABASE, dump.toString());
    Files.delete(dump);
    previous = contents(DATABASE);
    app =
        RunningApp.onDatabase(
                "own-postgres",
                pg.url(DATABASE),
                OwnPostgres.USER,
                "-",
                Map.of(
                    // Short, so that the locked-table test waits seconds, not the default 30.
                    "DB_STATEMENT_TIMEOUT_SECONDS",
                    "3",
                    // Callers remembered for a second only: requests during the outage must also
                    // sign their caller in from the database, which is down.
                    "AUTH_PRINCIPAL_CACHE_SECONDS",
                    "1"))
            .start();
    token =
        given()
            .baseUri(app.baseUrl())
            .contentType(ContentType.JSON)
            .body(Map.of("username", "admin", "password", PREVIOUS_ADMIN_PASSWORD))
            .post("/api/auth/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    if (pg != null) {
      pg.close();
    }
  }

  @Test
  @Order(1)
  void thePreviousReleasesRecordsAndAuditChainAreIntactAfterTheUpgrade() throws SQLException {
    assertThat(previous.get("project").rows()).as("the dump holds a district").isPositive();
    Map<String, Table> now = contents(DATABASE);
    for (var table : previous.entrySet()) {
      assertThat(now.get(table.getKey()).rows())
          .as("rows of %s", table.getKey())
          .isGreaterThanOrEqualTo(table.getValue().rows());
    }
    // Through the API, not only in the tables: every organisation and project is listed.
    assertThat(listed("/api/organisations")).isEqualTo(now.get("organisation").rows());
    assertThat(listed("/api/projects")).isEqualTo(now.get("project").rows());
    Response verdict = api().get("/api/audit/verify");
    assertThat(verdict.statusCode()).isEqualTo(200);
    assertThat(verdict.jsonPath().getBoolean("valid")).as(verdict.asString()).isTrue();
    assertThat(verdict.jsonPath().getLong("checked"))
        .isGreaterThanOrEqualTo(previous.get("audit_entry").rows());
  }

  @Test
  @Order(2)
  void aBackupRestoresEveryRecord() throws Exception {
    Path backup = Files.createTempFile("clinbridge-backup-", ".dump");
    backup.toFile().setWritable(true, false);
    // What docs/operations.md tells an operator to run, while the application keeps serving.
    Map<String, Table> before = contents(DATABASE);
    pg.client("pg_dump", "-Fc", "-d", DATABASE, "-f", backup.toString());
    Map<String, Table> after = contents(DATABASE);
    pg.client("createdb", "-E", "UTF8", "-T", "template0", "restored");
    pg.client("pg_restore", "--no-owner", "--no-acl", "-d", "restored", backup.toString());
    Files.delete(backup);
    Map<String, Table> restored = contents("restored");
    List<String> compared = new ArrayList<>();
    for (var table : before.entrySet()) {
      // A timed job may write while the dump runs; a table that did not change during it must
      // come back exactly, row for row.
      if (table.getValue().equals(after.get(table.getKey()))) {
        assertThat(restored.get(table.getKey())).as(table.getKey()).isEqualTo(table.getValue());
        compared.add(table.getKey());
      }
    }
    assertThat(compared).contains("organisation", "project", "audit_entry", "fund_grant");
  }

  @Test
  @Order(3)
  void whileTheDatabaseIsDownRequestsAnswer503FastAndRecoverWhenItIsBack() throws Exception {
    api().get("/api/organisations?limit=1").then().statusCode(200);
    // Write load for the whole run: clients creating hospitals, each retrying its create after a
    // 503 with the same Idempotency-Key until it is acknowledged, as a careful client does.
    AtomicBoolean writing = new AtomicBoolean(true);
    Map<String, String> attempted = new ConcurrentHashMap<>();
    Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicLong slowestWrite = new AtomicLong();
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<?>> writes = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      writes.add(
          writers.submit(
              () -> {
                while (writing.get()) {
                  String key = UUID.randomUUID().toString();
                  String uscc = Usccs.random();
                  attempted.put(key, uscc);
                  while (true) {
                    long t = System.nanoTime();
                    Response r = create(key, uscc);
                    slowestWrite.accumulateAndGet((System.nanoTime() - t) / 1_000_000, Math::max);
                    if (r.statusCode() == 201) {
                      acknowledged.add(r.jsonPath().getString("id"));
                      break;
                    }
                    assertThat(r.statusCode()).as("a create: " + r.asString()).isEqualTo(503);
                    sleep(200);
                  }
                }
                return null;
              }));
    }
    sleep(1_000);
    pg.down();
    long down = System.nanoTime();
    long slowest = 0;
    int answered = 0;
    // Down for 10 s under that load; reads and readiness asked throughout.
    while (System.nanoTime() - down < 10_000_000_000L) {
      for (String path : List.of("/api/organisations?limit=1", "/health/ready")) {
        long t = System.nanoTime();
        Response r = api().get(path);
        long ms = (System.nanoTime() - t) / 1_000_000;
        slowest = Math.max(slowest, ms);
        answered++;
        assertThat(r.statusCode()).as(path + " while down: " + r.asString()).isEqualTo(503);
        if (path.startsWith("/api")) {
          assertThat(r.contentType()).startsWith("application/problem+json");
          assertThat(r.header("Retry-After")).isNotBlank();
        }
      }
      sleep(100);
    }
    assertThat(slowest).as("the slowest read while down, ms").isLessThan(2_000);

    pg.up();
    long up = System.nanoTime();
    long recovered = -1;
    StringBuilder seen = new StringBuilder();
    while (System.nanoTime() - up < 30_000_000_000L) {
      Response read = api().get("/api/organisations?limit=1");
      Response ready = api().get("/health/ready");
      seen.append(
          String.format(
              "%d ms: %d %d%n",
              (System.nanoTime() - up) / 1_000_000, read.statusCode(), ready.statusCode()));
      if (read.statusCode() == 200 && ready.statusCode() == 200) {
        recovered = (System.nanoTime() - up) / 1_000_000;
        break;
      }
      sleep(100);
    }
    sleep(1_000);
    writing.set(false);
    for (Future<?> f : writes) {
      f.get(60, TimeUnit.SECONDS);
    }
    writers.shutdown();
    System.out.printf(
        "Database outage of 10 s under write load: %d reads while down, slowest %d ms; slowest"
            + " write %d ms; recovered %d ms after the database accepted connections again;"
            + " %d creates acknowledged%n",
        answered, slowest, slowestWrite.get(), recovered, acknowledged.size());
    assertThat(recovered)
        .as("ms until requests and readiness recover; seen:%n%s", seen)
        .isBetween(0L, 5_000L);
    assertThat(slowestWrite.get()).as("the slowest create, ms").isLessThan(2_000);
    // Every acknowledged create is there, and every create that was retried exists exactly once.
    for (String id : acknowledged) {
      api().get("/api/organisations/" + id).then().statusCode(200);
    }
    try (Connection c = DriverManager.getConnection(pg.url(DATABASE), OwnPostgres.USER, "-");
        var count = c.prepareStatement("select count(*) from organisation where uscc = ?")) {
      for (String uscc : attempted.values()) {
        count.setString(1, uscc);
        try (ResultSet r = count.executeQuery()) {
          r.next();
          assertThat(r.getLong(1)).as("hospitals with USCC " + uscc).isEqualTo(1);
        }
      }
    }
    assertThat(acknowledged).hasSize(attempted.size());
  }

  @Test
  @Order(4)
  void aLockedTableStallsNeitherUnrelatedRequestsNorTheHealthCheck() throws Exception {
    // Someone holds the project table: requests that read it wait at most the statement timeout
    // (3 s on this instance) and answer 503; everything else goes on.
    try (Connection lock = DriverManager.getConnection(pg.url(DATABASE), OwnPostgres.USER, "-")) {
      lock.setAutoCommit(false);
      try (Statement s = lock.createStatement()) {
        s.execute("lock table project in access exclusive mode");
      }
      ExecutorService blocked = Executors.newFixedThreadPool(8);
      List<Future<Response>> waiting = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        waiting.add(blocked.submit(() -> api().get("/api/projects?limit=5")));
      }
      sleep(500);
      long t = System.nanoTime();
      api().get("/api/organisations?limit=1").then().statusCode(200);
      Response ready = api().get("/health/ready");
      long ms = (System.nanoTime() - t) / 1_000_000;
      assertThat(ready.statusCode()).as(ready.asString()).isEqualTo(200);
      assertThat(ms)
          .as("an unrelated read and readiness while the table is locked, ms")
          .isLessThan(2_000);
      for (Future<Response> f : waiting) {
        Response r = f.get(20, TimeUnit.SECONDS);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("application/problem+json");
      }
      blocked.shutdown();
      lock.rollback();
    }
    api().get("/api/projects?limit=5").then().statusCode(200);
  }

  /** Registers a hospital; a retry sends the same request with the same key, as a client would. */
  private static Response create(String idempotencyKey, String uscc) {
    return api()
        .header("Idempotency-Key", idempotencyKey)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "kind",
                "HOSPITAL",
                "name",
                Map.of("zh", "断库重试医院 " + idempotencyKey, "en", "Retry " + idempotencyKey),
                "uscc",
                uscc))
        .post("/api/organisations");
  }

  private static RequestSpecification api() {
    return given()
        .baseUri(app.baseUrl())
        .header("Authorization", "Bearer " + token)
        .config(
            RestAssuredConfig.config()
                .httpClient(
                    HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", 5_000)
                        .setParam("http.socket.timeout", 10_000)));
  }

  /** How many items the keyset pages of a list hold, page after page. */
  private static long listed(String path) {
    long n = 0;
    String cursor = null;
    do {
      RequestSpecification request = api().queryParam("limit", 100);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      Response page = request.get(path);
      assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
      n += page.jsonPath().getList("items").size();
      cursor = page.jsonPath().getString("next");
    } while (cursor != null);
    return n;
  }

  /** Every table of the schema: its rows and a digest of their content. */
  private static Map<String, Table> contents(String database) throws SQLException {
    Map<String, Table> tables = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(pg.url(database), OwnPostgres.USER, "-");
        Statement s = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "select table_name from information_schema.tables where table_schema = 'public'"
                  + " and table_type = 'BASE TABLE' order by table_name")) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
      for (String name : names) {
        try (ResultSet r =
            s.executeQuery(
                "select count(*), md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                    + " from \""
                    + name
                    + "\" t")) {
          r.next();
          tables.put(name, new Table(r.getLong(1), r.getString(2)));
        }
      }
    }
    return tables;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
