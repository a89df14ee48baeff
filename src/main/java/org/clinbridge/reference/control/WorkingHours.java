package org.clinbridge.reference.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clinbridge.reference.entity.CalendarNotHeld;
import org.clinbridge.reference.entity.OfficeHours;
import org.clinbridge.reference.entity.Pause;
import org.clinbridge.reference.entity.WorkingHoursSchedule;

/**
 * Working time on the consultation station's hours (09:00-12:00 and 13:30-17:30 Asia/Shanghai on
 * working days, as data an administrator may change): how much has elapsed between two instants
 * less the pauses, and when a given working time will have elapsed. The arithmetic is {@link
 * OfficeHours}'; the working days are {@link WorkingCalendar}'s, so a date in a year the calendar
 * does not hold throws {@link CalendarNotHeld}. Answers from the same in-memory snapshot as the
 * calendar, checked against its revision on each call.
 */
@ApplicationScoped
public class WorkingHours {
  @Inject WorkingCalendar calendar;

  /** The station's working time from {@code from} to {@code to}, less the pauses. */
  public Duration elapsed(Instant from, Instant to, List<Pause> pauses) {
    CalendarReader.Snapshot s = calendar.snapshot();
    return hours(s, WorkingHoursSchedule.STATION).elapsed(s.days(), from, to, pauses);
  }

  /**
   * The instant at which {@code workingTime} of the station's working time will have elapsed since
   * {@code from}, less the pauses; every pause must have ended.
   */
  public Instant instantAfter(Instant from, Duration workingTime, List<Pause> pauses) {
    CalendarReader.Snapshot s = calendar.snapshot();
    return hours(s, WorkingHoursSchedule.STATION).instantAfter(s.days(), from, workingTime, pauses);
  }

  /** The station's hours as they are now. */
  public OfficeHours hours() {
    return hours(calendar.snapshot(), WorkingHoursSchedule.STATION);
  }

  private static OfficeHours hours(CalendarReader.Snapshot s, String schedule) {
    OfficeHours h = s.hours().get(schedule);
    if (h == null) {
      throw new IllegalStateException("No working hours for " + schedule + " (seeded by V81)");
    }
    return h;
  }
}
