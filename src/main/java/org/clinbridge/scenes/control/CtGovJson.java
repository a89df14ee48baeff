package org.clinbridge.scenes.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
 * studies endpoint ({@code {"studies": [...]}}), or an array of studies; and the classic API's
 * full-studies JSON ({@code {"FullStudiesResponse": {"FullStudies": [{"Study": ...}]}}}), what many
 * hospitals archived before 2024, read by mapping each study onto v2's names ({@link
 * #classicToV2}).
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
    } else if (root instanceof JsonObject o
        && o.get("FullStudiesResponse") instanceof JsonObject r) {
      for (JsonObject full : objects(r, "FullStudies")) {
        JsonObject protocol = obj(obj(full, "Study"), "ProtocolSection");
        records.add(
            protocol.isEmpty()
                ? full
                : Json.createObjectBuilder().add("protocolSection", classicToV2(protocol)).build());
      }
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

  /**
   * A classic-API protocol section in v2's names: the modules and fields this reader uses, their
   * lists unwrapped ({@code ConditionList.Condition[]} to {@code conditions[]}), statuses and types
   * as written (the status mapping normalises case and spaces).
   */
  static JsonObject classicToV2(JsonObject c) {
    JsonObject ident = obj(c, "IdentificationModule");
    JsonObject status = obj(c, "StatusModule");
    JsonObject design = obj(c, "DesignModule");
    JsonObject contacts = obj(c, "ContactsLocationsModule");
    JsonArrayBuilder interventions = Json.createArrayBuilder();
    for (JsonObject iv :
        objects(list(obj(c, "ArmsInterventionsModule"), "InterventionList", "Intervention"))) {
      interventions.add(fields(iv, "InterventionType", "type", "InterventionName", "name").build());
    }
    JsonArrayBuilder locations = Json.createArrayBuilder();
    for (JsonObject loc : objects(list(contacts, "LocationList", "Location"))) {
      locations.add(
          fields(
                  loc,
                  "LocationFacility",
                  "facility",
                  "LocationCity",
                  "city",
                  "LocationCountry",
                  "country",
                  "LocationStatus",
                  "status")
              .build());
    }
    JsonArrayBuilder people = Json.createArrayBuilder();
    for (JsonObject person : objects(list(contacts, "CentralContactList", "CentralContact"))) {
      people.add(
          fields(
                  person,
                  "CentralContactName",
                  "name",
                  "CentralContactEMail",
                  "email",
                  "CentralContactPhone",
                  "phone")
              .build());
    }
    JsonObject enrollment = obj(design, "EnrollmentInfo");
    JsonObjectBuilder enrollmentInfo = fields(enrollment, "EnrollmentType", "type");
    String count = str(enrollment, "EnrollmentCount");
    if (count != null && count.matches("\\d{1,9}")) {
      enrollmentInfo.add("count", Integer.parseInt(count));
    }
    return Json.createObjectBuilder()
        .add(
            "identificationModule",
            fields(
                ident,
                "NCTId",
                "nctId",
                "BriefTitle",
                "briefTitle",
                "OfficialTitle",
                "officialTitle"))
        .add(
            "statusModule",
            fields(
                    status,
                    "OverallStatus",
                    "overallStatus",
                    "LastKnownStatus",
                    "lastKnownStatus",
                    "WhyStopped",
                    "whyStopped",
                    "StatusVerifiedDate",
                    "statusVerifiedDate")
                .add("startDateStruct", dateStruct(obj(status, "StartDateStruct"), "Start"))
                .add(
                    "completionDateStruct",
                    dateStruct(obj(status, "CompletionDateStruct"), "Completion"))
                .add(
                    "lastUpdatePostDateStruct",
                    fields(obj(status, "LastUpdatePostDateStruct"), "LastUpdatePostDate", "date")))
        .add(
            "descriptionModule",
            fields(obj(c, "DescriptionModule"), "BriefSummary", "briefSummary"))
        .add(
            "designModule",
            fields(design, "StudyType", "studyType")
                .add("phases", texts(list(design, "PhaseList", "Phase")))
                .add("enrollmentInfo", enrollmentInfo))
        .add(
            "sponsorCollaboratorsModule",
            Json.createObjectBuilder()
                .add(
                    "leadSponsor",
                    fields(
                        obj(obj(c, "SponsorCollaboratorsModule"), "LeadSponsor"),
                        "LeadSponsorName",
                        "name")))
        .add(
            "conditionsModule",
            Json.createObjectBuilder()
                .add(
                    "conditions",
                    texts(list(obj(c, "ConditionsModule"), "ConditionList", "Condition"))))
        .add(
            "armsInterventionsModule",
            Json.createObjectBuilder().add("interventions", interventions))
        .add(
            "eligibilityModule",
            fields(obj(c, "EligibilityModule"), "EligibilityCriteria", "eligibilityCriteria"))
        .add(
            "contactsLocationsModule",
            Json.createObjectBuilder().add("locations", locations).add("centralContacts", people))
        .build();
  }

  /** A classic date struct ({@code StartDate}, {@code StartDateType}) in v2's names. */
  private static JsonObjectBuilder dateStruct(JsonObject struct, String prefix) {
    return fields(struct, prefix + "Date", "date", prefix + "DateType", "type");
  }

  /** The text fields named in pairs (classic name, v2 name) that the object holds. */
  private static JsonObjectBuilder fields(JsonObject from, String... pairs) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      String v = str(from, pairs[i]);
      if (v != null) {
        b.add(pairs[i + 1], v);
      }
    }
    return b;
  }

  /** A classic list ({@code {"ConditionList": {"Condition": [...]}}}), its items. */
  private static List<JsonValue> list(JsonObject o, String list, String item) {
    return obj(o, list).get(item) instanceof JsonArray a ? a : List.of();
  }

  private static List<JsonObject> objects(List<JsonValue> values) {
    return values.stream().filter(v -> v instanceof JsonObject).map(v -> (JsonObject) v).toList();
  }

  private static JsonArrayBuilder texts(List<JsonValue> values) {
    JsonArrayBuilder b = Json.createArrayBuilder();
    values.stream().filter(v -> v instanceof JsonString).forEach(b::add);
    return b;
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
