package org.clinbridge.platform.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.clinbridge.platform.jobs.control.Job;

/**
 * Checks the whole audit chain once a day, on one instance of the cluster, so that damage to the
 * trail is found within a day even when nobody asks ({@code GET /api/audit/verify} answers the same
 * on demand). Read-only, so running it twice is harmless. A broken chain is logged at SEVERE for
 * the operators' alerting and is the run's summary on the jobs view.
 */
@ApplicationScoped
public class AuditChainJob implements Job {
  private static final Logger LOG = Logger.getLogger(AuditChainJob.class.getName());

  @Inject AuditEntries entries;

  @Override
  public String name() {
    return "audit-chain-check";
  }

  @Override
  public Duration interval() {
    return Duration.ofDays(1);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String run(OffsetDateTime now) {
    ChainCheck.Result r = entries.verify();
    if (r.valid()) {
      return "intact: " + r.checked() + " entries up to " + r.headSeq();
    }
    String summary =
        "BROKEN at "
            + r.brokenCount()
            + " places, first "
            + r.firstBroken().flaw().code()
            + " at entry "
            + r.firstBroken().seq();
    LOG.severe("Audit chain check: " + summary);
    return summary;
  }
}
