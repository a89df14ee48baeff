package org.clinbridge.reference.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Working hours as plain data, e.g. 09:00-12:00 and 13:30-17:30 in Asia/Shanghai on working days,
 * and the arithmetic of working time on them: the working time between two instants less pauses,
 * and the instant at which a working time will have elapsed. The working days come from a {@link
 * CalendarDays}, so a date of a year the calendar does not hold is {@link CalendarNotHeld}, as for
 * working days.
 *
 * <p>Periods are half-open, {@code [start, end)}: work that ends exactly at 12:00 ends at 12:00,
 * not at 13:30, and a clock started at 12:00 starts counting at 13:30.
 */
public final class OfficeHours {
  /** One period of a working day; it ends after it starts, on the same day. */
  public record Period(LocalTime start, LocalTime end) {
    public Period {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("A period ends after it starts: " + start + "-" + end);
      }
    }

    @Override
    public String toString() {
      return start + "-" + end;
    }
  }

  private final ZoneId zone;
  private final List<Period> periods;

  /** Periods in order of the day, none overlapping another. */
  public OfficeHours(ZoneId zone, List<Period> periods) {
    this.zone = Objects.requireNonNull(zone, "zone");
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("Working hours need at least one period");
    }
    List<Period> sorted = new ArrayList<>(periods);
    sorted.sort(Comparator.comparing(Period::start));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
        throw new IllegalArgumentException("Periods overlap: " + sorted);
      }
    }
    this.periods = List.copyOf(sorted);
  }

  /**
   * Reads periods written as {@code 09:00-12:00,13:30-17:30}.
   *
   * @throws IllegalArgumentException when the text is not such a list
   */
  public static OfficeHours parse(ZoneId zone, String periods) {
    List<Period> read = new ArrayList<>();
    for (String part : periods.split(",")) {
      String[] ends = part.strip().split("-");
      if (ends.length != 2) {
        throw new IllegalArgumentException("Not a period (HH:MM-HH:MM): " + part);
      }
      try {
        read.add(new Period(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("Not a period (HH:MM-HH:MM): " + part, e);
      }
    }
    return new OfficeHours(zone, read);
  }

  public ZoneId zone() {
    return zone;
  }

  public List<Period> periods() {
    return periods;
  }

  /** The periods as {@link #parse} reads them. */
  public String text() {
    return periods.stream().map(Period::toString).collect(Collectors.joining(","));
  }

  /**
   * The working time from {@code from} to {@code to} less the pauses (an open pause runs to {@code
   * to}); zero when {@code to} is not after {@code from}. Pauses may overlap each other and the
   * hours in any way.
   */
  public Duration elapsed(CalendarDays days, Instant from, Instant to, List<Pause> pauses) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    List<Pause> merged = merge(pauses);
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate d = from.atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
      for (Instant[] free : freeIntervals(days, d, from, merged)) {
        Instant end = free[1].isAfter(to) ? to : free[1];
        if (end.isAfter(free[0])) {
          total = total.plus(Duration.between(free[0], end));
        }
      }
    }
    return total;
  }

  /**
   * The instant at which {@code work} of working time will have elapsed since {@code from}, less
   * the pauses, which must all have ended (while a pause lasts there is no such instant yet). Work
   * that fills a period exactly ends at the period's end. Zero work answers {@code from}.
   */
  public Instant instantAfter(CalendarDays days, Instant from, Duration work, List<Pause> pauses) {
    if (work.isNegative()) {
      throw new IllegalArgumentException("Negative working time: " + work);
    }
    if (pauses.stream().anyMatch(Pause::open)) {
      throw new IllegalArgumentException("A pause that has not ended leaves no instant to name");
    }
    if (work.isZero()) {
      return from;
    }
    List<Pause> merged = merge(pauses);
    Duration left = work;
    // Ends when the work is done, or at the first date of a year the calendar does not hold.
    for (LocalDate d = from.atZone(zone).toLocalDate(); ; d = d.plusDays(1)) {
      for (Instant[] free : freeIntervals(days, d, from, merged)) {
        Duration length = Duration.between(free[0], free[1]);
        if (left.compareTo(length) <= 0) {
          return free[0].plus(left);
        }
        left = left.minus(length);
      }
    }
  }

  /**
   * The working intervals of date {@code d} not before {@code notBefore}, less the pauses, in
   * order; none on a day that is not a working day.
   */
  private List<Instant[]> freeIntervals(
      CalendarDays days, LocalDate d, Instant notBefore, List<Pause> merged) {
    List<Instant[]> free = new ArrayList<>();
    if (!days.isWorkingDay(d)) {
      return free;
    }
    for (Period p : periods) {
      Instant start = ZonedDateTime.of(d, p.start(), zone).toInstant();
      Instant end = ZonedDateTime.of(d, p.end(), zone).toInstant();
      if (start.isBefore(notBefore)) {
        start = notBefore;
      }
      for (Pause pause : merged) {
        if (!start.isBefore(end)) {
          break;
        }
        Instant pauseEnd = pause.open() ? Instant.MAX : pause.to();
        if (!pauseEnd.isAfter(start) || !pause.from().isBefore(end)) {
          continue;
        }
        if (pause.from().isAfter(start)) {
          free.add(new Instant[] {start, pause.from()});
        }
        start = pauseEnd.isAfter(end) ? end : pauseEnd;
      }
      if (start.isBefore(end)) {
        free.add(new Instant[] {start, end});
      }
    }
    return free;
  }

  /** The pauses in order, overlapping ones joined. */
  static List<Pause> merge(List<Pause> pauses) {
    List<Pause> sorted = new ArrayList<>(pauses);
    sorted.sort(Comparator.comparing(Pause::from));
    List<Pause> merged = new ArrayList<>();
    for (Pause p : sorted) {
      if (!merged.isEmpty()) {
        Pause last = merged.get(merged.size() - 1);
        if (last.open() || !p.from().isAfter(last.to())) {
          Instant to = last.open() || p.open() ? null : max(last.to(), p.to());
          merged.set(merged.size() - 1, new Pause(last.from(), to));
          continue;
        }
      }
      merged.add(p);
    }
    return merged;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
