package org.clinbridge.platform.openapi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * What the Java classes say that Payara's OpenAPI scanner leaves out or gets wrong: a {@code UUID},
 * an {@code Instant} or a {@code LocalDate} becomes {@code type: object}, a {@code long} a {@code
 * number}, every static field of an enum one of its values, and no property is required. Built once
 * per document from the application's own classes (the document is built once, at deployment), so
 * the resources and records stay the single source of truth.
 */
final class JavaModel {
  private static final System.Logger LOG = System.getLogger(JavaModel.class.getName());
  private static final String ROOT = "org/clinbridge";
  private static final BigDecimal CENT = new BigDecimal("0.01");

  /** Component name -> the class it was generated from. */
  private final Map<String, Class<?>> components = new HashMap<>();

  /** A class -> the component name it was generated under. */
  private final Map<Class<?>, String> names = new HashMap<>();

  /** "GET /api/projects/{id}" -> the resource method. */
  private final Map<String, Method> operations = new HashMap<>();

  private JavaModel() {}

  /** The model of the application's classes, or an empty one if they cannot be listed. */
  static JavaModel of(ClassLoader loader) {
    JavaModel model = new JavaModel();
    try {
      List<Class<?>> classes = classes(loader);
      String api =
          classes.stream()
              .map(c -> c.getAnnotation(ApplicationPath.class))
              .filter(a -> a != null)
              .map(ApplicationPath::value)
              .findFirst()
              .orElse("");
      for (Class<?> c : classes) {
        model.index(c, api);
      }
    } catch (IOException | URISyntaxException | RuntimeException | LinkageError e) {
      LOG.log(System.Logger.Level.WARNING, "OpenAPI types left as scanned: " + e, e);
    }
    return model;
  }

  Optional<Class<?>> component(String name) {
    return Optional.ofNullable(components.get(name));
  }

  Optional<Method> operation(PathItem.HttpMethod verb, String path) {
    return Optional.ofNullable(operations.get(verb + " " + path));
  }

  private void index(Class<?> c, String api) {
    var named = c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    String name = named != null && !named.name().isEmpty() ? named.name() : c.getSimpleName();
    // A named schema wins over a class that merely shares its simple name.
    if (named != null || !components.containsKey(name)) {
      components.put(name, c);
      names.put(c, name);
    }
    Path base = c.getAnnotation(Path.class);
    if (base == null) {
      return;
    }
    for (Method m : c.getMethods()) {
      String verb = verb(m);
      if (verb != null) {
        Path sub = m.getAnnotation(Path.class);
        String path = join(api, base.value(), sub == null ? "" : sub.value());
        operations.put(verb + " " + path, m);
      }
    }
  }

  private static String verb(Method m) {
    if (m.isAnnotationPresent(GET.class)) {
      return "GET";
    }
    if (m.isAnnotationPresent(POST.class)) {
      return "POST";
    }
    if (m.isAnnotationPresent(PUT.class)) {
      return "PUT";
    }
    return m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
  }

  /** JAX-RS paths as the document writes them: one slash between parts, no template regexes. */
  static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      for (String s : p.split("/")) {
        if (!s.isEmpty()) {
          b.append('/').append(s.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}"));
        }
      }
    }
    return b.toString();
  }

  /**
   * The schema of a list of records: Payara writes {@code items: {type: array}} for a list whose
   * component carries its own {@code @Schema}; the items are a reference to the record's schema.
   */
  Schema listOfComponents(Type type) {
    if (type instanceof ParameterizedType p
        && p.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)
        && p.getActualTypeArguments()[0] instanceof Class<?> item
        && names.containsKey(item)) {
      return OASFactory.createSchema()
          .type(SchemaType.ARRAY)
          .items(OASFactory.createSchema().ref(names.get(item)));
    }
    return null;
  }

  /** The document's schema of a parameter of Java type {@code type}, or null to keep Payara's. */
  static Schema scalar(Type type) {
    if (!(type instanceof Class<?> c)) {
      return null;
    }
    var s = OASFactory.createSchema();
    if (c == UUID.class) {
      return s.type(SchemaType.STRING).format("uuid");
    }
    if (c == Instant.class || c == OffsetDateTime.class) {
      return s.type(SchemaType.STRING).format("date-time");
    }
    if (c == LocalDate.class) {
      return s.type(SchemaType.STRING).format("date");
    }
    if (c == LocalDateTime.class) {
      return s.type(SchemaType.STRING).format("date-time");
    }
    if (c == Duration.class) {
      // JSON-B writes java.time.Duration as ISO-8601, e.g. PT8H30M.
      return s.type(SchemaType.STRING).format("duration").example("PT8H");
    }
    if (c == LocalTime.class) {
      return s.type(SchemaType.STRING).pattern("^\\d{2}:\\d{2}(:\\d{2})?$");
    }
    if (c == long.class || c == Long.class) {
      return s.type(SchemaType.INTEGER).format("int64");
    }
    if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      return s.type(SchemaType.INTEGER).format("int32");
    }
    if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
      return s.type(SchemaType.NUMBER);
    }
    if (c == BigDecimal.class) {
      // Every BigDecimal on the wire is money: numeric(18,2) yuan, two decimals.
      return s.type(SchemaType.NUMBER).multipleOf(CENT);
    }
    if (c == boolean.class || c == Boolean.class) {
      return s.type(SchemaType.BOOLEAN);
    }
    if (c == String.class) {
      return s.type(SchemaType.STRING);
    }
    if (c.isEnum()) {
      return s.type(SchemaType.STRING).enumeration(values(c));
    }
    if (Map.class.isAssignableFrom(c) || jakarta.json.JsonValue.class.isAssignableFrom(c)) {
      // Free-form JSON (an audit entry's field values): any properties.
      return s.type(SchemaType.OBJECT).additionalPropertiesBoolean(Boolean.TRUE);
    }
    return null;
  }

  /** The schema of a property whose Java type may be a collection of scalars. */
  static Schema property(Type type) {
    if (type instanceof ParameterizedType p
        && p.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)) {
      var item = scalar(p.getActualTypeArguments()[0]);
      return item == null ? null : OASFactory.createSchema().type(SchemaType.ARRAY).items(item);
    }
    return scalar(type);
  }

  static List<Object> values(Class<?> enumClass) {
    return Arrays.stream(enumClass.getEnumConstants())
        .map(e -> (Object) ((Enum<?>) e).name())
        .toList();
  }

  /** The JSON names of a record's components that a valid form or view always carries. */
  static List<String> required(Class<?> record) {
    List<String> names = new ArrayList<>();
    for (RecordComponent rc : record.getRecordComponents()) {
      // Bean Validation's annotations do not target record components: Java puts them on the
      // accessor (and the field and the constructor's parameter) instead.
      if (rc.getType().isPrimitive() || constrained(rc.getAccessor().getAnnotations())) {
        names.add(jsonName(rc));
      }
    }
    return names;
  }

  static String jsonName(RecordComponent rc) {
    // Like Bean Validation's, JSON-B's annotation lands on the accessor, not the component.
    var p = rc.getAccessor().getAnnotation(jakarta.json.bind.annotation.JsonbProperty.class);
    return p == null || p.value().isEmpty() ? rc.getName() : p.value();
  }

  static boolean constrained(Annotation[] annotations) {
    for (Annotation a : annotations) {
      Class<?> t = a.annotationType();
      if (t == NotNull.class || t == NotBlank.class || t == NotEmpty.class) {
        return true;
      }
    }
    return false;
  }

  static boolean isParameter(Annotation[] annotations) {
    for (Annotation a : annotations) {
      Class<?> t = a.annotationType();
      if (t == PathParam.class || t == QueryParam.class || t == HeaderParam.class) {
        return true;
      }
    }
    return false;
  }

  /** A parameter that JAX-RS fills from the request body: one without any JAX-RS annotation. */
  static boolean isBody(Annotation[] annotations) {
    for (Annotation a : annotations) {
      String pkg = a.annotationType().getPackageName();
      if (pkg.startsWith("jakarta.ws.rs")) {
        return false;
      }
    }
    return true;
  }

  static String parameterName(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof PathParam p) {
        return p.value();
      }
      if (a instanceof QueryParam q) {
        return q.value();
      }
      if (a instanceof HeaderParam h) {
        return h.value();
      }
    }
    return null;
  }

  /**
   * The application's classes, read from its class directory (a deployed WAR is exploded, so its
   * {@code WEB-INF/classes} is a directory). Loaded without initialising them.
   */
  private static List<Class<?>> classes(ClassLoader loader) throws IOException, URISyntaxException {
    List<Class<?>> found = new ArrayList<>();
    for (URL url : java.util.Collections.list(loader.getResources(ROOT))) {
      if (!"file".equals(url.getProtocol())) {
        continue;
      }
      java.nio.file.Path root = Paths.get(url.toURI());
      java.nio.file.Path top = root;
      for (int i = 0; i < ROOT.split("/").length; i++) {
        top = top.getParent();
      }
      java.nio.file.Path classRoot = top;
      try (Stream<java.nio.file.Path> files = Files.walk(root)) {
        for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String name = classRoot.relativize(f).toString().replace('/', '.').replace('\\', '.');
          try {
            found.add(Class.forName(name.substring(0, name.length() - 6), false, loader));
          } catch (ClassNotFoundException | LinkageError e) {
            // A class that cannot be loaded here (a test double, an optional integration) names
            // no schema of the document.
          }
        }
      }
    }
    return found;
  }
}
