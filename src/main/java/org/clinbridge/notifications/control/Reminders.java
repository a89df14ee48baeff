package org.clinbridge.notifications.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clinbridge.reference.entity.CalendarDays;
import org.clinbridge.reference.entity.CalendarNotHeld;

/**
 * Which reminder an item is due for today: of the lead times already reached, the nearest to the
 * due date (an item declared 3 working days before it falls due, with leads 30/7/1, gets the 7-day
 * reminder now and the 1-day one later, never the 30-day one as well), or the overdue one. Each has
 * its key, {@code <item key>:<lead>} or {@code <item key>:overdue}; the job sends a key once.
 */
public final class Reminders {
  /** Overdue reminders only for items due within this many days: no flood of old items. */
  public static final int OVERDUE_WINDOW_DAYS = 30;

  private Reminders() {}

  /**
   * A reminder to send.
   *
   * @param lead the lead time reached; null when overdue
   * @param workingDays working days left (overdue: working days past), null when the calendar does
   *     not hold the dates in between
   */
  public record Reminder(String key, DueItem item, Lead lead, Integer workingDays) {
    public boolean overdue() {
      return lead == null;
    }
  }

  /** The last due date whose reminder may be due by {@code today} for these lead times. */
  public static LocalDate horizon(LocalDate today, List<Lead> leads) {
    return leads.stream().map(l -> l.horizon(today)).max(Comparator.naturalOrder()).orElse(today);
  }

  /** The reminder due today, if any; throws when the calendar does not hold the dates. */
  public static Optional<Reminder> due(DueItem item, LocalDate today, CalendarDays days) {
    if (item.dueAt() != null) {
      return dueAtInstant(item, today);
    }
    if (today.isAfter(item.due())) {
      if (!item.remindOverdue() || today.isAfter(item.due().plusDays(OVERDUE_WINDOW_DAYS))) {
        return Optional.empty();
      }
      return Optional.of(
          new Reminder(item.key() + ":overdue", item, null, workingDays(days, item.due(), today)));
    }
    return item.leads().stream()
        .filter(l -> l.reached(today, item.due(), days))
        .min(Comparator.comparing(l -> l.horizon(today)))
        .map(
            l ->
                new Reminder(
                    item.key() + ":" + l.code(), item, l, workingDays(days, today, item.due())));
  }

  /** A service level: reached leads by the working time left, overdue once it is negative. */
  private static Optional<Reminder> dueAtInstant(DueItem item, LocalDate today) {
    if (item.workingTimeLeft().isNegative()) {
      if (today.isAfter(item.due().plusDays(OVERDUE_WINDOW_DAYS))) {
        return Optional.empty();
      }
      return Optional.of(new Reminder(item.key() + ":overdue", item, null, null));
    }
    return item.leads().stream()
        .filter(l -> l.reached(item.workingTimeLeft()))
        .min(Comparator.comparingInt(Lead::amount))
        .map(l -> new Reminder(item.key() + ":" + l.code(), item, l, null));
  }

  private static Integer workingDays(CalendarDays days, LocalDate from, LocalDate to) {
    try {
      return days.workingDaysBetween(from, to);
    } catch (CalendarNotHeld e) {
      return null;
    }
  }
}
