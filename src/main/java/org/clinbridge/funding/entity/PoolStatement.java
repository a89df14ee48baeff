package org.clinbridge.funding.entity;

import java.math.BigDecimal;

/**
 * Where a pool stands: {@code free = total - committed}; {@code released <= committed <= total}.
 * Committed counts every grant awarded; released the tranches paid out.
 */
public record PoolStatement(
    BigDecimal total, BigDecimal committed, BigDecimal released, BigDecimal free, long grants) {
  public static PoolStatement of(
      BigDecimal total, BigDecimal committed, BigDecimal released, long grants) {
    return new PoolStatement(total, committed, released, total.subtract(committed), grants);
  }

  /** Committed but not yet paid out. */
  public BigDecimal outstanding() {
    return committed.subtract(released);
  }
}
