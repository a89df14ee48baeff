package org.clinbridge.licensing.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The 2026 official calendar's days off and make-up working days (State Council notice of
 * 2025-11-04) for the clock tests; dates outside 2026 are outside the calendar.
 */
final class TestWorkingDays implements StatutoryClock.Days {
  private static final Set<LocalDate> HOLIDAYS =
      Set.of(
          d(1, 1), d(1, 2), d(1, 3), d(2, 15), d(2, 16), d(2, 17), d(2, 18), d(2, 19), d(2, 20),
          d(2, 21), d(2, 22), d(2, 23), d(4, 4), d(4, 5), d(4, 6), d(5, 1), d(5, 2), d(5, 3),
          d(5, 4), d(5, 5), d(6, 19), d(6, 20), d(6, 21), d(9, 25), d(9, 26), d(9, 27), d(10, 1),
          d(10, 2), d(10, 3), d(10, 4), d(10, 5), d(10, 6), d(10, 7));
  private static final Set<LocalDate> WORKDAYS =
      Set.of(d(1, 4), d(2, 14), d(2, 28), d(5, 9), d(9, 20), d(10, 10));

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  private static boolean working(LocalDate d) {
    if (d.getYear() != 2026) {
      throw new StatutoryClock.OutsideCalendar("not held: " + d, null);
    }
    boolean weekend =
        d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    return WORKDAYS.contains(d) || (!weekend && !HOLIDAYS.contains(d));
  }

  @Override
  public LocalDate plus(LocalDate from, int n) {
    LocalDate d = from;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (working(d)) {
        left--;
      }
    }
    return d;
  }

  @Override
  public int between(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (working(d)) {
        n++;
      }
    }
    return n;
  }
}
