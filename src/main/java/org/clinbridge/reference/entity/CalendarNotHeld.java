package org.clinbridge.reference.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import org.clinbridge.platform.problem.ProblemException;

/**
 * A date in a year whose notice on public holidays the calendar does not hold: no working-day
 * answer can be given for it, and none is guessed (the State Council publishes each year's notice
 * in November; an administrator adds it).
 */
public class CalendarNotHeld extends ProblemException {
  public static final String SLUG = "calendar-year-not-held";

  private final LocalDate date;

  public CalendarNotHeld(LocalDate date, Collection<Integer> held) {
    super(
        422,
        SLUG,
        SLUG + ".detail",
        date.toString(),
        held.isEmpty()
            ? "-"
            : held.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
    this.date = date;
  }

  /** The date that has no answer. */
  public LocalDate date() {
    return date;
  }
}
