package org.clinbridge.reference.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.clinbridge.reference.entity.CalendarDays;
import org.clinbridge.reference.entity.CalendarNotHeld;

/**
 * China's official working-day calendar, as every deadline computation asks it: whether a date is a
 * working day, the date N working days on, the working days between two dates. A date in a year
 * whose notice on public holidays is not held throws {@link CalendarNotHeld} (422 {@code
 * calendar-year-not-held}), never a guess (docs/calendar.md).
 *
 * <p>Each call asks the database one thing, the calendar's revision (one row by primary key), and
 * answers from a snapshot in memory while the revision is unchanged. Every change to the calendar,
 * on any instance, bumps the revision in its own transaction, so no instance answers from a stale
 * calendar after the change commits, and there is no expiry time to tune. Reading the whole
 * calendar per call instead would be a range query per deadline (and a walk over a holiday needs
 * many dates); a cache without the check would answer from the old calendar on the other instances.
 */
@ApplicationScoped
public class WorkingCalendar {
  @PersistenceContext EntityManager em;
  @Inject CalendarReader reader;

  private volatile CalendarReader.Snapshot current;

  public boolean isWorkingDay(LocalDate date) {
    return days().isWorkingDay(date);
  }

  /**
   * The date {@code n} working days after {@code from}, counting from the day after it: 2026-02-12
   * + 5 = 2026-02-26 (13 and the worked Saturday 14; 15-23 Spring Festival; then 24, 25, 26).
   */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    return days().addWorkingDays(from, n);
  }

  /** The working days after {@code from} up to and including {@code to}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    return days().workingDaysBetween(from, to);
  }

  /**
   * The calendar as of now, for a caller that asks about many dates at once (a month view, a
   * schedule of reminders): one revision check for all of them.
   */
  public CalendarDays days() {
    return snapshot().days();
  }

  /** The calendar and the working hours, current as of this call. */
  CalendarReader.Snapshot snapshot() {
    long revision = CalendarReader.revision(em);
    CalendarReader.Snapshot s = current;
    if (s != null && s.revision() == revision) {
      return s;
    }
    CalendarReader.Snapshot read = reader.read();
    // A slower thread must not put back an older snapshot; a lost race only costs a read.
    if (s == null || read.revision() >= s.revision()) {
      current = read;
    }
    return read;
  }
}
