package org.clinbridge.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clinbridge.projects.entity.ProjectStatus;
import org.clinbridge.scenes.entity.Progress;
import org.clinbridge.testing.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document a client is generated from: every operation says what it answers on success, ids and
 * times have their types, enums hold their values only, and docs/openapi.json (what the build
 * generates GeneratedClientIT's client from) is what the application serves.
 */
class OpenApiDocumentIT {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch");
  private static JsonNode document;

  @BeforeAll
  static void fetch() throws Exception {
    String body =
        given()
            .baseUri(RunningApp.postgres().baseUrl())
            .accept("application/json")
            .get("/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    document = JSON.readTree(body);
    // Where this instance listens, not what the API is: left out of the published document.
    ((ObjectNode) document).remove("servers");
    ((ObjectNode) document).remove("endpoints");
  }

  @Test
  void docsOpenapiJsonIsTheDocumentTheApplicationServes() throws Exception {
    Path committed = Path.of("docs", "openapi.json");
    Path live = Path.of(System.getProperty("build.directory", "target"), "openapi.json");
    Files.writeString(live, JSON.writeValueAsString(document) + "\n");
    JsonNode published = JSON.readTree(committed.toFile());
    assertThat(published)
        .as(
            "docs/openapi.json differs from the served document; if the API change is meant,"
                + " copy %s over it",
            live)
        .isEqualTo(document);
  }

  @Test
  void everyOperationHasAUniqueIdAndDocumentsItsSuccess() {
    Set<String> ids = new HashSet<>();
    List<String> faults = new ArrayList<>();
    operations()
        .forEach(
            (where, op) -> {
              String id = op.path("operationId").asText("");
              if (id.isEmpty() || !ids.add(id)) {
                faults.add(where + ": operationId '" + id + "' missing or repeated");
              }
              List<String> codes = new ArrayList<>();
              op.path("responses").fieldNames().forEachRemaining(codes::add);
              if (codes.contains("default")) {
                faults.add(where + ": a default response");
              }
              List<String> success = codes.stream().filter(c -> c.matches("[23]\\d\\d")).toList();
              if (success.isEmpty()) {
                faults.add(where + ": no success response");
              }
              for (String code : success) {
                JsonNode content = op.path("responses").path(code).path("content");
                boolean empty = code.equals("204") || code.startsWith("3");
                if (empty != content.isMissingNode()) {
                  faults.add(where + " " + code + ": content " + (empty ? "present" : "missing"));
                }
                content.forEach(
                    media -> {
                      if (media.path("schema").isMissingNode()) {
                        faults.add(where + " " + code + ": a body without schema");
                      }
                    });
              }
            });
    assertThat(faults).isEmpty();
  }

  @Test
  void parametersAndPropertiesCarryTheirTypes() {
    List<String> faults = new ArrayList<>();
    operations()
        .forEach(
            (where, op) ->
                op.path("parameters")
                    .forEach(
                        p -> {
                          String type = p.path("schema").path("type").asText("");
                          if (type.isEmpty() || type.equals("object")) {
                            faults.add(where + " parameter " + p.path("name").asText());
                          }
                          if (p.path("name").asText().matches("(id|.*Id)")
                              && !type.equals("string")) {
                            faults.add(where + " id parameter not a string: " + p.path("name"));
                          }
                        }));
    JsonNode schemas = document.path("components").path("schemas");
    schemas
        .fields()
        .forEachRemaining(
            s ->
                s.getValue()
                    .path("properties")
                    .fields()
                    .forEachRemaining(
                        prop -> {
                          JsonNode p = prop.getValue();
                          if (p.path("type").asText().equals("object")
                              && p.path("properties").isMissingNode()
                              && p.path("additionalProperties").isMissingNode()) {
                            faults.add(s.getKey() + "." + prop.getKey() + " is a bare object");
                          }
                          if (p.path("maxProperties").asInt(-1) == 0) {
                            faults.add(s.getKey() + "." + prop.getKey() + " allows no property");
                          }
                        }));
    assertThat(faults).isEmpty();
    JsonNode project = schemas.path("Project").path("properties");
    assertThat(project.path("id").path("format").asText()).isEqualTo("uuid");
    assertThat(project.path("createdAt").path("format").asText()).isEqualTo("date-time");
    assertThat(project.path("version").path("type").asText()).isEqualTo("integer");
  }

  @Test
  void everyReferenceResolves() {
    Set<String> missing = new TreeSet<>();
    JsonNode schemas = document.path("components").path("schemas");
    refs(document, missing, schemas);
    assertThat(missing).isEmpty();
  }

  @Test
  void enumsHoldTheirValuesOnlyAndMoneyHasTwoDecimalsAndFormsSayWhatIsRequired() {
    JsonNode schemas = document.path("components").path("schemas");
    assertThat(texts(schemas.path("ProjectStatus").path("enum")))
        .containsExactly(names(ProjectStatus.values()));
    assertThat(texts(schemas.path("Progress").path("enum")))
        .containsExactly(names(Progress.values()));
    JsonNode statement = schemas.path("PoolStatement").path("properties");
    assertThat(statement.path("total").path("multipleOf").decimalValue())
        .isEqualByComparingTo("0.01");
    assertThat(texts(schemas.path("NewProject").path("required")))
        .contains("title", "category", "trl");
    JsonNode create = document.path("paths").path("/api/projects").path("post");
    assertThat(create.path("requestBody").path("required").asBoolean()).isTrue();
  }

  private static Map<String, JsonNode> operations() {
    Map<String, JsonNode> ops = new HashMap<>();
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          if (VERBS.contains(op.getKey())) {
                            ops.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
                          }
                        }));
    return ops;
  }

  private static void refs(JsonNode node, Set<String> missing, JsonNode schemas) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null) {
        String name = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
        if (!ref.asText().startsWith("#/components/schemas/") || !schemas.has(name)) {
          missing.add(ref.asText());
        }
      }
      node.forEach(child -> refs(child, missing, schemas));
    } else if (node.isArray()) {
      node.forEach(child -> refs(child, missing, schemas));
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static String[] names(Enum<?>[] values) {
    String[] names = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      names[i] = values[i].name();
    }
    return names;
  }
}
