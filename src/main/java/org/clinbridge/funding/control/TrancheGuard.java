package org.clinbridge.funding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.clinbridge.funding.entity.FundPool;
import org.clinbridge.funding.entity.PoolExhausted;
import org.clinbridge.funding.entity.Tranche;
import org.clinbridge.funding.entity.TrancheStatus;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.projects.entity.Milestone;
import org.clinbridge.projects.entity.MilestoneCancelling;
import org.clinbridge.projects.entity.MilestoneRefused;
import org.clinbridge.projects.entity.MilestoneReviewed;
import org.clinbridge.projects.entity.ReviewDecision;

/**
 * Keeps money from getting stuck. A start-up member cannot cancel a milestone that a tranche not
 * yet released waits on; when the project's technology manager (or the district) cancels it, the
 * tranche is withdrawn and its money goes back to the pool. A no-go review withdraws the
 * milestone's tranches the same way; a later go plans them again, committing their money anew if
 * the pool still has it (else the review is refused: the pool is exhausted). The projects area
 * tells the fund through events, so it does not know the fund exists.
 */
@ApplicationScoped
public class TrancheGuard {
  /** The audit actions of the grant that move money back to the pool and commit it again. */
  static final String WITHDRAWN = "tranche-withdrawn";

  static final String REINSTATED = "tranche-reinstated";

  @PersistenceContext EntityManager em;
  @Inject FundLedger ledger;
  // Audited like the award and the release, so that the pool's ledger shows every movement.
  @Inject Event<Changed> changed;

  void onCancelling(@Observes MilestoneCancelling cancelling) {
    if (!cancelling.byStartUp()) {
      withdraw(cancelling.milestone());
      return;
    }
    long waiting =
        em.createQuery(
                "select count(t) from Tranche t where t.milestone = :m and t.status = :planned",
                Long.class)
            .setParameter("m", cancelling.milestone())
            .setParameter("planned", TrancheStatus.PLANNED)
            .getSingleResult();
    if (waiting > 0) {
      throw MilestoneRefused.fundsATranche();
    }
  }

  void onReviewed(@Observes MilestoneReviewed reviewed) {
    if (reviewed.decision().releasesFunds()) {
      for (Tranche t : tranches(reviewed.milestone(), TrancheStatus.WITHDRAWN)) {
        FundPool pool = t.grant().pool();
        if (!ledger.commit(pool, t.amount())) {
          throw new PoolExhausted(pool, t.amount(), ledger.statement(pool).free());
        }
        t.reinstate();
        audit(t, REINSTATED, TrancheStatus.WITHDRAWN);
      }
    } else if (reviewed.decision() == ReviewDecision.NO_GO) {
      withdraw(reviewed.milestone());
    }
  }

  /** Withdraws the milestone's planned tranches and gives their money back to their pools. */
  private void withdraw(Milestone milestone) {
    for (Tranche t : tranches(milestone, TrancheStatus.PLANNED)) {
      if (!ledger.giveBack(t.grant().pool(), t.amount())) {
        throw new IllegalStateException("pool commitments do not hold tranche " + t.publicId());
      }
      t.withdraw();
      audit(t, WITHDRAWN, TrancheStatus.PLANNED);
    }
  }

  private void audit(Tranche t, String action, TrancheStatus was) {
    changed.fire(
        new Changed(
            "grant",
            t.grant().publicId().toString(),
            action,
            Map.of("tranche", t.seq(), "status", was.name()),
            Map.of(
                "tranche",
                t.seq(),
                "status",
                t.status().name(),
                "amount",
                t.amount().toPlainString()),
            null,
            t.grant().project().owner().id()));
  }

  private List<Tranche> tranches(Milestone milestone, TrancheStatus status) {
    return em.createQuery(
            "select t from Tranche t join fetch t.grant g join fetch g.pool"
                + " where t.milestone = :m and t.status = :s",
            Tranche.class)
        .setParameter("m", milestone)
        .setParameter("s", status)
        .getResultList();
  }
}
