package org.clinbridge.licensing.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.clinbridge.platform.i18n.BilingualText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an application's statutory clock stands today: the authority's current step, its limit, the
 * days used and left, the due date, and since when it is stopped.
 *
 * <p>Days are counted as the rules count them: the day a step starts does not count, the next
 * (working) day is day one. The supplement request stops the technical review's clock: the days
 * from the request to the day the supplement is in do not count (the applicant's year runs
 * instead), and the authority then gets the days it had left plus the row's {@code afterSupplement}
 * (60 for Class II and III reviews). An application the start-up put on hold keeps the authority's
 * clock of the state it was held in: the authority does not stop for it.
 *
 * @param limit null when the step has no statutory limit
 * @param daysLeft negative once overdue; null without a limit or when the calendar ends first
 * @param dueOn the last day of the limit; null while stopped, without a limit, or when the calendar
 *     does not hold the days needed
 * @param pausedSince the day the authority's supplement request stopped the clock
 * @param applicantDueOn while stopped: the applicant's last day for the supplement
 */
public record StatutoryClock(
    String step,
    BilingualText name,
    String basis,
    ApplicationState state,
    Integer limit,
    DayCounting counting,
    LocalDate startedOn,
    Integer daysUsed,
    Integer daysLeft,
    LocalDate dueOn,
    LocalDate pausedSince,
    LocalDate applicantDueOn,
    boolean silenceApproves,
    Status status) {

  @Schema(name = "ClockStatus")
  public enum Status {
    /** Within the limit. */
    RUNNING,
    /** Stopped by the supplement request. */
    PAUSED,
    /** Past the limit without a decision. */
    OVERDUE,
    /** Past the limit where silence counts as approval: approved on the day after {@code dueOn}. */
    DEEMED_APPROVED,
    /** The step has no statutory limit. */
    NO_LIMIT,
    /** The working-day calendar does not hold the dates needed (a year not yet announced). */
    CALENDAR_MISSING
  }

  /** Counting days the way a limit counts them. */
  public interface Days {
    /** The date {@code n} days after {@code from}; throws {@link OutsideCalendar} when unknown. */
    LocalDate plus(LocalDate from, int n);

    /** The days after {@code from} up to and including {@code to}. */
    int between(LocalDate from, LocalDate to);

    Days CALENDAR =
        new Days() {
          @Override
          public LocalDate plus(LocalDate from, int n) {
            return from.plusDays(n);
          }

          @Override
          public int between(LocalDate from, LocalDate to) {
            return (int) ChronoUnit.DAYS.between(from, to);
          }
        };
  }

  /** The working-day calendar does not hold a date the clock needs. */
  public static final class OutsideCalendar extends RuntimeException {
    public OutsideCalendar(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The clock of an application today, or empty when no authority step runs (planned, in
   * preparation, decided, withdrawn, voided).
   *
   * @param events the application's history (any order)
   * @param workingDays the district's working-day calendar
   */
  public static Optional<StatutoryClock> of(
      LicenceApplication a,
      List<ApplicationEvent> events,
      StatutoryLimits limits,
      Days workingDays,
      LocalDate today) {
    if (a.voiding().voided() || a.state().terminal()) {
      return Optional.empty();
    }
    ApplicationState held = a.state() == ApplicationState.ON_HOLD ? a.heldFrom() : a.state();
    if (held == null) {
      return Optional.empty();
    }
    boolean review =
        held == ApplicationState.SUPPLEMENT_REQUESTED
            || held == ApplicationState.SUPPLEMENT_SUBMITTED;
    ApplicationState clockState = review ? ApplicationState.UNDER_TECHNICAL_REVIEW : held;
    Optional<StatutoryLimit> row = limits.find(a.route(), a.type(), a.deviceClass(), clockState);
    Optional<LocalDate> start = startOf(events, clockState);
    if (row.isEmpty() || start.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(count(a, events, row.get(), start.get(), workingDays, today));
  }

  /** The step starts with the last move into its state; a resumption after a hold is no restart. */
  private static Optional<LocalDate> startOf(List<ApplicationEvent> events, ApplicationState s) {
    return events.stream()
        .filter(e -> e.toState() == s && e.fromState() != ApplicationState.ON_HOLD)
        .max(Comparator.comparingInt(ApplicationEvent::seq))
        .map(ApplicationEvent::on);
  }

  private static StatutoryClock count(
      LicenceApplication a,
      List<ApplicationEvent> events,
      StatutoryLimit row,
      LocalDate start,
      Days workingDays,
      LocalDate today) {
    Days days = row.counting() == DayCounting.WORKING_DAYS ? workingDays : Days.CALENDAR;
    boolean reviewed = row.state() == ApplicationState.UNDER_TECHNICAL_REVIEW;
    LocalDate pausedOn = reviewed ? a.supplementRequestedOn() : null;
    LocalDate resumedOn =
        pausedOn == null
            ? null
            : events.stream()
                .filter(e -> e.toState() == ApplicationState.SUPPLEMENT_SUBMITTED)
                .max(Comparator.comparingInt(ApplicationEvent::seq))
                .map(ApplicationEvent::on)
                .orElse(null);
    boolean paused = pausedOn != null && resumedOn == null;
    // The due date and the days used are counted apart: a due date in a year the calendar holds
    // is worth showing even when today is in one it does not hold yet, and the other way round.
    Integer used =
        counted(
            () ->
                pausedOn == null
                    ? days.between(start, today)
                    : days.between(start, pausedOn)
                        + (paused ? 0 : days.between(resumedOn, today)));
    if (row.limit() == null) {
      return clock(row, a, start, null, used, null, null, used == null);
    }
    int limit = row.limit() + (pausedOn == null ? 0 : row.afterSupplement());
    if (paused) {
      return clock(row, a, start, limit, used, null, pausedOn, used == null);
    }
    LocalDate due =
        counted(
            () ->
                pausedOn == null
                    ? days.plus(start, limit)
                    : days.plus(resumedOn, Math.max(0, limit - days.between(start, pausedOn))));
    return clock(row, a, start, limit, used, due, null, used == null || due == null);
  }

  /** What the calendar can count, or null where it does not hold the days needed. */
  private static <T> T counted(Supplier<T> count) {
    try {
      return count.get();
    } catch (OutsideCalendar e) {
      return null;
    }
  }

  private static StatutoryClock clock(
      StatutoryLimit row,
      LicenceApplication a,
      LocalDate start,
      Integer limit,
      Integer used,
      LocalDate due,
      LocalDate pausedSince,
      boolean calendarMissing) {
    Integer left = limit == null || used == null ? null : limit - used;
    Status status;
    if (calendarMissing) {
      status = Status.CALENDAR_MISSING;
    } else if (limit == null) {
      status = Status.NO_LIMIT;
    } else if (pausedSince != null) {
      status = Status.PAUSED;
    } else if (left >= 0) {
      status = Status.RUNNING;
    } else {
      status = row.silenceApproves() ? Status.DEEMED_APPROVED : Status.OVERDUE;
    }
    return new StatutoryClock(
        row.step(),
        row.name(),
        row.basis(),
        row.state(),
        limit,
        row.counting(),
        start,
        used,
        left,
        due,
        pausedSince,
        pausedSince == null ? null : a.supplementDueOn(),
        row.silenceApproves(),
        status);
  }
}
