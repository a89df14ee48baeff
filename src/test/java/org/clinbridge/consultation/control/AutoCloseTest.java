package org.clinbridge.consultation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.clinbridge.reference.control.BundledCalendar;
import org.clinbridge.reference.entity.CalendarDays;
import org.junit.jupiter.api.Test;

/** When a resolved consultation closes: five working days on, on the official calendar. */
class AutoCloseTest {
  private static final CalendarDays DAYS = BundledCalendar.days();

  @Test
  void aResolutionBeforeTheSpringFestivalClosesFiveWorkingDaysLaterNotDuringTheHoliday() {
    LocalDate resolved = LocalDate.of(2026, 2, 13);
    // The worked Saturday 14th, then the holiday 15-23, then 24, 25, 26: four working days.
    assertThat(AutoClose.due(resolved, LocalDate.of(2026, 2, 23), 5, DAYS)).isFalse();
    assertThat(AutoClose.due(resolved, LocalDate.of(2026, 2, 26), 5, DAYS)).isFalse();
    assertThat(AutoClose.due(resolved, LocalDate.of(2026, 2, 27), 5, DAYS)).isTrue();
  }

  @Test
  void theDayOfResolutionNeverCountsAndZeroClosesTheSameDay() {
    LocalDate monday = LocalDate.of(2026, 3, 2);
    assertThat(AutoClose.due(monday, monday, 1, DAYS)).isFalse();
    assertThat(AutoClose.due(monday, monday.plusDays(1), 1, DAYS)).isTrue();
    assertThat(AutoClose.due(monday, monday, 0, DAYS)).isTrue();
    assertThat(AutoClose.due(monday, monday.minusDays(1), 0, DAYS)).as("clock skew").isFalse();
  }
}
