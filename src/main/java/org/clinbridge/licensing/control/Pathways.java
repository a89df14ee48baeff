package org.clinbridge.licensing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinbridge.ip.control.Patents;
import org.clinbridge.ip.entity.InnovativePrecheck;
import org.clinbridge.licensing.entity.ApplicationType;
import org.clinbridge.licensing.entity.ClinicalEvaluationPath;
import org.clinbridge.licensing.entity.LicenceApplication;
import org.clinbridge.licensing.entity.Origin;
import org.clinbridge.licensing.entity.Pathway;
import org.clinbridge.licensing.entity.Route;
import org.clinbridge.licensing.entity.StatutoryClock;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.projects.entity.Project;

/**
 * The pathway planner: the steps a device needs, dated on the district's calendar, for a project
 * (with its own applications and the innovative channel's pre-check) or for a question asked
 * without one.
 */
@ApplicationScoped
public class Pathways {
  @PersistenceContext EntityManager em;
  @Inject StatutoryClocks clocks;
  @Inject Patents patents;
  @Inject DistrictClock clock;

  /** A plan and the question it answers, dated today. */
  public record Plan(Pathway.Question question, LocalDate asOf, List<Pathway.DatedStep> steps) {
    /** What comes next: the first step not done, if any. */
    public Optional<Pathway.DatedStep> next() {
      return steps.stream()
          .filter(
              s ->
                  s.progress() != Pathway.Progress.DONE
                      && s.progress() != Pathway.Progress.SKIPPED
                      && !s.step().optional())
          .findFirst();
    }
  }

  public Plan forQuestion(Pathway.Question q) {
    return dated(q, Map.of());
  }

  /**
   * The project's pathway on a route: its expected class and sub-catalogue, the innovative channel
   * if its pre-check passes (never for Class I), and its applications on that route (the latest of
   * each type, not voided) with their clocks.
   */
  public Plan forProject(Project p, Route route, Origin origin, ClinicalEvaluationPath evaluation) {
    LocalDate today = clock.today();
    boolean innovative =
        InnovativePrecheck.evaluate(p.category(), p.expectedClass(), patents.ofProject(p), today)
            .eligible();
    Pathway.Question q =
        new Pathway.Question(
            p.expectedClass(), p.subcatalogueCode(), route, origin, evaluation, innovative);
    List<LicenceApplication> applications =
        em.createQuery(
                "select a from LicenceApplication a where a.project = :p and a.route = :route"
                    + " and a.voiding.voided = false order by a.createdAt, a.publicId",
                LicenceApplication.class)
            .setParameter("p", p)
            .setParameter("route", route)
            .getResultList();
    Map<Long, Optional<StatutoryClock>> clockOf = clocks.of(applications);
    Map<ApplicationType, Pathway.Existing> latest = new LinkedHashMap<>();
    for (LicenceApplication a : applications) {
      // Later ones replace earlier ones: the latest application of a type is the one that counts.
      latest.put(
          a.type(),
          new Pathway.Existing(a.publicId(), a.state(), clockOf.get(a.id()).orElse(null)));
    }
    return dated(q, latest);
  }

  private Plan dated(Pathway.Question q, Map<ApplicationType, Pathway.Existing> existing) {
    LocalDate today = clock.today();
    List<Pathway.Step> steps = Pathway.plan(q, clocks.limits());
    return new Plan(q, today, Pathway.date(steps, existing, clocks.workingDays(), today));
  }
}
