package org.clinbridge.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.Api.TestUser;
import org.clinbridge.testing.AuditTable;
import org.junit.jupiter.api.Test;

/**
 * Black-box: the knowledge base. A resolved answer becomes a public article that anyone finds with
 * a two-character Chinese query and that is suggested while a new question is typed; drafts and
 * internal articles stay the station's; English is found by its stems.
 */
class KnowledgeBaseIT {
  final TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
  final TestUser consultant = Api.user(OrganisationKind.CONSULTATION_STATION, Role.CONSULTANT);

  /**
   * Two Han characters no other test writes together, so what this test finds is its own: the
   * database is shared by every test of the run.
   */
  static String word() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return new String(new int[] {0x4E00 + r.nextInt(0x51A5), 0x4E00 + r.nextInt(0x51A5)}, 0, 2);
  }

  Response write(Map<String, ?> form) {
    return consultant
        .api()
        .contentType(ContentType.JSON)
        .body(form)
        .post("/api/knowledge/articles");
  }

  Response publish(String id, String etag, String status) {
    return consultant
        .api()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(Map.of("status", status))
        .post("/api/knowledge/articles/" + id + "/status");
  }

  static List<String> found(Response r) {
    r.then().statusCode(200);
    return r.jsonPath().getList("id");
  }

  @Test
  void aResolvedAnswerBecomesAPublicArticleFoundByTwoCharactersAndSuggestedWhileTyping()
      throws Exception {
    String w = word();
    Map<String, Object> form = new HashMap<>();
    form.put("topic", "CLASS_I_FILING");
    form.put("subject", "一类" + w + "备案流程");
    form.put("question", "我们的" + w + "产品如何办理第一类医疗器械备案？");
    String id =
        founder
            .api()
            .contentType(ContentType.JSON)
            .body(form)
            .post("/api/consultations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    consultant
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "内部：申请人资料不全", "internal", true))
        .post("/api/consultations/" + id + "/messages")
        .then()
        .statusCode(200);
    // Nothing to promote before the station answered.
    Response early = consultant.api().post("/api/consultations/" + id + "/article");
    early.then().statusCode(422).contentType("application/problem+json");
    assertThat((String) early.path("type")).isEqualTo("urn:clinbridge:problem:article-no-answer");
    String etag = consultant.api().get("/api/consultations/" + id).header("ETag");
    consultant
        .api()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(Map.of("text", "向所在地设区的市级药品监督管理部门提交备案资料，当场备案。"))
        .post("/api/consultations/" + id + "/resolve")
        .then()
        .statusCode(200);

    // The asker cannot promote; the consultant can: a draft in Chinese, under the topic.
    founder.api().post("/api/consultations/" + id + "/article").then().statusCode(403);
    Response promoted = consultant.api().post("/api/consultations/" + id + "/article");
    promoted.then().statusCode(201);
    String article = promoted.path("id");
    assertThat((String) promoted.path("status")).isEqualTo("DRAFT");
    assertThat((String) promoted.path("titleZh")).isEqualTo("一类" + w + "备案流程");
    assertThat((String) promoted.path("bodyZh")).contains("当场备案").doesNotContain("内部");
    assertThat((Object) promoted.path("titleEn")).isNull();
    assertThat(promoted.jsonPath().getList("topics")).containsExactly("CLASS_I_FILING");
    assertThat((String) promoted.path("sourceConsultation")).isEqualTo(id);

    // A draft is the station's: not found, not listed, not suggested for anyone else.
    Api.anonymous().get("/api/knowledge/articles/" + article).then().statusCode(404);
    founder.api().get("/api/knowledge/articles/" + article).then().statusCode(404);
    assertThat(found(Api.anonymous().queryParam("q", w).get("/api/knowledge/search"))).isEmpty();
    assertThat(found(consultant.api().queryParam("q", w).get("/api/knowledge/search")))
        .containsExactly(article);

    // Published: anyone finds it with the two characters, and it is suggested while typing.
    Response published = publish(article, promoted.header("ETag"), "PUBLIC");
    published.then().statusCode(200);
    assertThat((String) published.path("publishedAt")).isNotNull();
    Response anonymous = Api.anonymous().get("/api/knowledge/articles/" + article);
    anonymous.then().statusCode(200);
    assertThat((Object) anonymous.path("author")).as("the station's only").isNull();
    assertThat((Object) anonymous.path("sourceConsultation")).isNull();
    assertThat(found(Api.anonymous().queryParam("q", w).get("/api/knowledge/search")))
        .containsExactly(article);
    Response suggested =
        founder
            .api()
            .header("Accept-Language", "zh-CN")
            .queryParam("text", "请问" + w + "要备案吗")
            .get("/api/knowledge/suggestions");
    assertThat(found(suggested)).contains(article);
    assertThat(suggested.jsonPath().getList("snippet", String.class).get(0)).isNotBlank();
    assertThat(
            Api.anonymous()
                .queryParam("status", "PUBLIC")
                .queryParam("topic", "CLASS_I_FILING")
                .get("/api/knowledge/articles")
                .jsonPath()
                .getList("items.id"))
        .contains(article);
    // Withdrawn to internal: gone for the public again.
    publish(article, published.header("ETag"), "INTERNAL").then().statusCode(200);
    Api.anonymous().get("/api/knowledge/articles/" + article).then().statusCode(404);
    assertThat(AuditTable.entriesOf("article", article).stream().map(AuditTable.Row::action))
        .containsExactly("promoted", "status", "status");
  }

  @Test
  void englishIsFoundByItsStemsAndTitlesRankFirst() {
    String tag = "zq" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    Response inTitle =
        write(
            Map.of(
                "titleEn",
                "Renewing a " + tag + " registration certificate",
                "bodyEn",
                "Apply six months before the certificate expires.",
                "topics",
                List.of("CHANGE_OR_RENEWAL"),
                "links",
                List.of(Map.of("title", "Order 47", "url", "https://www.nmpa.gov.cn/order47"))));
    inTitle.then().statusCode(201);
    Response inBody =
        write(
            Map.of(
                "titleEn",
                "Changes to a certificate",
                "bodyEn",
                "A " + tag + " change of registrant is registered before renewal."));
    inBody.then().statusCode(201);
    for (Response r : List.of(inTitle, inBody)) {
      publish(r.path("id"), r.header("ETag"), "PUBLIC").then().statusCode(200);
    }
    assertThat(
            found(
                Api.anonymous()
                    .queryParam("q", tag + " registrations")
                    .get("/api/knowledge/search")))
        .as("registration, registered and registrations share a stem; the title weighs more")
        .containsExactly(inTitle.path("id"), inBody.path("id"));
    assertThat(
            Api.anonymous()
                .get("/api/knowledge/articles/" + inTitle.path("id"))
                .jsonPath()
                .getString("links[0].url"))
        .isEqualTo("https://www.nmpa.gov.cn/order47");
  }

  @Test
  void anEditIsReindexedAndNeedsIfMatch() {
    String before = word();
    String after = word();
    Response r = write(Map.of("titleZh", before + "旧标题", "bodyZh", "正文"));
    r.then().statusCode(201);
    String id = r.path("id");
    Map<String, Object> form = Map.of("titleZh", after + "新标题", "bodyZh", "正文");
    consultant
        .api()
        .contentType(ContentType.JSON)
        .body(form)
        .put("/api/knowledge/articles/" + id)
        .then()
        .statusCode(428);
    consultant
        .api()
        .contentType(ContentType.JSON)
        .header("If-Match", r.header("ETag"))
        .body(form)
        .put("/api/knowledge/articles/" + id)
        .then()
        .statusCode(200);
    assertThat(found(consultant.api().queryParam("q", after).get("/api/knowledge/search")))
        .containsExactly(id);
    assertThat(found(consultant.api().queryParam("q", before).get("/api/knowledge/search")))
        .isEmpty();
  }

  @Test
  void badArticlesAreRefusedAndOnlyConsultantsWrite() {
    Response half = write(Map.of("titleZh", "只有标题"));
    half.then().statusCode(422).contentType("application/problem+json");
    assertThat((String) half.path("type")).isEqualTo("urn:clinbridge:problem:article-text-missing");
    Response link =
        write(
            Map.of(
                "titleEn", "t",
                "bodyEn", "b",
                "links", List.of(Map.of("title", "x", "url", "javascript:alert(1)"))));
    link.then().statusCode(422);
    assertThat((String) link.path("type")).isEqualTo("urn:clinbridge:problem:article-link-invalid");
    founder
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("titleEn", "t", "bodyEn", "b"))
        .post("/api/knowledge/articles")
        .then()
        .statusCode(403);
    Api.anonymous()
        .queryParam("q", "x")
        .queryParam("limit", 500)
        .get("/api/knowledge/search")
        .then()
        .statusCode(400);
  }
}
