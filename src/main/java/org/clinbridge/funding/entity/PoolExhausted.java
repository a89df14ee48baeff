package org.clinbridge.funding.entity;

import java.math.BigDecimal;
import org.clinbridge.platform.problem.ProblemException;

/** An award the pool cannot cover: the detail names what was asked and what is free. */
public class PoolExhausted extends ProblemException {
  public static final String SLUG = "fund-pool-exhausted";

  public PoolExhausted(FundPool pool, BigDecimal asked, BigDecimal free) {
    super(409, SLUG, SLUG + ".detail", pool.name().view(), asked, free);
  }
}
