package org.clinbridge.funding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.funding.entity.FundPool;
import org.clinbridge.funding.entity.Grant;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.projects.entity.Project;

/** Queries over pools and grants, as keyset pages ({@code limit + 1} rows after the cursor). */
@ApplicationScoped
public class Funds {
  public static final String POOLS = "pools";
  public static final String GRANTS = "grants";

  @PersistenceContext EntityManager em;

  public Optional<FundPool> pool(UUID publicId) {
    return em.createQuery("select p from FundPool p where p.publicId = :id", FundPool.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  /** Pools, newest period first. */
  public List<FundPool> pools(PageRequest page) {
    if (page.first()) {
      return em.createQuery(
              "select p from FundPool p order by p.periodStart desc, p.publicId desc",
              FundPool.class)
          .setMaxResults(page.limit() + 1)
          .getResultList();
    }
    Cursor c = decode(page, POOLS);
    return em.createQuery(
            "select p from FundPool p where p.periodStart < :start"
                + " or (p.periodStart = :start and p.publicId < :id)"
                + " order by p.periodStart desc, p.publicId desc",
            FundPool.class)
        .setParameter("start", LocalDate.parse(c.key(0)))
        .setParameter("id", UUID.fromString(c.key(1)))
        .setMaxResults(page.limit() + 1)
        .getResultList();
  }

  public Optional<Grant> grant(UUID publicId) {
    return em.createQuery(
            "select g from Grant g join fetch g.project join fetch g.pool where g.publicId = :id",
            Grant.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  /** A pool's grants in the order they were awarded. */
  public List<Grant> grants(FundPool pool, PageRequest page) {
    return grantsWhere("g.pool = :owner", pool, null, page);
  }

  /**
   * The pool's grants to projects the technology manager {@code manager} is assigned to: a manager
   * follows their own projects' money, not every start-up's (docs/security.md).
   */
  public List<Grant> grantsManagedBy(FundPool pool, UUID manager, PageRequest page) {
    return grantsWhere(
        "g.pool = :owner and g.project.managerAccountId = :manager", pool, manager, page);
  }

  public List<Grant> grants(Project project, PageRequest page) {
    return grantsWhere("g.project = :owner", project, null, page);
  }

  private List<Grant> grantsWhere(String condition, Object owner, UUID manager, PageRequest page) {
    String order = " order by g.recordedAt, g.publicId";
    var q =
        page.first()
            ? em.createQuery(
                "select g from Grant g join fetch g.project join fetch g.pool where "
                    + condition
                    + order,
                Grant.class)
            : em.createQuery(
                    "select g from Grant g join fetch g.project join fetch g.pool where "
                        + condition
                        + " and (g.recordedAt > :at or (g.recordedAt = :at and g.publicId > :id))"
                        + order,
                    Grant.class)
                .setParameter("at", java.time.OffsetDateTime.parse(decode(page, GRANTS).key(0)))
                .setParameter("id", UUID.fromString(decode(page, GRANTS).key(1)));
    if (manager != null) {
      // Stored as text (the identity provider's subject may be any string).
      q.setParameter("manager", manager.toString());
    }
    return q.setParameter("owner", owner).setMaxResults(page.limit() + 1).getResultList();
  }

  public static Cursor cursorOf(Grant g) {
    return Cursor.of(GRANTS, g.recordedAt(), g.publicId());
  }

  private static Cursor decode(PageRequest page, String tag) {
    Cursor c = Cursor.decode(page.cursor(), tag, 2);
    c.key(1, UUID::fromString);
    return c;
  }
}
