package org.clinbridge.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.clinbridge.platform.problem.ProblemException;

/**
 * Amounts of money as the database keeps them: {@code numeric(18,2)}, exact, in yuan with two
 * decimals. Never a double: a pool's ledger must add up to the fen.
 */
public final class Money {
  /** The largest amount numeric(18,2) holds. */
  public static final BigDecimal MAX = new BigDecimal("9999999999999999.99");

  private Money() {}

  /** A positive amount with at most two decimals, else a 400 naming {@code field}. */
  public static BigDecimal positive(String field, BigDecimal amount) {
    BigDecimal a = exact(field, amount);
    if (a.signum() <= 0) {
      throw ProblemException.invalidField(field, "money.positive");
    }
    return a;
  }

  /** Zero or more, with at most two decimals, else a 400 naming {@code field}. */
  public static BigDecimal nonNegative(String field, BigDecimal amount) {
    BigDecimal a = exact(field, amount);
    if (a.signum() < 0) {
      throw ProblemException.invalidField(field, "money.non-negative");
    }
    return a;
  }

  private static BigDecimal exact(String field, BigDecimal amount) {
    if (amount == null) {
      throw ProblemException.invalidField(field, "field.required");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw ProblemException.invalidField(field, "money.scale");
    }
    if (amount.abs().compareTo(MAX) > 0) {
      throw ProblemException.invalidField(field, "money.too-large");
    }
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }
}
