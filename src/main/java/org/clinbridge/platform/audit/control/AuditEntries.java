package org.clinbridge.platform.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.clinbridge.platform.audit.entity.AuditEntry;
import org.clinbridge.platform.audit.entity.ChainHead;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;

/** Reads the audit trail: one record's history in keyset pages, and the whole chain's check. */
@ApplicationScoped
public class AuditEntries {
  static final int VERIFY_BATCH = 500;

  @PersistenceContext EntityManager em;

  /** Which way a history is listed. */
  public enum Order {
    NEWEST_FIRST("audit-desc"),
    OLDEST_FIRST("audit-asc");

    private final String cursorTag;

    Order(String cursorTag) {
      this.cursorTag = cursorTag;
    }

    public String cursorTag() {
      return cursorTag;
    }
  }

  /**
   * Up to {@code limit + 1} entries of one record after the cursor. {@code ownerRef} limits them to
   * the entries owned by that organisation; {@code null} shows all (the district's view).
   */
  public List<AuditEntry> history(
      String entity, String publicId, Long ownerRef, Order order, PageRequest request) {
    boolean newest = order == Order.NEWEST_FIRST;
    StringBuilder jpql =
        new StringBuilder(
            "select e from AuditEntry e where e.entity = :entity and e.publicId = :id");
    if (ownerRef != null) {
      jpql.append(" and e.ownerOrganisationRef = :owner");
    }
    Long after = null;
    if (!request.first()) {
      after = Cursor.decode(request.cursor(), order.cursorTag(), 1).key(0, Long::valueOf);
      jpql.append(newest ? " and e.seq < :after" : " and e.seq > :after");
    }
    jpql.append(newest ? " order by e.seq desc" : " order by e.seq asc");
    TypedQuery<AuditEntry> q =
        em.createQuery(jpql.toString(), AuditEntry.class)
            .setParameter("entity", entity)
            .setParameter("id", publicId);
    if (ownerRef != null) {
      q.setParameter("owner", ownerRef);
    }
    if (after != null) {
      q.setParameter("after", after);
    }
    return q.setMaxResults(request.limit() + 1).getResultList();
  }

  /**
   * Checks the chain from entry 1 up to the head as it is now, in batches of {@value #VERIFY_BATCH}
   * with the persistence context cleared between them: memory stays bounded however long the chain.
   * Entries appended while the walk runs lie beyond the head it started from and are left for the
   * next check. Call it in a transaction that has no unwritten changes.
   */
  public ChainCheck.Result verify() {
    ChainHead head = em.find(ChainHead.class, ChainHead.ID);
    ChainCheck check = new ChainCheck(head.lastSeq(), head.lastHash());
    long after = 0;
    while (after < head.lastSeq()) {
      List<AuditEntry> batch =
          em.createQuery(
                  "select e from AuditEntry e where e.seq > :after and e.seq <= :head"
                      + " order by e.seq",
                  AuditEntry.class)
              .setParameter("after", after)
              .setParameter("head", head.lastSeq())
              .setMaxResults(VERIFY_BATCH)
              .getResultList();
      for (AuditEntry e : batch) {
        check.accept(e);
      }
      if (batch.size() < VERIFY_BATCH) {
        break;
      }
      after = batch.get(batch.size() - 1).seq();
      em.clear();
    }
    return check.finish();
  }
}
