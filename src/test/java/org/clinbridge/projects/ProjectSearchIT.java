package org.clinbridge.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.projects.ProjectsFixtures.assessTrl;
import static org.clinbridge.projects.ProjectsFixtures.assign;
import static org.clinbridge.projects.ProjectsFixtures.chineseWord;
import static org.clinbridge.projects.ProjectsFixtures.createProject;
import static org.clinbridge.projects.ProjectsFixtures.evidence;
import static org.clinbridge.projects.ProjectsFixtures.founder;
import static org.clinbridge.projects.ProjectsFixtures.json;
import static org.clinbridge.projects.ProjectsFixtures.latinWord;
import static org.clinbridge.projects.ProjectsFixtures.manager;
import static org.clinbridge.projects.ProjectsFixtures.move;
import static org.clinbridge.projects.ProjectsFixtures.projectBody;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clinbridge.testing.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Black-box: finding projects by filters and free text, keyset pages, and the CSV export. */
class ProjectSearchIT {
  private static Api.TestUser founder;
  private static Api.TestUser manager;
  private static String zh;
  private static String en;
  private static final List<String> ids = new ArrayList<>();

  /** Five projects of one start-up sharing a unique Chinese word and a unique English word. */
  @BeforeAll
  static void projects() {
    founder = founder();
    manager = manager();
    zh = chineseWord();
    en = latinWord();
    for (int i = 0; i < 5; i++) {
      Map<String, Object> body = new HashMap<>(projectBody(zh + "监测贴" + i, en + " patch " + i));
      body.put("expectedClass", i < 3 ? "II" : "III");
      body.put("category", i == 4 ? "IVD" : "MEDICAL_DEVICE");
      body.put("subcatalogue", i == 4 ? "22" : "07");
      String id = createProject(founder, body).jsonPath().getString("id");
      ids.add(id);
    }
    assign(ids.get(0), manager);
    assign(ids.get(1), manager);
    assessTrl(manager, ids.get(0), 3);
    json(manager.api())
        .body(move("PROOF_OF_CONCEPT", null, List.of(evidence("CONCEPT_FORMULATED"))))
        .post("/api/projects/" + ids.get(0) + "/stage-moves")
        .then()
        .statusCode(200);
  }

  private static List<String> found(Api.TestUser who, Map<String, Object> params) {
    return found(who.api(), params);
  }

  private static List<String> found(
      io.restassured.specification.RequestSpecification who, Map<String, Object> params) {
    Response r = who.queryParams(params).queryParam("limit", 200).get("/api/projects");
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    return r.jsonPath().getList("items.id", String.class);
  }

  @Test
  void twoChineseCharactersFourCharactersAndEnglishWordsFindTheProjects() {
    assertThat(found(founder, Map.of("q", zh))).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(found(founder, Map.of("q", zh + "监测"))).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(found(founder, Map.of("q", zh + "监测贴3"))).containsExactly(ids.get(3));
    assertThat(found(founder, Map.of("q", en.toUpperCase())))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(found(founder, Map.of("q", en + " patch 4"))).containsExactly(ids.get(4));
    assertThat(found(founder, Map.of("q", zh + "不存在"))).isEmpty();
    // Another start-up's search finds none of them.
    assertThat(found(founder(), Map.of("q", zh))).isEmpty();
  }

  @Test
  void filtersNarrowTheSelection() {
    Map<String, Object> mine = Map.of("q", zh);
    assertThat(found(founder, with(mine, "stage", "PROOF_OF_CONCEPT"))).containsExactly(ids.get(0));
    assertThat(found(founder, with(mine, "class", "III")))
        .containsExactlyInAnyOrder(ids.get(3), ids.get(4));
    assertThat(found(founder, with(mine, "category", "IVD"))).containsExactly(ids.get(4));
    assertThat(found(founder, with(mine, "subcatalogue", "07"))).hasSize(4);
    assertThat(found(founder, with(mine, "trlMin", 3))).containsExactly(ids.get(0));
    assertThat(found(founder, with(mine, "trlMax", 2))).hasSize(4);
    assertThat(found(founder, with(mine, "status", "ACTIVE"))).hasSize(5);
    assertThat(found(founder, with(mine, "manager", manager.accountId().toString())))
        .containsExactlyInAnyOrder(ids.get(0), ids.get(1));
    assertThat(found(Api.asAdmin(), Map.of("owner", founder.organisation().id().toString())))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(found(manager, Map.of("q", zh))).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
    assertThat(found(founder, Map.of("q", zh, "stage", "LAB_RESEARCH,PROOF_OF_CONCEPT")))
        .hasSize(5);
  }

  private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> m = new HashMap<>(base);
    m.put(key, value);
    return m;
  }

  @Test
  void keysetPagesWalkTheSelectionInEveryOrderWithoutGapsOrRepeats() {
    for (String sort : List.of("code", "-code", "trl", "-updatedAt", "titleEn", "-titleZh")) {
      List<String> walked = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        var req = founder.api().queryParam("q", zh).queryParam("sort", sort).queryParam("limit", 2);
        if (cursor != null) {
          req.queryParam("cursor", cursor);
        }
        Response r = req.get("/api/projects");
        assertThat(r.statusCode()).as(sort + " " + r.asString()).isEqualTo(200);
        walked.addAll(r.jsonPath().getList("items.id", String.class));
        cursor = r.jsonPath().getString("next");
        pages++;
      } while (cursor != null && pages < 10);
      assertThat(walked)
          .as(sort)
          .hasSize(5)
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(ids);
      assertThat(pages).as(sort).isEqualTo(3);
    }
    List<String> byTitle =
        founder
            .api()
            .queryParam("q", zh)
            .queryParam("sort", "titleEn")
            .get("/api/projects")
            .jsonPath()
            .getList("items.title.en");
    assertThat(byTitle).isSorted();
  }

  @Test
  void badFiltersAre400sNamingTheParameter() {
    List<Map.Entry<String, Map<String, Object>>> cases =
        List.of(
            Map.entry("stage", Map.of("stage", "NOWHERE")),
            Map.entry("trlMin", Map.of("trlMin", 0)),
            Map.entry("trlMin", Map.of("trlMin", 7, "trlMax", 3)),
            Map.entry("sort", Map.of("sort", "color")),
            Map.entry("manager", Map.of("manager", "not-a-uuid")),
            Map.entry("class", Map.of("class", "IV")),
            Map.entry("q", Map.of("q", "x".repeat(101))),
            Map.entry("cursor", Map.of("cursor", "garbage")));
    for (var bad : cases) {
      founder
          .api()
          .queryParams(bad.getValue())
          .get("/api/projects")
          .then()
          .statusCode(400)
          .body("type", org.hamcrest.Matchers.equalTo("urn:clinbridge:problem:validation"))
          .body("violations.field", hasItem(bad.getKey()));
    }
  }

  @Test
  void theCsvExportHasTheSameSelectionWithABomAndReadableChinese() throws Exception {
    Response r =
        founder
            .api()
            .accept("text/csv")
            .header("Accept-Language", "zh-CN")
            .queryParam("q", zh)
            .queryParam("sort", "code")
            .get("/api/projects/export");
    r.then().statusCode(200);
    assertThat(r.contentType()).startsWith("text/csv");
    assertThat(r.header("Content-Disposition")).contains("projects.csv");
    byte[] bytes = r.asByteArray();
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    assertThat(bytes[1]).isEqualTo((byte) 0xBB);
    assertThat(bytes[2]).isEqualTo((byte) 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))
            .getRecords();
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0).isMapped("项目编号")).isTrue();
    assertThat(rows).extracting(row -> row.get("项目名称（中文）")).allMatch(t -> t.startsWith(zh + "监测贴"));
    assertThat(rows).extracting(row -> row.get("所属机构（中文）")).allMatch(t -> t.startsWith("测试机构"));
    List<String> codes = rows.stream().map(row -> row.get("项目编号")).toList();
    assertThat(codes).isSorted();
    // The two assigned projects name their manager (the organisations area names the account).
    assertThat(rows)
        .extracting(row -> row.get("技术经理人"))
        .filteredOn(name -> !name.isEmpty())
        .containsExactly("Test user " + manager.username(), "Test user " + manager.username());

    Response en =
        founder
            .api()
            .accept("text/csv")
            .queryParam("q", zh)
            .queryParam("stage", "PROOF_OF_CONCEPT")
            .get("/api/projects/export");
    String enText = new String(en.asByteArray(), StandardCharsets.UTF_8);
    assertThat(enText).startsWith("\uFEFFCode,Title (Chinese),Title (English)");
    assertThat(enText.lines().count()).isEqualTo(2);
    assertThat(enText)
        .contains("PROOF_OF_CONCEPT")
        .contains(manager.username().isEmpty() ? "" : "Test user");

    String other =
        new String(
            founder()
                .api()
                .accept("text/csv")
                .queryParam("q", zh)
                .get("/api/projects/export")
                .asByteArray(),
            StandardCharsets.UTF_8);
    assertThat(other.lines().count()).isEqualTo(1);
  }

  @Test
  void aTitleASpreadsheetWouldRunIsExportedAsText() throws Exception {
    String word = ProjectsFixtures.chineseWord();
    // A founder of its own: the class's founder owns exactly the five projects the others count.
    Api.TestUser mine = founder();
    ProjectsFixtures.createProject(
            mine,
            ProjectsFixtures.projectBody(word + "心电贴", "=HYPERLINK(\"http://example.com\",\"x\")"))
        .then()
        .statusCode(201);
    String text =
        new String(
            mine.api()
                .accept("text/csv")
                .queryParam("q", word)
                .get("/api/projects/export")
                .asByteArray(),
            StandardCharsets.UTF_8);
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("Title (English)"))
        .as("a spreadsheet shows it as text instead of running it")
        .isEqualTo("'=HYPERLINK(\"http://example.com\",\"x\")");
  }
}
