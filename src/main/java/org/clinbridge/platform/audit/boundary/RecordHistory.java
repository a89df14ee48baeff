package org.clinbridge.platform.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.clinbridge.platform.problem.ProblemException;

/**
 * A record's history as a page shows it (the include WEB-INF/includes/history.xhtml): who, when,
 * what, each field's old and new value, and why, oldest first. Read through the audit API's use
 * case, so a caller sees exactly the entries the API would give them; a record with none they may
 * see shows an empty history.
 */
@Named("recordHistory")
@RequestScoped
public class RecordHistory {
  /** The most entries a page shows; the API pages through the rest. */
  static final int SHOWN = 200;

  @Inject AuditResource audit;

  private final Map<String, List<Change>> read = new LinkedHashMap<>();

  /** One entry: the fields it changed, each "field: old → new". */
  public record Change(
      long sequence,
      OffsetDateTime at,
      String who,
      String action,
      List<String> fields,
      String reason) {}

  public List<Change> of(String entity, String id) {
    return read.computeIfAbsent(entity + "/" + id, k -> load(entity, id));
  }

  private List<Change> load(String entity, String id) {
    if (entity == null || id == null || id.isBlank()) {
      return List.of();
    }
    try {
      return audit.history(entity, id, "oldest", SHOWN, null).items().stream()
          .map(RecordHistory::change)
          .toList();
    } catch (ProblemException noneVisible) {
      return List.of();
    }
  }

  static Change change(AuditEntryView e) {
    return new Change(
        e.sequence(),
        e.at(),
        e.actor().username() == null ? "-" : e.actor().username(),
        e.action(),
        fields(e.before(), e.after()),
        e.reason());
  }

  /** The fields whose value differs, in name order, as "field: old → new". */
  static List<String> fields(JsonValue before, JsonValue after) {
    JsonObject b = object(before);
    JsonObject a = object(after);
    TreeSet<String> names = new TreeSet<>(b.keySet());
    names.addAll(a.keySet());
    List<String> out = new ArrayList<>();
    for (String name : names) {
      String was = text(b.get(name));
      String is = text(a.get(name));
      if (!was.equals(is)) {
        out.add(name + ": " + (was.isEmpty() ? "–" : was) + " → " + (is.isEmpty() ? "–" : is));
      }
    }
    return out;
  }

  private static JsonObject object(JsonValue v) {
    return v instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
  }

  private static String text(JsonValue v) {
    if (v == null || v == JsonValue.NULL) {
      return "";
    }
    return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
  }
}
