package org.clinbridge.licensing.entity;

import java.time.LocalDate;
import org.clinbridge.reference.control.BundledCalendar;
import org.clinbridge.reference.entity.CalendarDays;
import org.clinbridge.reference.entity.CalendarNotHeld;

/**
 * The bundled official calendar (2025 and 2026 notices) as the clocks count it, so the clock tests
 * run on the same days the application loads at its first start; a year the notices do not hold is
 * outside the calendar, as in the application.
 */
final class TestWorkingDays implements StatutoryClock.Days {
  private static final CalendarDays DAYS = BundledCalendar.days();

  @Override
  public LocalDate plus(LocalDate from, int n) {
    try {
      return DAYS.addWorkingDays(from, n);
    } catch (CalendarNotHeld e) {
      throw new StatutoryClock.OutsideCalendar(e.getMessage(), e);
    }
  }

  @Override
  public int between(LocalDate from, LocalDate to) {
    try {
      return DAYS.workingDaysBetween(from, to);
    } catch (CalendarNotHeld e) {
      throw new StatutoryClock.OutsideCalendar(e.getMessage(), e);
    }
  }
}
