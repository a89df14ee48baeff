package org.clinbridge.projects.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.projects.entity.Gate;
import org.clinbridge.projects.entity.Milestone;
import org.clinbridge.projects.entity.MilestoneReview;
import org.clinbridge.projects.entity.MilestoneStatus;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.projects.entity.ProjectEvent;
import org.clinbridge.projects.entity.StageGate;
import org.clinbridge.projects.entity.TrlAssessment;

/**
 * Queries about one project's own records (timeline, TRL history, milestones and reviews) and the
 * stage gates. Lists come as keyset pages: {@code limit + 1} rows after the cursor.
 */
@ApplicationScoped
public class Projects {
  public static final String TIMELINE = "timeline";
  public static final String MILESTONES = "milestones";
  public static final String OVERDUE = "overdue";

  @PersistenceContext EntityManager em;

  /** The project's moves in the order they happened. */
  public List<ProjectEvent> timeline(Project p, PageRequest page) {
    int after = page.first() ? 0 : key(page, TIMELINE, 1, 0, Integer::valueOf);
    return em.createQuery(
            "select e from ProjectEvent e where e.project = :p and e.seq > :after order by e.seq",
            ProjectEvent.class)
        .setParameter("p", p)
        .setParameter("after", after)
        .setMaxResults(page.limit() + 1)
        .getResultList();
  }

  /**
   * The TRL history, oldest first. A project is assessed a handful of times in its life, so the
   * history comes whole.
   */
  public List<TrlAssessment> trlHistory(Project p) {
    return em.createQuery(
            "select t from TrlAssessment t where t.project = :p order by t.recordedAt, t.id",
            TrlAssessment.class)
        .setParameter("p", p)
        .getResultList();
  }

  /** The project's milestones by due date. */
  public List<Milestone> milestones(Project p, PageRequest page) {
    if (page.first()) {
      return em.createQuery(
              "select m from Milestone m where m.project = :p order by m.dueOn, m.publicId",
              Milestone.class)
          .setParameter("p", p)
          .setMaxResults(page.limit() + 1)
          .getResultList();
    }
    LocalDate due = key(page, MILESTONES, 2, 0, LocalDate::parse);
    UUID id = key(page, MILESTONES, 2, 1, UUID::fromString);
    return em.createQuery(
            "select m from Milestone m where m.project = :p and (m.dueOn > :due"
                + " or (m.dueOn = :due and m.publicId > :id)) order by m.dueOn, m.publicId",
            Milestone.class)
        .setParameter("p", p)
        .setParameter("due", due)
        .setParameter("id", id)
        .setMaxResults(page.limit() + 1)
        .getResultList();
  }

  public Optional<Milestone> milestone(Project p, UUID milestoneId) {
    return em.createQuery(
            "select m from Milestone m where m.project = :p and m.publicId = :id", Milestone.class)
        .setParameter("p", p)
        .setParameter("id", milestoneId)
        .getResultStream()
        .findFirst();
  }

  public long overdueCount(Project p, LocalDate today) {
    return em.createQuery(
            "select count(m) from Milestone m where m.project = :p and m.status = :open"
                + " and m.dueOn < :today",
            Long.class)
        .setParameter("p", p)
        .setParameter("open", MilestoneStatus.OPEN)
        .setParameter("today", today)
        .getSingleResult();
  }

  public List<MilestoneReview> reviews(Milestone m) {
    return em.createQuery(
            "select r from MilestoneReview r where r.milestone = :m order by r.recordedAt, r.id",
            MilestoneReview.class)
        .setParameter("m", m)
        .getResultList();
  }

  /** The gates in the order a project meets them (the column holds names, which sort otherwise). */
  public List<StageGate> gates() {
    return em.createQuery("select g from StageGate g", StageGate.class).getResultList().stream()
        .sorted(java.util.Comparator.comparing(StageGate::gate))
        .toList();
  }

  public StageGate gate(Gate gate) {
    return em.find(StageGate.class, gate);
  }

  public Optional<Organisation> organisation(UUID publicId) {
    return em.createQuery("select o from Organisation o where o.publicId = :id", Organisation.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  private static <T> T key(
      PageRequest page,
      String tag,
      int arity,
      int i,
      java.util.function.Function<String, T> parse) {
    return Cursor.decode(page.cursor(), tag, arity).key(i, parse);
  }
}
