package org.clinbridge.district.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinbridge.organisations.control.Accounts;
import org.clinbridge.platform.security.AccessTokens;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.signin.control.Bootstrap;
import org.clinbridge.signin.control.SignIn;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The opt-in demo district of the quickstart ({@code -Ddemo=true}; off unless set, never on by
 * default): on a first start, once the application answers, it plays {@code demo/district.json}
 * through the application's own HTTP API as the district administrator and the people the script
 * creates, then writes who may sign in with which password to the log, once. A district that
 * already has organisations besides its own is left alone, so a restart, or a second instance,
 * plays nothing.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class DemoDistrict {
  private static final Logger LOG = Logger.getLogger(DemoDistrict.class.getName());

  @Inject
  @ConfigProperty(name = "demo", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "clinbridge.http.port", defaultValue = "8080")
  int port;

  @Inject Accounts accounts;
  @Inject SignIn signIn;
  @Inject AccessTokens tokens;
  @Inject DistrictClock clock;
  @PersistenceContext EntityManager em;
  @Resource ManagedExecutorService executor;

  @PostConstruct
  void start() {
    if (!enabled) {
      return;
    }
    long organisations =
        em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
    if (organisations > 1) {
      LOG.info("Demo district: this database already holds a district; nothing played.");
      return;
    }
    // The administrator's token is made here, in-process: the demo needs no password of theirs.
    String adminToken =
        accounts
            .byUsername(Bootstrap.ADMIN)
            .flatMap(a -> signIn.ofAccount(a.publicId()))
            .map(p -> tokens.issue(p).token())
            .orElseThrow(() -> new IllegalStateException("no administrator to play the demo"));
    String base = "http://localhost:" + port;
    executor.submit(() -> play(base, adminToken));
  }

  private void play(String base, String adminToken) {
    try {
      awaitReady(base);
      List<DemoScript.Person> people;
      try (InputStream in = DemoDistrict.class.getResourceAsStream("/demo/district.json")) {
        people =
            new DemoScript(base, adminToken, clock.today(), clock.now()).play(DemoScript.load(in));
      }
      StringBuilder table = new StringBuilder();
      table
          .append("Demo district ready. Its people sign in with these passwords (shown only")
          .append(" this once):");
      for (DemoScript.Person p : people) {
        table
            .append(System.lineSeparator())
            .append(
                String.format(
                    "  %-24s %-18s %-16s %s",
                    p.username(), p.password(), p.roles().get(0), p.name()));
      }
      LOG.warning(table.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "The demo district could not be played to its end", e);
    }
  }

  /** Waits until the application answers its readiness check (it is deploying while we start). */
  private static void awaitReady(String base) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"database\"")) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the application did not become ready to play the demo");
  }
}
