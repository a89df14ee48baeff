package org.clinbridge.funding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clinbridge.projects.entity.MilestoneCancelling;
import org.clinbridge.projects.entity.MilestoneRefused;

/**
 * Keeps money from getting stuck: a start-up member cannot cancel a milestone that a tranche not
 * yet released waits on, since the tranche would then never be released nor given back. The
 * project's technology manager (or the district) may, knowing what it does to the grant. The
 * projects area asks through an event, so it does not know the fund exists.
 */
@ApplicationScoped
public class TrancheGuard {
  @PersistenceContext EntityManager em;

  void onCancelling(@Observes MilestoneCancelling cancelling) {
    if (!cancelling.byStartUp()) {
      return;
    }
    long waiting =
        em.createQuery(
                "select count(t) from Tranche t where t.milestone = :m and t.releasedOn is null",
                Long.class)
            .setParameter("m", cancelling.milestone())
            .getSingleResult();
    if (waiting > 0) {
      throw MilestoneRefused.fundsATranche();
    }
  }
}
