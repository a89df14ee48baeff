package org.clinbridge.platform.idempotency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.clinbridge.platform.jobs.control.Job;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drops stored answers older than {@code idempotency.retention-hours} (24): a client retries within
 * minutes, and a key kept for a day covers a retry after an outage without growing the table.
 */
@ApplicationScoped
public class IdempotencyPurgeJob implements Job {
  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "idempotency.retention-hours", defaultValue = "24")
  long retentionHours;

  @Override
  public String name() {
    return "idempotency-purge";
  }

  @Override
  public Duration interval() {
    return Duration.ofHours(1);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String run(OffsetDateTime now) {
    int dropped =
        em.createQuery("delete from IdempotentRequest r where r.createdAt < :before")
            .setParameter("before", now.minusHours(Math.max(1, retentionHours)))
            .executeUpdate();
    return "dropped " + dropped;
  }
}
