package org.clinbridge.reference.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clinbridge.reference.control.BundledCalendar;
import org.junit.jupiter.api.Test;

class CalendarDaysTest {
  final CalendarDays calendar = BundledCalendar.days();

  static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void fiveWorkingDaysFromTheTwelfthOfFebruary2026AreTheTwentySixth() {
    // 13 and the worked Saturday 14; 15-23 Spring Festival; then 24, 25, 26.
    assertThat(calendar.addWorkingDays(d(2026, 2, 12), 5)).isEqualTo(d(2026, 2, 26));
    assertThat(calendar.workingDaysBetween(d(2026, 2, 12), d(2026, 2, 26))).isEqualTo(5);
    assertThat(calendar.addWorkingDays(d(2026, 2, 26), -5)).isEqualTo(d(2026, 2, 12));
    assertThat(calendar.workingDaysBetween(d(2026, 2, 26), d(2026, 2, 12))).isEqualTo(-5);
  }

  @Test
  void theSpringFestival2026() {
    assertThat(calendar.isWorkingDay(d(2026, 2, 13))).isTrue();
    assertThat(calendar.isWorkingDay(d(2026, 2, 14))).as("worked Saturday").isTrue();
    for (int day = 15; day <= 23; day++) {
      assertThat(calendar.isWorkingDay(d(2026, 2, day))).as("2026-02-%d", day).isFalse();
    }
    assertThat(calendar.isWorkingDay(d(2026, 2, 24))).isTrue();
    assertThat(calendar.isWorkingDay(d(2026, 2, 27))).isTrue();
    assertThat(calendar.isWorkingDay(d(2026, 2, 28))).as("worked Saturday").isTrue();
    assertThat(calendar.isWorkingDay(d(2026, 3, 1))).as("an ordinary Sunday").isFalse();
    assertThat(calendar.exception(d(2026, 3, 2))).isEmpty();
    // February 2026: 20 weekdays, 6 of them holiday (16-20, 23), plus the two worked Saturdays.
    assertThat(calendar.workingDaysBetween(d(2026, 1, 31), d(2026, 2, 28))).isEqualTo(16);
  }

  @Test
  void nationalDay2026() {
    assertThat(calendar.isWorkingDay(d(2026, 9, 20))).as("worked Sunday").isTrue();
    assertThat(calendar.isWorkingDay(d(2026, 9, 25))).as("Mid-Autumn, a Friday").isFalse();
    assertThat(calendar.isWorkingDay(d(2026, 10, 1))).isFalse();
    assertThat(calendar.isWorkingDay(d(2026, 10, 7))).isFalse();
    assertThat(calendar.isWorkingDay(d(2026, 10, 8))).isTrue();
    assertThat(calendar.isWorkingDay(d(2026, 10, 10))).as("worked Saturday").isTrue();
    assertThat(calendar.isWorkingDay(d(2026, 10, 11))).as("an ordinary Sunday").isFalse();
    // From Wednesday 30 September: 8 and 9 October, then the worked Saturday 10.
    assertThat(calendar.addWorkingDays(d(2026, 9, 30), 3)).isEqualTo(d(2026, 10, 10));
  }

  @Test
  void countingStartsTheDayAfterWhateverThatDayIs() {
    assertThat(calendar.addWorkingDays(d(2026, 2, 15), 0)).isEqualTo(d(2026, 2, 15));
    assertThat(calendar.addWorkingDays(d(2026, 2, 15), 1)).isEqualTo(d(2026, 2, 24));
    assertThat(calendar.addWorkingDays(d(2026, 2, 13), 1)).isEqualTo(d(2026, 2, 14));
    assertThat(calendar.workingDaysBetween(d(2026, 2, 15), d(2026, 2, 15))).isZero();
  }

  @Test
  void countsAcrossTheTurnOfTheYear() {
    // 31 December 2025 is a Wednesday; 1-3 January 2026 holiday, Sunday 4 January worked.
    assertThat(calendar.addWorkingDays(d(2025, 12, 30), 2)).isEqualTo(d(2026, 1, 4));
  }

  @Test
  void aDateOfAYearNotHeldHasNoAnswer() {
    assertThatThrownBy(() -> calendar.isWorkingDay(d(2030, 1, 2)))
        .isInstanceOf(CalendarNotHeld.class)
        .satisfies(
            e -> {
              CalendarNotHeld n = (CalendarNotHeld) e;
              assertThat(n.status()).isEqualTo(422);
              assertThat(n.slug()).isEqualTo("calendar-year-not-held");
              assertThat(n.date()).isEqualTo(d(2030, 1, 2));
              assertThat(n.args()).containsExactly("2030-01-02", "2025, 2026");
            });
    // Walking out of the held years stops at the first date with no answer.
    assertThatThrownBy(() -> calendar.addWorkingDays(d(2026, 12, 30), 3))
        .isInstanceOf(CalendarNotHeld.class)
        .satisfies(e -> assertThat(((CalendarNotHeld) e).date()).isEqualTo(d(2027, 1, 1)));
    assertThatThrownBy(() -> calendar.workingDaysBetween(d(2024, 12, 30), d(2025, 1, 3)))
        .isInstanceOf(CalendarNotHeld.class);
  }

  @Test
  void aYearHeldWithoutExceptionsFollowsTheWeek() {
    CalendarDays c = new CalendarDays(List.of(2027), Map.of());
    assertThat(c.isWorkingDay(d(2027, 1, 1))).isTrue();
    assertThat(c.isWorkingDay(d(2027, 1, 2))).isFalse();
    assertThat(c.heldYears()).containsExactly(2027);
  }
}
