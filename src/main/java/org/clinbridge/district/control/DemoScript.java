package org.clinbridge.district.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinbridge.organisations.entity.Uscc;

/**
 * Plays the demo district's script ({@code demo/district.json}) against a running ClinBridge over
 * its own HTTP API, as the district's people would: every record goes through the real use cases,
 * their validation, state machines, audit trail and notifications, so the demo can never hold a
 * state the application itself would refuse. The script is data; this class only substitutes
 * variables, sends the requests in order and remembers what they answered.
 *
 * <p>A step is one of: {@code {"account": key, "org", "username", "name", "roles"}} (an account
 * with a generated password, signed in at once); {@code {"as": key, "method", "path", "body",
 * "save", "fields", "ifMatch"}} (a request as that person; {@code save} keeps the answer's id as a
 * variable and its ETag as {@code <save>.etag}, {@code fields} keeps other fields); {@code {"as":
 * key, "ready": applicationId}} (every document of a licence application marked ready). Strings may
 * hold {@code ${variable}}, {@code ${today}}, {@code ${today-30d}}, {@code ${today+2m}}, {@code
 * ${now+5d}} (an instant), {@code ${year(today-4y)}} (a date's year) and {@code ${uscc}} (a fresh
 * valid unified social credit code).
 */
public final class DemoScript {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");
  private static final Pattern DAY = Pattern.compile("(today|now)(?:([+-]\\d+)([dmy]))?");
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  /** A person the script created, for the log: who may sign in with what. */
  public record Person(
      String username, String name, String organisation, List<String> roles, String password) {}

  private final String base;
  private final LocalDate today;
  private final OffsetDateTime now;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final SecureRandom random = new SecureRandom();
  private final Map<String, String> variables = new HashMap<>();
  private final Map<String, String> tokens = new HashMap<>();
  private final List<Person> people = new ArrayList<>();
  private int usccSerial;

  /**
   * @param base the application's address, e.g. {@code http://localhost:8080}
   * @param adminToken a bearer token of the district administrator, who creates the rest
   * @param today the district's today; dates of the script count from it
   */
  public DemoScript(String base, String adminToken, LocalDate today, OffsetDateTime now) {
    this.base = base;
    this.today = today;
    this.now = now;
    tokens.put("admin", adminToken);
  }

  public static JsonObject load(InputStream in) {
    try (var reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }

  /** Plays every step; the first refused step stops the play with what it was and the answer. */
  public List<Person> play(JsonObject script) throws IOException, InterruptedException {
    JsonArray steps = script.getJsonArray("steps");
    for (int i = 0; i < steps.size(); i++) {
      JsonObject step = steps.getJsonObject(i);
      try {
        if (step.containsKey("account")) {
          account(step);
        } else if (step.containsKey("ready")) {
          ready(step.getString("as"), text(step.getString("ready")));
        } else {
          request(step);
        }
      } catch (IllegalStateException e) {
        throw new IllegalStateException("demo step " + i + " " + step + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(people);
  }

  private void account(JsonObject step) throws IOException, InterruptedException {
    String username = step.getString("username");
    String password = password();
    JsonArrayBuilder roles = Json.createArrayBuilder();
    step.getJsonArray("roles").forEach(roles::add);
    JsonObject created =
        send(
            "admin",
            "POST",
            "/api/accounts",
            Json.createObjectBuilder()
                .add("organisationId", text(step.getString("org")))
                .add("username", username)
                .add("displayName", step.getString("name"))
                .add("roles", roles)
                .add("password", password)
                .build(),
            null);
    variables.put(step.getString("account"), created.getString("id"));
    JsonObject token =
        send(
            null,
            "POST",
            "/api/auth/token",
            Json.createObjectBuilder().add("username", username).add("password", password).build(),
            null);
    tokens.put(step.getString("account"), token.getString("access_token"));
    people.add(
        new Person(
            username,
            step.getString("name"),
            step.getString("orgName", ""),
            step.getJsonArray("roles").getValuesAs(JsonString::getString),
            password));
  }

  private void request(JsonObject step) throws IOException, InterruptedException {
    JsonValue body = step.containsKey("body") ? substitute(step.get("body")) : null;
    String ifMatch = step.containsKey("ifMatch") ? text(step.getString("ifMatch")) : null;
    JsonObject answer =
        send(
            step.getString("as"),
            step.getString("method", "POST"),
            text(step.getString("path")),
            body,
            ifMatch);
    if (step.containsKey("save")) {
      if (answer.containsKey("id")) {
        variables.put(step.getString("save"), answer.getString("id"));
      }
      variables.put(step.getString("save") + ".etag", variables.getOrDefault("etag", "*"));
    }
    if (step.containsKey("fields")) {
      JsonObject fields = step.getJsonObject("fields");
      for (String name : fields.keySet()) {
        variables.put(name, field(answer, fields.getString(name)));
      }
    }
  }

  /** Marks each document the application's checklist asks for as ready. */
  private void ready(String as, String application) throws IOException, InterruptedException {
    JsonObject list =
        send(as, "GET", "/api/licence-applications/" + application + "/documents", null, null);
    for (JsonValue d : list.getJsonArray("documents")) {
      String kind = d.asJsonObject().getString("kind");
      JsonObjectBuilder form =
          Json.createObjectBuilder().add("state", "READY").add("reference", "DOC-" + kind);
      if (kind.equals("CLINICAL_EVALUATION")) {
        form.add("evaluationPath", "EQUIVALENCE");
      }
      send(
          as,
          "PUT",
          "/api/licence-applications/" + application + "/documents/" + kind,
          form.build(),
          null);
    }
  }

  private JsonObject send(String as, String method, String path, JsonValue body, String ifMatch)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Accept-Language", "en");
    if (as != null) {
      String token = tokens.get(as);
      if (token == null) {
        throw new IllegalStateException("nobody called " + as);
      }
      request.header("Authorization", "Bearer " + token);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    JsonObject answer =
        response.body().isBlank() || !response.body().startsWith("{")
            ? JsonValue.EMPTY_JSON_OBJECT
            : Json.createReader(new StringReader(response.body())).readObject();
    response.headers().firstValue("ETag").ifPresent(etag -> variables.put("etag", etag));
    return answer;
  }

  /** A dotted path into the answer, with list indexes: {@code tranches[0].id}. */
  static String field(JsonObject answer, String path) {
    JsonValue v = answer;
    for (String part : path.split("\\.")) {
      int bracket = part.indexOf('[');
      String name = bracket < 0 ? part : part.substring(0, bracket);
      v = v.asJsonObject().get(name);
      if (bracket >= 0) {
        v = v.asJsonArray().get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
      }
    }
    return v instanceof JsonString s ? s.getString() : v.toString();
  }

  private JsonValue substitute(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> Json.createValue(text(((JsonString) value).getString()));
      case OBJECT -> {
        JsonObjectBuilder b = Json.createObjectBuilder();
        value.asJsonObject().forEach((k, v) -> b.add(k, substitute(v)));
        yield b.build();
      }
      case ARRAY -> {
        JsonArrayBuilder b = Json.createArrayBuilder();
        value.asJsonArray().forEach(v -> b.add(substitute(v)));
        yield b.build();
      }
      default -> value;
    };
  }

  String text(String s) {
    Matcher m = VARIABLE.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String value(String name) {
    if (name.equals("uscc")) {
      return uscc();
    }
    if (name.startsWith("year(") && name.endsWith(")")) {
      return Integer.toString(
          LocalDate.parse(value(name.substring(5, name.length() - 1))).getYear());
    }
    Matcher day = DAY.matcher(name);
    if (day.matches()) {
      long n = day.group(2) == null ? 0 : Long.parseLong(day.group(2));
      String unit = day.group(3) == null ? "d" : day.group(3);
      if (day.group(1).equals("today")) {
        return (switch (unit) {
              case "m" -> today.plusMonths(n);
              case "y" -> today.plusYears(n);
              default -> today.plusDays(n);
            })
            .toString();
      }
      return (switch (unit) {
            case "m" -> now.plusMonths(n);
            case "y" -> now.plusYears(n);
            default -> now.plusDays(n);
          })
          .toString();
    }
    String v = variables.get(name);
    if (v == null) {
      throw new IllegalStateException("no variable " + name);
    }
    return v;
  }

  /** A valid code of the 91 (enterprise) kind, unique to this play. */
  private String uscc() {
    String serial = String.format("%08d", ++usccSerial + random.nextInt(1_000_000) * 100);
    String first17 = "91500106" + serial.substring(serial.length() - 8) + "X";
    return first17 + Uscc.checkCharacter(first17);
  }

  private String password() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return sb.toString();
  }
}
