package org.clinbridge.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.clinbridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void amountsAreExactToTheFen() {
    assertThat(Money.positive("a", new BigDecimal("12.5"))).isEqualTo(new BigDecimal("12.50"));
    assertThat(Money.positive("a", new BigDecimal("1.230"))).isEqualTo(new BigDecimal("1.23"));
    assertThat(Money.nonNegative("a", BigDecimal.ZERO)).isEqualTo(new BigDecimal("0.00"));
    assertThat(Money.positive("a", Money.MAX)).isEqualTo(Money.MAX);
  }

  @Test
  void fractionsOfAFenNegativesAndOverflowsAreRefusedNamingTheField() {
    for (String bad : new String[] {"0.001", "-1", "0", "10000000000000000.00"}) {
      assertThatThrownBy(() -> Money.positive("total", new BigDecimal(bad)))
          .as(bad)
          .isInstanceOfSatisfying(
              ProblemException.InvalidFieldException.class,
              e -> assertThat(e.field()).isEqualTo("total"));
    }
    assertThatThrownBy(() -> Money.nonNegative("x", null))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
  }
}
