package org.clinbridge.scenes.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinbridge.scenes.control.RegistryStudy.Contact;
import org.clinbridge.scenes.control.RegistryStudy.Parsed;
import org.clinbridge.scenes.control.RegistryStudy.Rejection;
import org.clinbridge.scenes.control.RegistryStudy.Site;
import org.clinbridge.scenes.entity.Progress;

/**
 * ClinicalTrials.gov API v2 study JSON: one study ({@code {"protocolSection": ...}}), a page of the
 * studies endpoint ({@code {"studies": [...]}}), or an array of studies.
 */
public final class CtGovJson {
  public static final String REGISTRY = "ClinicalTrials.gov";

  /** Expanded-access statuses: such a record offers a drug outside a study, so it is no scene. */
  private static final Set<String> EXPANDED_ACCESS =
      Set.of(
          "AVAILABLE",
          "NO_LONGER_AVAILABLE",
          "TEMPORARILY_NOT_AVAILABLE",
          "APPROVED_FOR_MARKETING",
          "WITHHELD");

  private CtGovJson() {}

  public static Parsed read(InputStream in) {
    JsonStructure root;
    try {
      root = Json.createReader(in).read();
    } catch (JsonException | IllegalStateException e) {
      return Parsed.rejected(Rejection.of("file", "unreadable", "JSON"));
    }
    List<JsonValue> records = new ArrayList<>();
    if (root instanceof JsonArray a) {
      records.addAll(a);
    } else if (root instanceof JsonObject o && o.get("studies") instanceof JsonArray a) {
      records.addAll(a);
    } else {
      records.add(root);
    }
    List<RegistryRecord> read = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      String position = "record " + (i + 1);
      if (records.get(i) instanceof JsonObject study
          && study.get("protocolSection") instanceof JsonObject protocol) {
        read.add(study(protocol, position));
      } else {
        read.add(Rejection.of(position, "not-a-study", REGISTRY));
      }
    }
    return Parsed.of(read);
  }

  private static RegistryRecord study(JsonObject p, String position) {
    JsonObject ident = obj(p, "identificationModule");
    JsonObject status = obj(p, "statusModule");
    String id = str(ident, "nctId");
    if (id == null) {
      return Rejection.of(position, "missing-id");
    }
    String title =
        Optional.ofNullable(str(ident, "briefTitle")).orElse(str(ident, "officialTitle"));
    if (title == null) {
      return Rejection.of(id, "missing-title");
    }
    String overall = str(status, "overallStatus");
    List<String> facts = new ArrayList<>();
    if ("UNKNOWN".equals(RegistryStatuses.key(overall))) {
      String last = str(status, "lastKnownStatus");
      if (last == null) {
        return Rejection.of(id, "status-unknown");
      }
      facts.add("Status: UNKNOWN on ClinicalTrials.gov; last known " + last);
      overall = last;
    }
    if (overall == null) {
      return Rejection.of(id, "status-missing");
    }
    if (EXPANDED_ACCESS.contains(RegistryStatuses.key(overall))) {
      return Rejection.of(id, "expanded-access", overall);
    }
    Optional<Progress> progress = RegistryStatuses.progress(overall);
    if (progress.isEmpty()) {
      return Rejection.of(id, "status-unmapped", overall);
    }
    JsonObject design = obj(p, "designModule");
    JsonObject description = obj(p, "descriptionModule");
    JsonObject eligibility = obj(p, "eligibilityModule");
    JsonObject contacts = obj(p, "contactsLocationsModule");
    String official = str(ident, "officialTitle");
    String summary = RegistryText.plain(str(description, "briefSummary"));
    if (summary == null) {
      summary = official != null ? official : title;
    }
    if (official != null && !official.equals(title)) {
      facts.add(0, "Official title: " + official);
    }
    String phases = strings(design, "phases");
    if (phases != null) {
      facts.add("Phase: " + phases);
    }
    String studyType = str(design, "studyType");
    if (studyType != null) {
      facts.add("Study type: " + studyType);
    }
    JsonObject enrollment = obj(design, "enrollmentInfo");
    if (enrollment.containsKey("count")) {
      facts.add(
          "Enrollment: "
              + enrollment.get("count")
              + Optional.ofNullable(str(enrollment, "type")).map(t -> " (" + t + ")").orElse(""));
    }
    String sponsor = str(obj(obj(p, "sponsorCollaboratorsModule"), "leadSponsor"), "name");
    if (sponsor != null) {
      facts.add("Sponsor: " + sponsor);
    }
    String conditions = strings(obj(p, "conditionsModule"), "conditions");
    if (conditions != null) {
      facts.add("Conditions: " + conditions);
    }
    List<String> interventions = new ArrayList<>();
    for (JsonObject iv : objects(obj(p, "armsInterventionsModule"), "interventions")) {
      interventions.add(str(iv, "type") + ": " + str(iv, "name"));
    }
    if (!interventions.isEmpty()) {
      facts.add("Interventions: " + String.join("; ", interventions));
    }
    facts.add("Source: https://clinicaltrials.gov/study/" + id);

    String[] criteria = RegistryText.splitCriteria(str(eligibility, "eligibilityCriteria"));
    List<Site> sites = new ArrayList<>();
    for (JsonObject loc : objects(contacts, "locations")) {
      String facility = str(loc, "facility");
      if (facility == null) {
        continue;
      }
      String where =
          String.join(
              ", ",
              java.util.stream.Stream.of(str(loc, "city"), str(loc, "country"))
                  .filter(s -> s != null)
                  .toList());
      sites.add(
          new Site(
              facility,
              where.isEmpty() ? null : where,
              RegistryStatuses.progress(str(loc, "status")).orElse(null)));
    }
    List<Contact> people = new ArrayList<>();
    for (JsonObject c : objects(contacts, "centralContacts")) {
      if (str(c, "name") != null) {
        people.add(new Contact(str(c, "name"), str(c, "email"), str(c, "phone")));
      }
    }
    LocalDate statusDate =
        LenientDates.parse(str(status, "statusVerifiedDate"))
            .or(() -> LenientDates.parse(str(obj(status, "lastUpdatePostDateStruct"), "date")))
            .orElse(null);
    return new RegistryStudy(
        REGISTRY,
        id,
        title,
        summary,
        "INTERVENTIONAL".equals(RegistryStatuses.key(studyType)),
        progress.get(),
        statusDate,
        RegistryText.line(str(status, "whyStopped")),
        estimated(obj(status, "startDateStruct")),
        estimated(obj(status, "completionDateStruct")),
        criteria[0],
        criteria[1],
        sites,
        people,
        facts);
  }

  private static LocalDate estimated(JsonObject dateStruct) {
    return "ESTIMATED".equals(RegistryStatuses.key(str(dateStruct, "type")))
        ? LenientDates.parse(str(dateStruct, "date")).orElse(null)
        : null;
  }

  private static JsonObject obj(JsonObject o, String key) {
    return o != null && o.get(key) instanceof JsonObject j ? j : JsonValue.EMPTY_JSON_OBJECT;
  }

  private static String str(JsonObject o, String key) {
    if (o == null || !(o.get(key) instanceof JsonString s)) {
      return null;
    }
    String v = s.getString().strip();
    return v.isEmpty() ? null : v;
  }

  private static List<JsonObject> objects(JsonObject o, String key) {
    return o.get(key) instanceof JsonArray a
        ? a.stream().filter(v -> v instanceof JsonObject).map(v -> (JsonObject) v).toList()
        : List.of();
  }

  private static String strings(JsonObject o, String key) {
    if (!(o.get(key) instanceof JsonArray a) || a.isEmpty()) {
      return null;
    }
    return String.join(
        ", ",
        a.stream()
            .filter(v -> v instanceof JsonString)
            .map(v -> ((JsonString) v).getString())
            .toList());
  }
}
