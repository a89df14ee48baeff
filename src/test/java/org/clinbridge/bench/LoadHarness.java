package org.clinbridge.bench;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinbridge.platform.persistence.Migrations;
import org.clinbridge.scenes.ScenesIT;
import org.clinbridge.testing.Usccs;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The load harness of docs/performance.md, in one run on one machine: a fresh database with 100,000
 * projects, an empty Payara Micro and then the built WAR booted with the same JVM flags (the boot
 * ratio, from each one's own "ready in" line), the application's read and write paths driven by wrk
 * at a fixed number of connections, {@code pgbench -S -M prepared} at the same number on the same
 * PostgreSQL, and the application's resident memory after the load. Prints each path's throughput,
 * p50/p95/p99 and its ratio to pgbench. Never part of {@code mvn verify}.
 *
 * <pre>
 * mvn -q package -DskipTests
 * mvn -Pbench -q test-compile exec:java -Dbench.main=org.clinbridge.bench.LoadHarness \
 *   -Dbench.args="--connections 16 --seconds 20"
 * </pre>
 *
 * Needs wrk and the PostgreSQL client programs (Debian packages wrk, postgresql-client) and a role
 * that may create databases (the tests' {@code clinbridge_test}).
 */
public final class LoadHarness {
  private static final Pattern READY = Pattern.compile("ready in ([0-9,.]+) \\(ms\\)");
  private static final Pattern RESULT =
      Pattern.compile("RESULT ([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9]+) ([0-9]+)");

  private LoadHarness() {}

  record Figure(String path, double rps, double p50, double p95, double p99, long bad, long all) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    String host = o.getOrDefault("db-host", "127.0.0.1:5432");
    String name = o.getOrDefault("db-name", "clinbridge_load");
    String user = o.getOrDefault("db-user", "clinbridge_test");
    String password = o.getOrDefault("db-password", "clinbridge_test");
    int connections = Integer.parseInt(o.getOrDefault("connections", "16"));
    int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
    int projects = Integer.parseInt(o.getOrDefault("projects", "100000"));
    int port = Integer.parseInt(o.getOrDefault("port", "8280"));
    Path work = Files.createDirectories(Path.of("target", "load"));
    String url = "jdbc:postgresql://" + host + "/" + name;

    freshDatabase(host, name, user, password);
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser(user);
    ds.setPassword(password);
    Migrations.configure(ds).load().migrate();
    try (Connection c = ds.getConnection()) {
      Seeder.seed(c, projects, 2000, 200);
    }

    List<String> jvm = jvmOptions();
    double emptyBoot;
    Process empty =
        start(
            jvm,
            List.of("--port", Integer.toString(port + 1), "--nohazelcast"),
            Map.of(),
            work.resolve("empty.log"));
    try {
      emptyBoot = awaitReady(work.resolve("empty.log"), empty);
    } finally {
      stop(empty);
    }
    String admin = "Load-" + UUID.randomUUID();
    Process app =
        start(
            jvm,
            List.of(
                "--deploy",
                "target/clinbridge.war",
                "--contextroot",
                "/",
                "--port",
                Integer.toString(port),
                "--nohazelcast",
                "--logproperties",
                "config/logging.properties",
                "--postbootcommandfile",
                "config/post-boot-commands.asadmin"),
            Map.of(
                "DB_URL",
                url,
                "DB_USER",
                user,
                "DB_PASSWORD",
                password,
                "CLINBRIDGE_ADMIN_PASSWORD",
                admin),
            work.resolve("app.log"));
    try {
      double appBoot = awaitReady(work.resolve("app.log"), app);
      String base = "http://127.0.0.1:" + port;
      World world = World.make(base, admin, url, user, password);
      // The JIT first: the same mix, unmeasured.
      for (Path script : scripts(work, world, 0).values()) {
        wrk(script, base, connections, 5);
      }
      List<Figure> figures = new ArrayList<>();
      // The measured writes start past the pairs the warm-up used.
      for (var path : scripts(work, world, 3000).entrySet()) {
        figures.add(measure(path.getKey(), path.getValue(), base, connections, seconds));
      }
      long rss = residentKiB(app.pid());
      double tps = HttpDriver.pgbench(url, user, password, connections, seconds);
      System.out.printf(
          "%nLoad harness: %d projects, %d connections, %d s per path%n",
          projects, connections, seconds);
      System.out.printf(
          "%-32s %9s %8s %8s %8s %8s %11s%n",
          "path", "req/s", "p50 ms", "p95 ms", "p99 ms", "non-2xx", "x pgbench");
      for (Figure f : figures) {
        System.out.printf(
            "%-32s %9.1f %8.1f %8.1f %8.1f %8d %11.4f%n",
            f.path(), f.rps(), f.p50(), f.p95(), f.p99(), f.bad(), f.rps() / tps);
      }
      System.out.printf("pgbench -S -M prepared -c %d: %.0f tps%n", connections, tps);
      System.out.printf(
          "boot: empty Payara Micro %.1f s, ClinBridge %.1f s, ratio %.2f%n",
          emptyBoot / 1000, appBoot / 1000, appBoot / emptyBoot);
      System.out.printf(
          "resident memory after the load: %d MiB (%s)%n", rss / 1024, String.join(" ", jvm));
    } finally {
      stop(app);
    }
  }

  /** What the load needs besides the seeded projects: two organisations' people, scenes, fits. */
  record World(
      String adminToken,
      String founderToken,
      String adminPassword,
      List<String> projectIds,
      List<String> sceneIds,
      List<String> founderProjects) {

    static World make(String base, String admin, String url, String user, String password)
        throws Exception {
      String adminToken = token(base, "admin", admin);
      String hospital = organisation(base, adminToken, "HOSPITAL");
      String startUp = organisation(base, adminToken, "START_UP");
      String staff = person(base, adminToken, hospital, "HOSPITAL_STAFF");
      String founder = person(base, adminToken, startUp, "START_UP_MEMBER");
      List<String> scenes = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        Map<String, Object> form = ScenesIT.form(ScenesIT.word());
        form.put("subcatalogues", List.of("07"));
        form.put("capacity", 100);
        String id = ok(json(base, staff).body(form).post("/api/scenes"), 201).path("id");
        ok(json(base, staff).post("/api/scenes/" + id + "/publish"), 200);
        scenes.add(id);
      }
      List<String> own = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        Map<String, Object> body = ProjectsBody.fitting(i);
        own.add(ok(json(base, founder).body(body).post("/api/projects"), 201).path("id"));
      }
      List<String> ids = new ArrayList<>();
      try (Connection c = DriverManager.getConnection(url, user, password);
          Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery("select public_id from project order by random() limit 1000")) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
      return new World(adminToken, founder, admin, ids, scenes, own);
    }
  }

  /** A project that fits the harness's scenes (sub-catalogue 07, class II, TRL 6). */
  private static final class ProjectsBody {
    static Map<String, Object> fitting(int i) {
      Map<String, Object> body = new HashMap<>();
      body.put("title", Map.of("zh", "负载测试心电贴 " + i, "en", "Load test ECG patch " + i));
      body.put("summary", Map.of("zh", "单导联心电监测", "en", "Single-lead ECG monitoring"));
      body.put("category", "MEDICAL_DEVICE");
      body.put("subcatalogue", "07");
      body.put("expectedClass", "II");
      body.put("trl", 6);
      return body;
    }
  }

  /** One wrk Lua script per path, with the ids and tokens it needs written into it. */
  private static Map<String, Path> scripts(Path work, World w, int firstPair) throws IOException {
    Map<String, Path> s = new java.util.LinkedHashMap<>();
    String admin = "wrk.headers['Authorization'] = 'Bearer " + w.adminToken() + "'\n";
    String founder = "wrk.headers['Authorization'] = 'Bearer " + w.founderToken() + "'\n";
    s.put(
        "GET project by id",
        script(
            work,
            "project",
            admin
                + table("ids", w.projectIds())
                + "request = function() return wrk.format('GET', '/api/projects/' .. pick(ids)) end\n"));
    s.put(
        "GET scene by id",
        script(
            work,
            "scene",
            founder
                + table("ids", w.sceneIds())
                + "request = function() return wrk.format('GET', '/api/scenes/' .. pick(ids)) end\n"));
    s.put(
        "GET 50 projects, filtered",
        script(
            work,
            "projects",
            admin
                + "request = function() return wrk.format('GET',"
                + " '/api/projects?limit=50&stage=PILOT_MATURATION&category=MEDICAL_DEVICE&trlMin=5')"
                + " end\n"));
    s.put(
        "GET scene catalogue page",
        script(
            work,
            "catalogue",
            founder
                + "request = function() return wrk.format('GET', '/api/scenes?limit=50') end\n"));
    s.put(
        "GET a project's matches",
        script(
            work,
            "matches",
            founder
                + table("ids", w.founderProjects())
                + "request = function() return wrk.format('GET', '/api/scenes/matches?project=' .. pick(ids)) end\n"));
    // Each request a new (scene, project) pair: a start-up applies once per scene and project.
    s.put(
        "POST an application (write)",
        script(
            work,
            "apply",
            founder
                + "wrk.headers['Content-Type'] = 'application/json'\n"
                + table("scenes", w.sceneIds())
                + table("projects", w.founderProjects())
                + "local n = 0\n"
                + "local first = "
                + firstPair
                + "\n"
                + "request = function()\n"
                + "  local i = first + n * threads + thread_no\n"
                + "  n = n + 1\n"
                + "  local scene = scenes[(i % #scenes) + 1]\n"
                + "  local project = projects[(math.floor(i / #scenes) % #projects) + 1]\n"
                + "  return wrk.format('POST', '/api/scenes/' .. scene .. '/applications', nil,"
                + " '{\"project\":\"' .. project .. '\",\"pitch\":\"load\",\"submit\":true}')\n"
                + "end\n"));
    s.put(
        "POST /api/auth/token",
        script(
            work,
            "token",
            "wrk.method = 'POST'\nwrk.path = '/api/auth/token'\n"
                + "wrk.headers['Content-Type'] = 'application/json'\n"
                + "wrk.body = '{\"username\":\"admin\",\"password\":\""
                + w.adminPassword()
                + "\"}'\n"));
    return s;
  }

  private static String table(String name, List<String> values) {
    return "local " + name + " = {'" + String.join("','", values) + "'}\n";
  }

  private static Path script(Path work, String name, String body) throws IOException {
    // Shared by every script: a random pick, per-thread numbering (for the write's unique pairs)
    // and the figures in one line wrk's done() prints.
    String common =
        """
        math.randomseed(os.time())
        local function pick(t) return t[math.random(#t)] end
        local counter = 0
        threads = 2
        thread_no = 0
        setup = function(thread) thread:set('thread_no', counter); counter = counter + 1 end
        done = function(summary, latency, requests)
          io.write(string.format('RESULT %.2f %.3f %.3f %.3f %d %d\\n',
            summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
            latency:percentile(95) / 1000, latency:percentile(99) / 1000,
            summary.errors.status + summary.errors.connect + summary.errors.read
              + summary.errors.write + summary.errors.timeout, summary.requests))
        end
        """;
    Path file = work.resolve(name + ".lua");
    Files.writeString(file, common + body, StandardCharsets.UTF_8);
    return file;
  }

  private static Figure measure(String path, Path script, String base, int connections, int seconds)
      throws Exception {
    String out = wrk(script, base, connections, seconds);
    Matcher m = RESULT.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("wrk printed no result for " + path + ":\n" + out);
    }
    return new Figure(
        path,
        Double.parseDouble(m.group(1)),
        Double.parseDouble(m.group(2)),
        Double.parseDouble(m.group(3)),
        Double.parseDouble(m.group(4)),
        Long.parseLong(m.group(5)),
        Long.parseLong(m.group(6)));
  }

  private static String wrk(Path script, String base, int connections, int seconds)
      throws Exception {
    Process p =
        new ProcessBuilder(
                "wrk",
                "-t2",
                "-c" + connections,
                "-d" + seconds + "s",
                "--timeout",
                "10s",
                "-s",
                script.toString(),
                base)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(seconds + 60L, TimeUnit.SECONDS);
    return out;
  }

  private static Process start(
      List<String> jvm, List<String> args, Map<String, String> env, Path log) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.add("-jar");
    cmd.add(payaraMicro());
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    pb.environment().putAll(env);
    return pb.start();
  }

  /** Milliseconds from Payara Micro's own "ready in" line. */
  private static double awaitReady(Path log, Process p) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline && p.isAlive()) {
      Matcher m = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (m.find()) {
        return Double.parseDouble(m.group(1).replace(",", ""));
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("not ready; see " + log);
  }

  private static void stop(Process p) throws InterruptedException {
    p.destroy();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
  }

  private static long residentKiB(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  /** config/jvm.options, the flags the run command and operators use. */
  private static List<String> jvmOptions() throws IOException {
    return Files.readAllLines(Path.of("config", "jvm.options")).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static String payaraMicro() throws IOException {
    Matcher v =
        Pattern.compile("<payara.version>([^<]+)</payara.version>")
            .matcher(Files.readString(Path.of("pom.xml")));
    if (!v.find()) {
      throw new IllegalStateException("no payara.version in pom.xml");
    }
    String version = v.group(1);
    return Path.of(
            System.getProperty("user.home"),
            ".m2",
            "repository",
            "fish",
            "payara",
            "extras",
            "payara-micro",
            version,
            "payara-micro-" + version + ".jar")
        .toString();
  }

  private static void freshDatabase(String host, String name, String user, String password)
      throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:postgresql://" + host + "/postgres", user, password);
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
      s.execute(
          "create database "
              + name
              + " encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'"
              + " template template0");
    }
  }

  private static String token(String base, String username, String password) {
    return ok(
            given()
                .baseUri(base)
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/token"),
            200)
        .path("access_token");
  }

  private static String organisation(String base, String adminToken, String kind) {
    return ok(
            json(base, adminToken)
                .body(
                    Map.of(
                        "kind", kind,
                        "name", Map.of("zh", "负载测试 " + kind, "en", "Load test " + kind),
                        "uscc", Usccs.random()))
                .post("/api/organisations"),
            201)
        .path("id");
  }

  /** An account with {@code role} in the organisation; its token. */
  private static String person(String base, String adminToken, String organisation, String role) {
    String username = "load" + UUID.randomUUID().toString().substring(0, 8);
    String password = "pw-" + UUID.randomUUID();
    ok(
        json(base, adminToken)
            .body(
                Map.of(
                    "organisationId", organisation,
                    "username", username,
                    "displayName", username,
                    "roles", List.of(role),
                    "password", password))
            .post("/api/accounts"),
        201);
    return token(base, username, password);
  }

  private static io.restassured.specification.RequestSpecification json(String base, String token) {
    return given()
        .baseUri(base)
        .header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON);
  }

  private static Response ok(Response r, int status) {
    if (r.statusCode() != status) {
      throw new IllegalStateException("expected " + status + ": " + r.asString());
    }
    return r;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return o;
  }
}
