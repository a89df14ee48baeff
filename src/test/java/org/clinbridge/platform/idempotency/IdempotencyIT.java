package org.clinbridge.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.projects.ProjectsFixtures.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinbridge.projects.ProjectsFixtures;
import org.clinbridge.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * Black-box: a create retried with the same {@code Idempotency-Key} gets the first answer and makes
 * nothing twice, also when the retries race; the key is the caller's own, and reusing it for
 * another request, or sending a malformed one, is a problem that names it.
 */
class IdempotencyIT {
  private static Response create(Api.TestUser founder, String key, Map<String, Object> body) {
    return json(founder.api()).header("Idempotency-Key", key).body(body).post("/api/projects");
  }

  private static List<String> projectsOf(Api.TestUser founder) {
    return founder
        .api()
        .get("/api/projects?limit=200")
        .then()
        .statusCode(200)
        .extract()
        .path("items.id");
  }

  @Test
  void aRetryOfACommittedCreateGetsTheFirstAnswerAndNoDuplicate() {
    Api.TestUser founder = ProjectsFixtures.founder();
    String key = UUID.randomUUID().toString();
    Map<String, Object> body =
        ProjectsFixtures.projectBody("幂等 " + ProjectsFixtures.chineseWord(), "Retry " + key);

    Response first = create(founder, key, body);
    first.then().statusCode(201);
    String id = first.path("id");
    assertThat(first.header("Idempotent-Replayed")).isNull();

    // The client never saw that answer (a timeout, a 503) and sends the same request again.
    Response again = create(founder, key, body);
    again.then().statusCode(201).body("id", equalTo(id)).body("code", equalTo(first.path("code")));
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(projectsOf(founder)).containsExactly(id);

    // The same key for a different request is refused; the first project stays the only one.
    Map<String, Object> other =
        ProjectsFixtures.projectBody("另一个 " + ProjectsFixtures.chineseWord(), "Other " + key);
    create(founder, key, other)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:clinbridge:problem:idempotency-key-reused"));
    assertThat(projectsOf(founder)).containsExactly(id);

    // Keys are per caller: another start-up's identical key and body make their own project.
    Api.TestUser stranger = ProjectsFixtures.founder();
    Response theirs = create(stranger, key, body);
    theirs.then().statusCode(201);
    assertThat((String) theirs.path("id")).isNotEqualTo(id);

    // The purge keeps what is younger than a day: the retry still gets the first answer after it.
    Api.asAdmin()
        .post("/api/admin/jobs/idempotency-purge/run")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("SUCCEEDED"))
        .body("summary", org.hamcrest.Matchers.startsWith("dropped "));
    create(founder, key, body).then().statusCode(201).body("id", equalTo(id));
  }

  @Test
  void racingRetriesMakeOneProjectAndEveryAnswerIsTheFirstOrARetryLater() throws Exception {
    Api.TestUser founder = ProjectsFixtures.founder();
    String key = UUID.randomUUID().toString();
    Map<String, Object> body =
        ProjectsFixtures.projectBody("并发 " + ProjectsFixtures.chineseWord(), "Race " + key);
    int clients = 6;
    CyclicBarrier together = new CyclicBarrier(clients);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Response> answers = new ArrayList<>();
    try {
      List<Future<Response>> sent = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        sent.add(
            pool.submit(
                () -> {
                  together.await();
                  return create(founder, key, body);
                }));
      }
      for (Future<Response> f : sent) {
        answers.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> projects = projectsOf(founder);
    assertThat(projects).hasSize(1);
    for (Response r : answers) {
      if (r.statusCode() == 201) {
        assertThat((String) r.path("id")).isEqualTo(projects.get(0));
      } else {
        r.then()
            .statusCode(409)
            .contentType("application/problem+json")
            .header("Retry-After", "1")
            .body("type", equalTo("urn:clinbridge:problem:idempotency-key-in-flight"));
      }
    }
    // Whoever was told to retry now gets the first answer.
    create(founder, key, body).then().statusCode(201).body("id", equalTo(projects.get(0)));
  }

  @Test
  void aMalformedKeyIsAProblemNamingTheHeader() {
    Api.TestUser founder = ProjectsFixtures.founder();
    Map<String, Object> body =
        ProjectsFixtures.projectBody("坏键 " + ProjectsFixtures.chineseWord(), "Bad key");
    for (String bad : List.of("has space", "x".repeat(256))) {
      create(founder, bad, body)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations.field", hasItem("Idempotency-Key"));
    }
    assertThat(projectsOf(founder)).isEmpty();
  }
}
