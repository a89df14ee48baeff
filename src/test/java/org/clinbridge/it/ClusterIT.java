package org.clinbridge.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinbridge.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two instances clustered by Payara's Hazelcast behind nginx, started by the operators' own script
 * ({@code config/cluster/cluster.sh}) on a scratch database: a browser session is served by either
 * instance, and kill -9 of one instance under load costs the clients nothing and signs nobody out.
 *
 * <p>Tagged {@code cluster} and left out of {@code mvn verify}: two more Payara boots and nginx
 * cost over a minute on two cores. Run it with {@code mvn verify -Dcluster -Dit.test=ClusterIT
 * -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false} (docs/operations.md).
 */
@Tag("cluster")
class ClusterIT {
  private static final int PORT = 18080;
  private static final String ADMIN_PASSWORD = "Cluster-" + java.util.UUID.randomUUID();
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static Path dir;
  private static String database;

  @BeforeAll
  static void startTwoInstancesAndTheBalancer() throws Exception {
    dir = Path.of(System.getProperty("build.directory", "target"), "cluster-it");
    Files.createDirectories(dir);
    database = TestDatabase.createScratchDatabase();
    String out = script("start", "2");
    assertThat(out).contains("DG Size: 2");
  }

  @AfterAll
  static void stop() throws Exception {
    script("stop");
    if (database != null) {
      TestDatabase.dropScratchDatabase(database);
    }
  }

  @Test
  void aSessionLivesOnEitherInstanceAndAKilledInstanceCostsClientsNothing() throws Exception {
    Map<String, String> cookies = signInThroughThePage();
    for (int node = 1; node <= 2; node++) {
      assertThat(home(PORT + node, cookies))
          .as("instance %d serves the session signed in through the balancer", node)
          .contains("shell:sign-out");
    }

    String token =
        given()
            .baseUri(balancer())
            .contentType(ContentType.JSON)
            .body(Map.of("username", "admin", "password", ADMIN_PASSWORD))
            .post("/api/auth/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    String organisation =
        given()
            .baseUri(balancer())
            .header("Authorization", "Bearer " + token)
            .get("/api/organisations?limit=1")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].id");

    AtomicInteger ok = new AtomicInteger();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService clients = Executors.newFixedThreadPool(4);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(12);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      running.add(
          clients.submit(
              () -> {
                while (System.nanoTime() < end) {
                  Response r =
                      given()
                          .baseUri(balancer())
                          .header("Authorization", "Bearer " + token)
                          .get("/api/organisations/" + organisation);
                  if (r.statusCode() == 200) {
                    ok.incrementAndGet();
                  } else {
                    failures.add(r.statusCode() + " " + r.asString());
                  }
                }
                return null;
              }));
    }
    Thread.sleep(4_000);
    script("kill", "1");
    for (Future<?> f : running) {
      f.get(60, TimeUnit.SECONDS);
    }
    clients.shutdown();
    System.out.printf(
        "Cluster: kill -9 of one of two instances under load: %d answered, %d failed%n",
        ok.get(), failures.size());
    assertThat(failures).as("answers other than 200 around the kill").isEmpty();
    assertThat(ok.get()).isPositive();

    for (int i = 0; i < 5; i++) {
      assertThat(home(PORT, cookies))
          .as("still signed in through the balancer after the kill")
          .contains("shell:sign-out");
    }
  }

  /** Signs in as the administrator through the sign-in page, via the balancer; the cookies. */
  private static Map<String, String> signInThroughThePage() {
    Response form = given().baseUri(balancer()).get("/app/login.xhtml");
    Map<String, String> cookies = new HashMap<>(form.cookies());
    Matcher state = VIEW_STATE.matcher(form.asString());
    assertThat(state.find()).isTrue();
    Response signedIn =
        given()
            .baseUri(balancer())
            .cookies(cookies)
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded")
            .formParam("signin", "signin")
            .formParam("signin:next", "")
            .formParam("signin:username", "admin")
            .formParam("signin:password", ADMIN_PASSWORD)
            .formParam("signin:submit", "")
            .formParam("jakarta.faces.ViewState", state.group(1))
            .post("/app/login.xhtml");
    assertThat(signedIn.statusCode()).as(signedIn.asString()).isEqualTo(302);
    cookies.putAll(signedIn.cookies());
    return cookies;
  }

  private static String home(int port, Map<String, String> cookies) {
    return given()
        .baseUri("http://127.0.0.1:" + port)
        .cookies(cookies)
        .redirects()
        .follow(false)
        .get("/app/home.xhtml")
        .asString();
  }

  private static String balancer() {
    return "http://127.0.0.1:" + PORT;
  }

  private static String script(String... args) throws IOException, InterruptedException {
    Path config = Path.of(System.getProperty("clinbridge.config", "config"));
    List<String> cmd =
        new ArrayList<>(List.of("bash", config.resolve("cluster/cluster.sh").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("CLUSTER_DIR", dir.toAbsolutePath().toString());
    env.put("CLUSTER_PORT", Integer.toString(PORT));
    env.put("WAR", System.getProperty("clinbridge.war"));
    env.put("PAYARA_MICRO_JAR", System.getProperty("payara.micro.jar"));
    env.put("DB_URL", database);
    env.put("DB_USER", TestDatabase.user());
    env.put("DB_PASSWORD", TestDatabase.password());
    env.put("CLINBRIDGE_ADMIN_PASSWORD", ADMIN_PASSWORD);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(400, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("cluster.sh " + String.join(" ", args) + " failed:\n" + out);
    }
    return out;
  }
}
