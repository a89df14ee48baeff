package org.clinbridge.scenes.control;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.Objects;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.scenes.entity.Progress;
import org.clinbridge.scenes.entity.ProgressEntry;
import org.clinbridge.scenes.entity.Scene;
import org.clinbridge.scenes.entity.SceneContact;
import org.clinbridge.scenes.entity.SceneSite;
import org.clinbridge.scenes.entity.SceneType;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactDetail;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.hl7.fhir.r4.model.ResearchStudy.ResearchStudyStatus;
import org.hl7.fhir.r4.model.StringType;

/**
 * A scene as a FHIR R4 (4.0.1) ResearchStudy. R4 has one status where ClinBridge has two axes and
 * no "recruiting" code, so progress is mapped onto the 11 R4 codes (domain brief, section 4). Texts
 * are Chinese with an English translation extension, the way FHIR carries a second language; a
 * scene whose texts are English only (imported from an English registry) is labelled {@code en}.
 */
@ApplicationScoped
public class ResearchStudies {
  public static final String MEDIA_TYPE = "application/fhir+json";
  static final String PHASES = "http://terminology.hl7.org/CodeSystem/research-study-phase";
  static final String PURPOSES =
      "http://terminology.hl7.org/CodeSystem/research-study-prim-purp-type";
  static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
  static final String SCENE_TYPES = "urn:clinbridge:scene-type";
  static final String NMPA_SUBCATALOGUES = "urn:clinbridge:nmpa-subcatalogue";
  static final String CTGOV = "https://clinicaltrials.gov";

  /** Building a FHIR context scans the whole model (seconds); one per application suffices. */
  private final FhirContext fhir = FhirContext.forR4Cached();

  /** The R4 status for a progress; the mapping is total, and never yields a non-R4 code. */
  public static ResearchStudyStatus status(Progress progress) {
    return switch (progress) {
      case IN_REVIEW -> ResearchStudyStatus.INREVIEW;
      case APPROVED, NOT_YET_RECRUITING -> ResearchStudyStatus.APPROVED;
      case RECRUITING, ENROLLING_BY_INVITATION -> ResearchStudyStatus.ACTIVE;
      case ACTIVE_NOT_RECRUITING -> ResearchStudyStatus.CLOSEDTOACCRUAL;
      case TEMPORARILY_CLOSED -> ResearchStudyStatus.TEMPORARILYCLOSEDTOACCRUAL;
      case TERMINATED -> ResearchStudyStatus.ADMINISTRATIVELYCOMPLETED;
      case COMPLETED -> ResearchStudyStatus.COMPLETED;
      case WITHDRAWN -> ResearchStudyStatus.WITHDRAWN;
    };
  }

  /**
   * The R4 primary purpose: studying the device itself is device feasibility; trying or buying a
   * device in routine care is health services research.
   */
  public static String primaryPurpose(SceneType type) {
    return switch (type) {
      case CLINICAL_TRIAL, CLINICAL_EVALUATION, USABILITY_STUDY -> "device-feasibility";
      case APPLICATION_PILOT, PROCUREMENT_PILOT -> "health-services-research";
    };
  }

  public ResearchStudy of(Scene scene) {
    ResearchStudy rs = new ResearchStudy();
    rs.setId(scene.publicId().toString());
    // An English-only scene (an import from an English registry keeps its words in both fields)
    // is labelled English, not as Chinese it does not contain.
    rs.setLanguage(englishOnly(scene.title()) && englishOnly(scene.description()) ? "en" : "zh-CN");
    rs.addIdentifier(
        new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + scene.publicId()));
    if (scene.sourceId() != null && "ClinicalTrials.gov".equals(scene.sourceRegistry())) {
      rs.addIdentifier(new Identifier().setSystem(CTGOV).setValue(scene.sourceId()));
    } else if (scene.sourceId() != null) {
      rs.addIdentifier(
          new Identifier().setValue(scene.sourceId()).setAssigner(display(scene.sourceRegistry())));
    }
    bilingual(rs.getTitleElement(), scene.title());
    bilingual(rs.getDescriptionElement(), scene.description());
    rs.setStatus(status(scene.progress()));
    rs.setPrimaryPurposeType(
        new CodeableConcept(new Coding(PURPOSES, primaryPurpose(scene.type()), null)));
    // Device studies have no drug-trial phase.
    rs.setPhase(new CodeableConcept(new Coding(PHASES, "n-a", "N/A")));
    rs.addCategory(
        new CodeableConcept(new Coding(SCENE_TYPES, scene.type().name(), null))
            .setText(scene.type().name()));
    for (String code : scene.subcatalogues()) {
      rs.addKeyword(new CodeableConcept(new Coding(NMPA_SUBCATALOGUES, code, null)));
    }
    rs.setSponsor(display(scene.hospital().name().zh()));
    for (SceneSite site : scene.sites()) {
      rs.addSite(display(site.name().zh()));
    }
    for (SceneContact c : scene.contacts()) {
      ContactDetail cd = rs.addContact().setName(c.name());
      if (c.email() != null) {
        cd.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(c.email());
      }
      if (c.phone() != null) {
        cd.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(c.phone());
      }
    }
    period(scene).ifPresent(rs::setPeriod);
    if (scene.progress().isStop()) {
      stopReason(scene).ifPresent(r -> rs.setReasonStopped(new CodeableConcept().setText(r)));
    }
    note(rs, scene.ethics());
    note(rs, scene.inclusion());
    note(rs, scene.exclusion());
    return rs;
  }

  public String json(Scene scene) {
    return fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(of(scene));
  }

  public FhirContext context() {
    return fhir;
  }

  /** From the first actual date in the history to the day the scene finished, if it has. */
  private static java.util.Optional<Period> period(Scene scene) {
    var actual =
        scene.history().stream().filter(e -> !e.pending()).map(ProgressEntry::actualDate).toList();
    if (actual.isEmpty()) {
      return java.util.Optional.empty();
    }
    Period p = new Period().setStart(date(actual.stream().min(Comparator.naturalOrder()).get()));
    if (scene.progress().isFinal()) {
      p.setEnd(date(actual.stream().max(Comparator.naturalOrder()).get()));
    }
    return java.util.Optional.of(p);
  }

  private static java.util.Optional<String> stopReason(Scene scene) {
    return scene.history().stream()
        .filter(e -> !e.pending() && e.status() == scene.progress() && e.reason() != null)
        .reduce((a, b) -> b)
        .map(ProgressEntry::reason);
  }

  private static Date date(LocalDate d) {
    return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The same words in both languages, and no Chinese (CJK) character among them. */
  static boolean englishOnly(BilingualText text) {
    return Objects.equals(text.zh(), text.en())
        && text.en()
            .codePoints()
            .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static Reference display(String text) {
    return new Reference().setDisplay(text);
  }

  private static void note(ResearchStudy rs, BilingualText text) {
    if (text != null) {
      Annotation a = rs.addNote();
      a.setText(text.zh());
      a.getTextElement().addExtension(translation(text.en()));
    }
  }

  private static void bilingual(PrimitiveType<String> element, BilingualText text) {
    element.setValue(text.zh());
    if (!Objects.equals(text.zh(), text.en())) {
      element.addExtension(translation(text.en()));
    }
  }

  private static Extension translation(String english) {
    Extension t = new Extension(TRANSLATION);
    t.addExtension(new Extension("lang", new CodeType("en")));
    t.addExtension(new Extension("content", new StringType(english)));
    return t;
  }
}
