package org.clinbridge.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built WAR running on Payara Micro in a child process, as an operator would start it: same
 * WAR, same files from {@code config/}, context root {@code /}. Booting costs ~20 s, so the
 * black-box suite shares one instance on the test PostgreSQL ({@link #postgres()}); the quickstart
 * smoke test starts its own on H2. The server log goes to {@code target/}, and a failed start
 * reports its tail, because a deployment that fails leaves Payara answering 404s.
 *
 * <p>Every instance gets a random {@code CLINBRIDGE_ADMIN_PASSWORD} ({@link #adminPassword()}), as
 * an operator would set one. The shared PostgreSQL instance also trusts {@link TestOidcProvider} as
 * its external OpenID Connect provider, and believes {@code X-Forwarded-For} from localhost, so
 * that a test can sign in "from" an address of its own ({@link Api#randomAddress()}) and its failed
 * sign-ins never slow down other tests.
 */
public final class RunningApp implements AutoCloseable {
  private static RunningApp shared;

  /** The system property that carries this run's admin password (also to arquillian.xml). */
  public static final String ADMIN_PASSWORD_PROPERTY = "clinbridge.test.admin.password";

  private final String name;
  private final Map<String, String> environment;
  private final List<String> systemProperties;
  private final Path log;
  private Process process;
  private int port;

  private RunningApp(String name, Map<String, String> environment, List<String> sysProps) {
    this.name = name;
    this.environment = environment;
    this.systemProperties = sysProps;
    this.log = Path.of(System.getProperty("build.directory", "target"), "payara-" + name + ".log");
  }

  /** The instance on the test PostgreSQL shared by every black-box test in this JVM. */
  public static synchronized RunningApp postgres() {
    if (shared == null) {
      TestOidcProvider oidc = TestOidcProvider.get();
      RunningApp app =
          new RunningApp(
              "postgres",
              Map.of(
                  "DB_URL", TestDatabase.url(),
                  "DB_USER", TestDatabase.user(),
                  "DB_PASSWORD", TestDatabase.password(),
                  // Notification e-mails go to a local GreenMail the tests read back.
                  "SMTP_HOST", "127.0.0.1",
                  "SMTP_PORT", Integer.toString(TestSmtp.port()),
                  "CLINBRIDGE_OIDC_ISSUER", oidc.issuer(),
                  "CLINBRIDGE_OIDC_JWKS_URL", oidc.jwksUrl(),
                  "CLINBRIDGE_OIDC_ROLES_CLAIM", "realm_access.roles",
                  "CLINBRIDGE_OIDC_ROLE_MAPPING", TestOidcProvider.ROLE_MAPPING,
                  "CLINBRIDGE_SIGNIN_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1"),
              // Each API answer says how many SQL statements it cost (StatementCountIT).
              List.of("-Ddiagnostics.statement-count-header=true"));
      app.start();
      Runtime.getRuntime().addShutdownHook(new Thread(app::close));
      shared = app;
    }
    return shared;
  }

  /**
   * An instance of its own on a PostgreSQL database of the test's choosing (one the test may stop,
   * or one restored from a dump), with further settings as environment variables; caller closes.
   */
  public static RunningApp onDatabase(
      String name, String url, String user, String password, Map<String, String> settings) {
    Map<String, String> env = new java.util.HashMap<>(settings);
    env.putAll(Map.of("DB_URL", url, "DB_USER", user, "DB_PASSWORD", password));
    return new RunningApp(name, Map.copyOf(env), List.of());
  }

  /** A quickstart instance on an embedded H2 database kept in {@code dataDir}; caller closes. */
  public static RunningApp quickstart(Path dataDir) {
    return new RunningApp(
        "quickstart", Map.of(), List.of("-Dclinbridge.data.dir=" + dataDir.toAbsolutePath()));
  }

  /**
   * A quickstart instance that plays the demo district at its first start ({@code -Ddemo=true}, as
   * the README's run command takes it), on H2 in {@code dataDir}; caller closes.
   */
  public static RunningApp demo(Path dataDir) {
    return new RunningApp(
        "demo",
        Map.of(),
        List.of("-Dclinbridge.data.dir=" + dataDir.toAbsolutePath(), "-Ddemo=true"));
  }

  /** The password of {@code admin}, as given to every instance this JVM starts. */
  public static synchronized String adminPassword() {
    String p = System.getProperty(ADMIN_PASSWORD_PROPERTY);
    if (p == null) {
      p = "Test-" + java.util.UUID.randomUUID();
      System.setProperty(ADMIN_PASSWORD_PROPERTY, p);
    }
    return p;
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public Path log() {
    return log;
  }

  public String logText() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  public synchronized RunningApp start() {
    if (process != null && process.isAlive()) {
      return this;
    }
    try {
      port = freePort();
      Path config = Path.of(System.getProperty("clinbridge.config", "config"));
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-Xmx512m");
      cmd.add("-Dfile.encoding=UTF-8");
      cmd.add("-Duser.timezone=UTC");
      cmd.addAll(systemProperties);
      // The run command passes its port the same way; the demo district calls the API there.
      cmd.add("-Dclinbridge.http.port=" + port);
      cmd.addAll(
          List.of(
              "-jar",
              System.getProperty("payara.micro.jar"),
              "--deploy",
              System.getProperty("clinbridge.war"),
              "--contextroot",
              "/",
              "--port",
              Integer.toString(port),
              "--nohazelcast",
              "--logproperties",
              config.resolve("logging.properties").toString(),
              "--postbootcommandfile",
              config.resolve("post-boot-commands.asadmin").toString()));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      var env = pb.environment();
      for (String k : List.of("DB_URL", "DB_USER", "DB_PASSWORD", "DB_CLASS")) {
        env.remove(k);
      }
      env.keySet().removeIf(k -> k.startsWith("CLINBRIDGE_"));
      env.put("CLINBRIDGE_ADMIN_PASSWORD", adminPassword());
      env.putAll(environment);
      process = pb.start();
      // Generous: a quiet 2-core machine boots in ~20 s, but one shared with other builds can take
      // minutes, and a timeout then reads as a failure of the code under test.
      awaitReady(Duration.ofSeconds(420));
      return this;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start Payara Micro", e);
    }
  }

  private void awaitReady(Duration timeout) throws IOException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited during start:\n" + tail());
      }
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        // An empty UP would mean the application did not deploy: its database check is absent.
        if (r.statusCode() == 200 && r.body().contains("\"database\"")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    close();
    throw new IllegalStateException(name + " not ready in " + timeout + ":\n" + tail());
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }

  @Override
  public synchronized void close() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
