package org.clinbridge.platform.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.audit.entity.Actor;
import org.clinbridge.platform.audit.entity.AuditEntry;
import org.clinbridge.platform.audit.entity.ChainHead;
import org.clinbridge.platform.audit.entity.Facts;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.CallerPrincipal;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.RequestId;

/**
 * Appends an audit entry for every {@link Changed} event, synchronously and in the transaction of
 * the change: both commit or neither does. A change fired outside a transaction is refused ({@code
 * MANDATORY}), since its entry could otherwise outlive a rolled-back change or vanish behind a
 * committed one.
 *
 * <p>The append locks the chain head until commit. Use cases should therefore fire their event
 * after their writes, at the end, so the lock is held for as short a time as possible.
 */
@ApplicationScoped
public class AuditTrail {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  @Inject DistrictClock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(@Observes Changed changed) {
    Facts facts =
        new Facts(
            changed.entity(),
            changed.publicId(),
            changed.action(),
            CanonicalJson.of(changed.before()),
            CanonicalJson.of(changed.after()),
            changed.reason(),
            changed.organisationRef());
    Actor actor = actor();
    // Lock first, then take the time: times then never go backwards along the chain (on one
    // clock), and the entry's place in the chain is its place in the commit order.
    ChainHead head = em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException("The audit chain head row is missing (migration V20)");
    }
    AuditEntry entry = head.append(clock.now(), actor, facts, RequestId.current());
    em.persist(entry);
    // Written now rather than at commit, so that a second change in the same transaction locks and
    // reads a head that is already up to date in the database.
    em.flush();
  }

  private Actor actor() {
    if (RequestId.current() == null) {
      // Not serving a request: start-up work, timers, batch jobs.
      return Actor.SYSTEM;
    }
    try {
      if (!caller.signedIn()) {
        return Actor.ANONYMOUS;
      }
      CallerPrincipal p = caller.require();
      return new Actor(p.username(), p.accountId(), p.organisationId());
    } catch (ContextNotActiveException outsideAnyRequest) {
      return Actor.SYSTEM;
    }
  }
}
