package org.clinbridge.consultation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clinbridge.consultation.entity.ConsultationStatus;

/** What waits for someone at the consultation station, counted for their home page. */
@ApplicationScoped
public class ConsultationTasks {
  @PersistenceContext EntityManager em;

  /** Questions the station has not taken up yet: new, or reopened by their asker. */
  public long waitingForTheStation() {
    return em.createQuery(
            "select count(c) from Consultation c where c.status in :waiting", Long.class)
        .setParameter("waiting", List.of(ConsultationStatus.NEW, ConsultationStatus.REOPENED))
        .getSingleResult();
  }

  /** The organisation's questions on which the station waits for it (documents asked for). */
  public long waitingFor(long organisationRef) {
    return em.createQuery(
            "select count(c) from Consultation c where c.askerOrganisation.id = :o"
                + " and c.status = :pending",
            Long.class)
        .setParameter("o", organisationRef)
        .setParameter("pending", ConsultationStatus.PENDING_CUSTOMER)
        .getSingleResult();
  }
}
