package org.clinbridge.ip.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.testing.ProblemTexts;
import org.junit.jupiter.api.Test;

class PatentTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 1, 8, 0, 0, 0, ZoneOffset.UTC);
  static final Organisation OWNER =
      new Organisation(
          OrganisationKind.UNIVERSITY, new BilingualText("大学", "Uni"), "91500106MA5U8G7X26", NOW);

  static Patent patent(String number, PatentKind kind, LocalDate filed) {
    return new Patent(
        number,
        new BilingualText("一种心电贴", "An ECG patch"),
        kind,
        filed,
        "重庆医科大学",
        OWNER,
        NOW,
        NOW.toLocalDate());
  }

  /** Rows: from; columns: to, in declaration order; for inventions. */
  private static final boolean[][] INVENTION = {
    // FILED PUBLISHED GRANTED REJECTED WITHDRAWN LAPSED
    {false, true, false, true, true, false},
    {false, false, true, true, true, false},
    {false, false, false, false, false, true},
    {false, false, false, false, false, false},
    {false, false, false, false, false, false},
    {false, false, false, false, false, false}
  };

  /** Utility models and designs are granted without a separate publication. */
  private static final boolean[][] OTHER = {
    {false, false, true, true, true, false},
    {false, false, false, false, false, false},
    {false, false, false, false, false, true},
    {false, false, false, false, false, false},
    {false, false, false, false, false, false},
    {false, false, false, false, false, false}
  };

  @Test
  void everyStatusChangeForEveryKind() {
    for (PatentKind kind : PatentKind.values()) {
      boolean[][] table = kind == PatentKind.INVENTION ? INVENTION : OTHER;
      for (PatentStatus from : PatentStatus.values()) {
        for (PatentStatus to : PatentStatus.values()) {
          // PUBLISHED is unreachable for utility models and designs, so any row is all false.
          assertThat(from.canChangeTo(to, kind))
              .as(kind + " " + from + " -> " + to)
              .isEqualTo(
                  (kind != PatentKind.INVENTION && from == PatentStatus.PUBLISHED)
                      ? INVENTION[from.ordinal()][to.ordinal()]
                      : table[from.ordinal()][to.ordinal()]);
        }
      }
    }
  }

  @Test
  void anInventionIsPublishedThenGrantedThenMayLapse() {
    Patent p = patent("cn202310123456.7", PatentKind.INVENTION, LocalDate.of(2023, 1, 5));
    assertThat(p.number()).isEqualTo("CN202310123456.7");
    assertThat(p.chinese()).isTrue();
    assertThatThrownBy(() -> p.grant(LocalDate.of(2024, 1, 1)))
        .isInstanceOf(PatentRefused.class)
        .satisfies(ProblemTexts::readable);
    p.publish(LocalDate.of(2023, 7, 5), false);
    assertThatThrownBy(() -> p.grant(LocalDate.of(2023, 7, 4)))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    p.grant(LocalDate.of(2025, 2, 1));
    assertThat(p.status()).isEqualTo(PatentStatus.GRANTED);
    p.end(PatentStatus.LAPSED, LocalDate.of(2026, 2, 1));
    assertThat(p.status()).isEqualTo(PatentStatus.LAPSED);
  }

  @Test
  void datesCannotPrecedeFilingAndNumbersMustLookLikeNumbers() {
    Patent p = patent("ZL202320123456.1", PatentKind.UTILITY_MODEL, LocalDate.of(2023, 3, 1));
    assertThatThrownBy(() -> p.grant(LocalDate.of(2023, 2, 1)))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    p.grant(LocalDate.of(2023, 9, 1));
    assertThatThrownBy(() -> patent("12", PatentKind.DESIGN, LocalDate.of(2023, 3, 1)))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThatThrownBy(() -> patent("CN2026001", PatentKind.DESIGN, LocalDate.of(2027, 3, 1)))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThat(patent("US11223344B2", PatentKind.INVENTION, LocalDate.of(2020, 1, 1)).chinese())
        .isFalse();
  }
}
