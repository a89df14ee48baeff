package org.clinbridge.scenes.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.clinbridge.scenes.control.RegistryStudy.Contact;
import org.clinbridge.scenes.control.RegistryStudy.Parsed;
import org.clinbridge.scenes.control.RegistryStudy.Rejection;
import org.clinbridge.scenes.control.RegistryStudy.Site;
import org.clinbridge.scenes.entity.Progress;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The older ClinicalTrials.gov XML ({@code <clinical_study>}), as hospitals still keep it from
 * downloads made before API v2. Statuses are words ({@code Recruiting}, {@code Active, not
 * recruiting}); dates are {@code August 2007} or {@code June 15, 2017}; a date with {@code
 * type="Anticipated"} is a plan.
 */
public final class CtGovLegacyXml {
  private CtGovLegacyXml() {}

  public static Parsed read(InputStream in) {
    Document doc;
    try {
      doc = secureBuilder().parse(in);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      return Parsed.rejected(Rejection.of("file", "unreadable", "XML"));
    }
    Element root = doc.getDocumentElement();
    if (!"clinical_study".equals(root.getTagName())) {
      return Parsed.rejected(Rejection.of("record 1", "not-a-study", CtGovJson.REGISTRY));
    }
    return Parsed.of(List.of(study(root)));
  }

  /** No DTDs and no external entities: an uploaded file must not read ours (XXE). */
  private static DocumentBuilder secureBuilder() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder();
  }

  private static RegistryRecord study(Element s) {
    String id = text(s, "id_info", "nct_id");
    if (id == null) {
      return Rejection.of("record 1", "missing-id");
    }
    String title = Optional.ofNullable(text(s, "brief_title")).orElse(text(s, "official_title"));
    if (title == null) {
      return Rejection.of(id, "missing-title");
    }
    String overall = text(s, "overall_status");
    List<String> facts = new ArrayList<>();
    if ("UNKNOWN_STATUS".equals(RegistryStatuses.key(overall))
        || "UNKNOWN".equals(RegistryStatuses.key(overall))) {
      String last = text(s, "last_known_status");
      if (last == null) {
        return Rejection.of(id, "status-unknown");
      }
      facts.add("Status: unknown on ClinicalTrials.gov; last known " + last);
      overall = last;
    }
    if (overall == null) {
      return Rejection.of(id, "status-missing");
    }
    Optional<Progress> progress = RegistryStatuses.progress(overall);
    if (progress.isEmpty()) {
      return Rejection.of(id, "status-unmapped", overall);
    }
    String official = text(s, "official_title");
    if (official != null && !official.equals(title)) {
      facts.add("Official title: " + official);
    }
    String summary =
        Optional.ofNullable(RegistryText.plain(text(s, "brief_summary", "textblock")))
            .orElse(title);
    addFact(facts, "Phase", text(s, "phase"));
    addFact(facts, "Study type", text(s, "study_type"));
    Element enrollment = child(s, "enrollment");
    if (enrollment != null) {
      String type = enrollment.getAttribute("type");
      addFact(
          facts,
          "Enrollment",
          enrollment.getTextContent().strip() + (type.isEmpty() ? "" : " (" + type + ")"));
    }
    addFact(facts, "Sponsor", text(s, "sponsors", "lead_sponsor", "agency"));
    addFact(facts, "Conditions", String.join(", ", texts(s, "condition")));
    facts.add("Source: https://clinicaltrials.gov/study/" + id);

    String[] criteria = RegistryText.splitCriteria(text(s, "eligibility", "criteria", "textblock"));
    List<Site> sites = new ArrayList<>();
    for (Element loc : children(s, "location")) {
      String name = text(loc, "facility", "name");
      if (name != null) {
        String where =
            String.join(
                ", ",
                java.util.stream.Stream.of(
                        text(loc, "facility", "address", "city"),
                        text(loc, "facility", "address", "country"))
                    .filter(v -> v != null)
                    .toList());
        sites.add(
            new Site(
                name,
                where.isEmpty() ? null : where,
                RegistryStatuses.progress(text(loc, "status")).orElse(null)));
      }
    }
    List<Contact> contacts = new ArrayList<>();
    for (String tag : List.of("overall_contact", "overall_contact_backup")) {
      Element c = child(s, tag);
      if (c != null && text(c, "last_name") != null) {
        contacts.add(new Contact(text(c, "last_name"), text(c, "email"), text(c, "phone")));
      }
    }
    return new RegistryStudy(
        CtGovJson.REGISTRY,
        id,
        title,
        summary,
        "INTERVENTIONAL".equals(RegistryStatuses.key(text(s, "study_type"))),
        progress.get(),
        LenientDates.parse(text(s, "verification_date"))
            .or(() -> LenientDates.parse(text(s, "last_update_posted")))
            .orElse(null),
        RegistryText.line(text(s, "why_stopped")),
        anticipated(child(s, "start_date")),
        anticipated(child(s, "completion_date")),
        criteria[0],
        criteria[1],
        sites,
        contacts,
        facts);
  }

  private static java.time.LocalDate anticipated(Element date) {
    if (date == null) {
      return null;
    }
    String type = date.getAttribute("type");
    return type.equalsIgnoreCase("Anticipated") || type.equalsIgnoreCase("Estimated")
        ? LenientDates.parse(date.getTextContent()).orElse(null)
        : null;
  }

  private static void addFact(List<String> facts, String label, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(label + ": " + value.strip());
    }
  }

  private static Element child(Element e, String tag) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(tag)) {
        return c;
      }
    }
    return null;
  }

  private static List<Element> children(Element e, String tag) {
    List<Element> found = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(tag)) {
        found.add(c);
      }
    }
    return found;
  }

  private static List<String> texts(Element e, String tag) {
    return children(e, tag).stream().map(c -> c.getTextContent().strip()).toList();
  }

  /** The trimmed text at a path of child elements, or null when absent or blank. */
  private static String text(Element e, String... path) {
    Element cur = e;
    for (String tag : path) {
      cur = child(cur, tag);
      if (cur == null) {
        return null;
      }
    }
    String t = cur.getTextContent().strip();
    return t.isEmpty() ? null : t;
  }
}
