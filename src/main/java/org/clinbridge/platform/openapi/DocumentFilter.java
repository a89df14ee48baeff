package org.clinbridge.platform.openapi;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinbridge.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Finishes the document Payara scans from the resources, so that a client can be generated from it.
 * Documents the error responses every operation can give, so that no resource has to repeat them
 * (problem+json for a bad request, a missing resource and an unexpected failure); wraps the element
 * schema of a response marked {@link Documented#PAGE} or {@link Documented#LIST}; drops the
 * scanner's empty defaults ({@code minLength: 0}, {@code maxProperties: 0}, ...); and gives
 * properties and parameters the types their Java declarations say ({@link JavaModel}). Registered
 * with {@code mp.openapi.filter}.
 */
public class DocumentFilter implements OASFilter {
  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  private static final Map<String, String[]> COMMON =
      Map.of(
          "400", new String[] {"validation", "The request has invalid fields"},
          "404", new String[] {"not-found", "Not found"},
          "500", new String[] {"internal", "Unexpected failure"});

  @Override
  public Operation filterOperation(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    for (APIResponse r : responses.getAPIResponses().values()) {
      wrap(r);
    }
    for (var e : COMMON.entrySet()) {
      if (responses.getAPIResponse(e.getKey()) == null) {
        responses.addAPIResponse(
            e.getKey(), problemResponse(Integer.parseInt(e.getKey()), e.getValue()));
      }
    }
    return operation;
  }

  /** Element names of the pages the document answers, gathered while its operations are read. */
  private final Set<String> pages = new LinkedHashSet<>();

  private void wrap(APIResponse response) {
    Map<String, Object> extensions = response.getExtensions();
    boolean page = extensions != null && extensions.containsKey(Documented.PAGE);
    boolean list = extensions != null && extensions.containsKey(Documented.LIST);
    if (!page && !list || response.getContent() == null) {
      return;
    }
    response.removeExtension(Documented.PAGE);
    response.removeExtension(Documented.LIST);
    for (MediaType media : response.getContent().getMediaTypes().values()) {
      String ref = media.getSchema() == null ? null : media.getSchema().getRef();
      if (ref == null) {
        continue;
      }
      String element = ref.substring(ref.lastIndexOf('/') + 1);
      if (page) {
        pages.add(element);
        media.setSchema(OASFactory.createSchema().ref(element + "Page"));
      } else {
        media.setSchema(
            OASFactory.createSchema()
                .type(SchemaType.ARRAY)
                .items(OASFactory.createSchema().ref(element)));
      }
    }
  }

  @Override
  public Schema filterSchema(Schema schema) {
    // The scanner writes every annotation attribute it saw, defaults included; maxProperties: 0
    // on an object would even forbid it any property.
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    // A CSV body declared as a string still gets the scanned properties of the method's return
    // type; only an object has properties.
    if (schema.getType() != null
        && schema.getType() != SchemaType.OBJECT
        && schema.getProperties() != null) {
      schema.setProperties(null);
    }
    return schema;
  }

  @Override
  public void filterOpenAPI(OpenAPI api) {
    JavaModel java = JavaModel.of(DocumentFilter.class.getClassLoader());
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      for (var e : api.getComponents().getSchemas().entrySet()) {
        java.component(e.getKey()).ifPresent(c -> repair(e.getValue(), c, java));
      }
    }
    if (api.getTags() != null) {
      // One tag per name: each resource's @Tag adds its own copy; keep the one that says most.
      Map<String, Tag> tags = new LinkedHashMap<>();
      for (Tag t : api.getTags()) {
        tags.merge(t.getName(), t, (a, b) -> a.getDescription() != null ? a : b);
      }
      api.setTags(new java.util.ArrayList<>(tags.values()));
    }
    for (String element : pages) {
      api.getComponents().addSchema(element + "Page", page(element));
    }
    if (api.getPaths() == null) {
      return;
    }
    for (var path : api.getPaths().getPathItems().entrySet()) {
      for (var op : path.getValue().getOperations().entrySet()) {
        java.operation(op.getKey(), path.getKey()).ifPresent(m -> repair(op.getValue(), m));
      }
    }
  }

  private static Schema page(String element) {
    return OASFactory.createSchema()
        .type(SchemaType.OBJECT)
        .description("One page of " + element + " and the cursor of the next")
        .addProperty(
            "items",
            OASFactory.createSchema()
                .type(SchemaType.ARRAY)
                .items(OASFactory.createSchema().ref(element)))
        .addProperty(
            "next",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .description("Opaque cursor of the next page; absent on the last page"))
        .required(List.of("items"));
  }

  /** An enum holds its constants only; a record's properties take their Java types. */
  private static void repair(Schema schema, Class<?> type, JavaModel java) {
    if (type.isEnum()) {
      schema.setType(SchemaType.STRING);
      schema.setProperties(null);
      schema.setEnumeration(JavaModel.values(type));
      return;
    }
    if (!type.isRecord() || schema.getProperties() == null) {
      return;
    }
    Map<String, Schema> properties = new LinkedHashMap<>();
    for (RecordComponent rc : type.getRecordComponents()) {
      String name = JavaModel.jsonName(rc);
      Schema scanned = schema.getProperties().get(name);
      // An enum with a schema of its own stays a reference to it.
      boolean referenced = scanned != null && scanned.getRef() != null;
      Schema typed = referenced ? null : JavaModel.property(rc.getGenericType());
      if (typed == null) {
        typed = java.listOfComponents(rc.getGenericType());
      }
      if (typed == null) {
        if (scanned != null) {
          properties.put(name, scanned);
        }
        continue;
      }
      if (scanned != null) {
        typed.description(scanned.getDescription()).example(scanned.getExample());
      }
      properties.put(name, typed);
    }
    schema.setProperties(properties);
    List<String> required = JavaModel.required(type);
    schema.setRequired(required.isEmpty() ? null : required);
  }

  /** Parameters take their Java types; a body the resource requires is marked required. */
  private static void repair(Operation operation, Method method) {
    for (Parameter p : method.getParameters()) {
      var annotations = p.getAnnotations();
      if (!JavaModel.isParameter(annotations)) {
        if (JavaModel.isBody(annotations)
            && JavaModel.constrained(annotations)
            && operation.getRequestBody() != null) {
          operation.getRequestBody().setRequired(true);
        }
        continue;
      }
      Schema typed = JavaModel.property(p.getParameterizedType());
      if (typed == null || operation.getParameters() == null) {
        continue;
      }
      String name = JavaModel.parameterName(annotations);
      for (var documented : operation.getParameters()) {
        if (name.equals(documented.getName())) {
          documented.setSchema(typed);
        }
      }
    }
  }

  private static APIResponse problemResponse(int status, String[] typeAndTitle) {
    Example example =
        OASFactory.createExample()
            .value(
                Map.of(
                    "type",
                    Problem.TYPE_PREFIX + typeAndTitle[0],
                    "title",
                    typeAndTitle[1],
                    "status",
                    status));
    MediaType media =
        OASFactory.createMediaType()
            .schema(OASFactory.createSchema().ref(PROBLEM_REF))
            .addExample(typeAndTitle[0], example);
    Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    return OASFactory.createAPIResponse().description(typeAndTitle[1]).content(content);
  }
}
