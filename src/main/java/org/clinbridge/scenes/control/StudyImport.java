package org.clinbridge.scenes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.scenes.control.RegistryStudy.Parsed;
import org.clinbridge.scenes.control.RegistryStudy.Rejection;
import org.clinbridge.scenes.entity.Progress;
import org.clinbridge.scenes.entity.Scene;
import org.clinbridge.scenes.entity.SceneContact;
import org.clinbridge.scenes.entity.SceneContent;
import org.clinbridge.scenes.entity.SceneType;

/**
 * Turns registry studies into draft scenes of one hospital. What a registry does not say (which
 * devices, TRL range, slots, window) gets a placeholder the hospital revises before publishing;
 * docs/imports.md lists every field.
 */
@ApplicationScoped
public class StudyImport {
  static final int TITLE_MAX = 500;
  static final int TEXT_MAX = 10_000;
  static final int MAX_SITES = 50;
  static final int MAX_CONTACTS = 10;

  @PersistenceContext EntityManager em;
  @Inject DistrictClock clock;

  /** One record's fate: the draft made of it, or why none was. */
  public record Outcome(String ref, Scene draft, Rejection rejection) {}

  /**
   * Stores a draft for every study of {@code parsed} not yet imported by this hospital, and reports
   * the others, in file order (rejections of the reader first).
   */
  public List<Outcome> importAll(Organisation hospital, Parsed parsed, LocalDate today, String by) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Rejection r : parsed.rejections()) {
      outcomes.add(new Outcome(r.ref(), null, r));
    }
    Set<String> seen = new HashSet<>();
    for (RegistryStudy study : parsed.studies()) {
      String key = study.registry() + "|" + study.id();
      if (!seen.add(key) || alreadyImported(hospital, study)) {
        outcomes.add(
            new Outcome(study.id(), null, Rejection.of(study.id(), "duplicate", study.registry())));
        continue;
      }
      Scene draft = draft(hospital, study, today, by, clock.now());
      em.persist(draft);
      outcomes.add(new Outcome(study.id(), draft, null));
    }
    return outcomes;
  }

  private boolean alreadyImported(Organisation hospital, RegistryStudy study) {
    return !em.createQuery(
            "select s.id from Scene s where s.hospital = :h and s.sourceRegistry = :r"
                + " and s.sourceId = :i",
            Long.class)
        .setParameter("h", hospital)
        .setParameter("r", study.registry())
        .setParameter("i", study.id())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The draft scene for one study; pure, so that the mapping is tested without a database. */
  public static Scene draft(
      Organisation hospital, RegistryStudy study, LocalDate today, String by, OffsetDateTime now) {
    SceneType type =
        study.interventional() ? SceneType.CLINICAL_TRIAL : SceneType.CLINICAL_EVALUATION;
    String title = cut(study.title(), TITLE_MAX);
    StringBuilder description = new StringBuilder(study.summary());
    if (!study.facts().isEmpty()) {
      description.append("\n\n").append(String.join("\n", study.facts()));
    }
    String text = cut(description.toString(), TEXT_MAX);
    List<SceneContact> contacts =
        study.contacts().stream()
            .limit(MAX_CONTACTS)
            .map(
                c ->
                    new SceneContact(
                        cut(c.name(), 200), null, fits(c.email(), 254), fits(c.phone(), 40)))
            .toList();
    SceneContent content =
        new SceneContent(
            type,
            same(title),
            same(text),
            null,
            null,
            null,
            type == SceneType.CLINICAL_TRIAL ? 6 : 5,
            8,
            false,
            1,
            null,
            null,
            null,
            sameOrNull(cut(study.inclusion(), TEXT_MAX)),
            sameOrNull(cut(study.exclusion(), TEXT_MAX)),
            contacts);
    List<Scene.SiteSpec> sites =
        study.sites().stream()
            .limit(MAX_SITES)
            .map(
                s ->
                    new Scene.SiteSpec(
                        same(cut(s.name(), 300)), cut(s.location(), 300), s.status()))
            .toList();
    String reason =
        study.stopReason() != null
            ? cut(study.stopReason(), Progress.MAX_REASON_LENGTH)
            : "Stopped before the import; " + study.registry() + " gives no reason";
    Scene scene =
        Scene.imported(
            hospital,
            content,
            sites,
            study.status(),
            study.statusDate() != null ? study.statusDate() : today,
            reason,
            study.registry(),
            study.id(),
            by,
            now);
    if (study.plannedStart() != null
        && EnumSet.of(Progress.IN_REVIEW, Progress.APPROVED, Progress.NOT_YET_RECRUITING)
            .contains(study.status())) {
      scene.plan(null, Progress.RECRUITING, study.plannedStart(), by, now);
    }
    if (study.plannedCompletion() != null && canPlan(scene, Progress.COMPLETED)) {
      scene.plan(null, Progress.COMPLETED, study.plannedCompletion(), by, now);
    }
    return scene;
  }

  private static boolean canPlan(Scene scene, Progress target) {
    return scene.sites().stream().anyMatch(s -> !s.progress().isFinal() && s.progress() != target);
  }

  /** Registry text is in one language: both fields carry it until the hospital translates. */
  private static BilingualText same(String text) {
    return new BilingualText(text, text);
  }

  private static BilingualText sameOrNull(String text) {
    return text == null ? null : same(text);
  }

  private static String fits(String s, int max) {
    return s == null || s.length() > max ? null : s;
  }

  static String cut(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    return s.substring(0, max - 1) + "…";
  }
}
