package org.clinbridge.funding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import org.clinbridge.funding.entity.FundPool;
import org.clinbridge.funding.entity.PoolStatement;

/**
 * A pool's ledger, kept right by the database. Reserving money for a grant is one conditional
 * UPDATE that adds the amount only where the pool can still cover it; the row lock that the UPDATE
 * takes makes concurrent awards, on any number of instances, queue on the pool's row, and each one
 * re-reads the committed sum after the one before has committed (PostgreSQL re-evaluates the WHERE
 * on the newest row version). So the committed sum never exceeds the total, and no JVM lock is
 * needed. The table's check constraints back this up.
 *
 * <p>The UPDATE also bumps the pool's version, so that an edit of the pool based on a stale read
 * fails instead of writing stale ledger figures back.
 */
@ApplicationScoped
public class FundLedger {
  @PersistenceContext EntityManager em;

  /** Reserves {@code amount}; false when the pool's free money does not cover it. */
  public boolean commit(FundPool pool, BigDecimal amount) {
    return changed(
        "update fund_pool set committed = committed + ?1, version = version + 1"
            + " where id = ?2 and committed + ?1 <= total",
        pool,
        amount);
  }

  /**
   * Gives back {@code amount} of what is committed and not released (a withdrawn tranche); false
   * when the commitments not yet paid out do not hold it.
   */
  public boolean giveBack(FundPool pool, BigDecimal amount) {
    return changed(
        "update fund_pool set committed = committed - ?1, version = version + 1"
            + " where id = ?2 and committed - ?1 >= released",
        pool,
        amount);
  }

  /** Pays out {@code amount} of what is committed; false when it would exceed the commitments. */
  public boolean release(FundPool pool, BigDecimal amount) {
    return changed(
        "update fund_pool set released = released + ?1, version = version + 1"
            + " where id = ?2 and released + ?1 <= committed",
        pool,
        amount);
  }

  /** One conditional update of the pool row: true when its condition held and it changed. */
  private boolean changed(String sql, FundPool pool, BigDecimal amount) {
    return em.createNativeQuery(sql)
            .setParameter(1, amount)
            .setParameter(2, pool.id())
            .executeUpdate()
        == 1;
  }

  /** The pool's figures as the database has them now. */
  public PoolStatement statement(FundPool pool) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select total, committed, released,"
                        + " (select count(*) from fund_grant g where g.pool_id = p.id)"
                        + " from fund_pool p where p.id = ?1")
                .setParameter(1, pool.id())
                .getSingleResult();
    return PoolStatement.of(
        money(row[0]), money(row[1]), money(row[2]), ((Number) row[3]).longValue());
  }

  private static BigDecimal money(Object o) {
    return new BigDecimal(o.toString()).setScale(2);
  }
}
