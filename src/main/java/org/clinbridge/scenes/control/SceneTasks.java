package org.clinbridge.scenes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.clinbridge.scenes.entity.ApplicationStatus;
import org.clinbridge.scenes.entity.Publication;

/** What waits for someone in the scenes area, counted for their home page. */
@ApplicationScoped
public class SceneTasks {
  @PersistenceContext EntityManager em;

  /** The hospital's draft scenes, not yet published. */
  public long draftsOf(long hospitalRef) {
    return em.createQuery(
            "select count(s) from Scene s where s.hospital.id = :h and s.publication = :draft",
            Long.class)
        .setParameter("h", hospitalRef)
        .setParameter("draft", Publication.DRAFT)
        .getSingleResult();
  }

  /** Applications to the hospital's scenes that wait for its review or decision. */
  public long toReviewAt(long hospitalRef) {
    return em.createQuery(
            "select count(a) from Application a where a.scene.hospital.id = :h"
                + " and a.status in :waiting",
            Long.class)
        .setParameter("h", hospitalRef)
        .setParameter(
            "waiting", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW))
        .getSingleResult();
  }

  /** The start-up's applications whose hospital asked a question it has not answered yet. */
  public long questionsTo(long applicantRef) {
    return em.createQuery(
            "select count(a) from Application a where a.applicant.id = :o and a.status = :asked",
            Long.class)
        .setParameter("o", applicantRef)
        .setParameter("asked", ApplicationStatus.MORE_INFO_REQUESTED)
        .getSingleResult();
  }

  /**
   * The start-up's applications a hospital decided (accepted, with or without conditions, or
   * rejected) since {@code since}: news to read, not work to do, so a window rather than a state.
   */
  public long decisionsFor(long applicantRef, OffsetDateTime since) {
    return em.createQuery(
            "select count(a) from Application a where a.applicant.id = :o"
                + " and a.status in :decided and a.decidedAt >= :since",
            Long.class)
        .setParameter("o", applicantRef)
        .setParameter(
            "decided",
            List.of(
                ApplicationStatus.ACCEPTED,
                ApplicationStatus.ACCEPTED_WITH_CONDITIONS,
                ApplicationStatus.REJECTED))
        .setParameter("since", since)
        .getSingleResult();
  }
}
