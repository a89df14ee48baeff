package org.clinbridge.reference.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The working-day calendar as plain data: the years held and the notices' exceptions. A date of a
 * held year is a working day when it is Monday-Friday and not a HOLIDAY, or when it is a WORKDAY; a
 * date of any other year is {@link CalendarNotHeld}, never a guess. Immutable, so one snapshot can
 * serve every thread until the calendar changes.
 */
public final class CalendarDays {
  private final NavigableSet<Integer> heldYears;
  private final Map<LocalDate, DayKind> exceptions;

  public CalendarDays(Collection<Integer> heldYears, Map<LocalDate, DayKind> exceptions) {
    this.heldYears = Collections.unmodifiableNavigableSet(new TreeSet<>(heldYears));
    this.exceptions = Map.copyOf(exceptions);
  }

  /** The years whose notice is held, ascending. */
  public NavigableSet<Integer> heldYears() {
    return heldYears;
  }

  public boolean holds(LocalDate date) {
    return heldYears.contains(date.getYear());
  }

  /** Throws {@link CalendarNotHeld} unless the date's year is held. */
  public void requireHeld(LocalDate date) {
    if (!holds(date)) {
      throw new CalendarNotHeld(date, heldYears);
    }
  }

  /** What a notice says of the date, if it names it. */
  public Optional<DayKind> exception(LocalDate date) {
    requireHeld(date);
    return Optional.ofNullable(exceptions.get(date));
  }

  public boolean isWorkingDay(LocalDate date) {
    return exception(date).map(kind -> kind == DayKind.WORKDAY).orElseGet(() -> !weekend(date));
  }

  /**
   * The date {@code n} working days after {@code from}; counting starts the day after {@code from},
   * so {@code from} itself never counts, working or not (2026-02-12 + 5 = 2026-02-26). A negative
   * {@code n} counts back; 0 answers {@code from}.
   */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    int step = n < 0 ? -1 : 1;
    LocalDate d = from;
    for (int left = Math.abs(n); left > 0; ) {
      d = d.plusDays(step);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * The working days after {@code from} up to and including {@code to}, so that {@code
   * workingDaysBetween(from, addWorkingDays(from, n)) == n}; negative when {@code to} is before
   * {@code from}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  static boolean weekend(LocalDate date) {
    DayOfWeek w = date.getDayOfWeek();
    return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
  }
}
