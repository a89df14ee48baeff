package org.clinbridge.notifications.control;

import java.time.LocalDate;
import org.clinbridge.reference.entity.CalendarDays;

/**
 * How long before an item falls due a reminder goes out: a number of working days on China's
 * official calendar (deadlines, service work) or of calendar months (certificates that expire in
 * years, whose renewal is planned in months).
 */
public record Lead(int amount, Unit unit) {
  public enum Unit {
    WORKING_DAYS("wd"),
    MONTHS("m"),
    /**
     * Of the area's own working time before an instant (a service level); see DueItem.atInstant.
     */
    WORKING_HOURS("wh");

    private final String code;

    Unit(String code) {
      this.code = code;
    }
  }

  public Lead {
    // 0 is the due day itself: a reminder on the day, for deadlines where that is the last chance.
    if (amount < 0) {
      throw new IllegalArgumentException("a lead time is not negative: " + amount);
    }
  }

  public static Lead workingDays(int n) {
    return new Lead(n, Unit.WORKING_DAYS);
  }

  public static Lead months(int n) {
    return new Lead(n, Unit.MONTHS);
  }

  public static Lead workingHours(int n) {
    return new Lead(n, Unit.WORKING_HOURS);
  }

  /** Part of a reminder's key: {@code 7wd}, {@code 6m}. */
  public String code() {
    return amount + unit.code;
  }

  /**
   * Whether on {@code today} this lead's reminder is due for an item due on {@code due}: at most
   * {@code amount} working days (or months) remain. Throws when the calendar does not hold the
   * dates in between.
   */
  boolean reached(LocalDate today, LocalDate due, CalendarDays days) {
    return switch (unit) {
      case WORKING_DAYS -> days.workingDaysBetween(today, due) <= amount;
      case MONTHS -> !today.isBefore(due.minusMonths(amount));
      case WORKING_HOURS ->
          throw new IllegalArgumentException("working hours count against an instant");
    };
  }

  /** For a deadline at an instant: at most {@code amount} working hours are left. */
  boolean reached(java.time.Duration workingTimeLeft) {
    return unit == Unit.WORKING_HOURS
        && workingTimeLeft.compareTo(java.time.Duration.ofHours(amount)) <= 0;
  }

  /**
   * The last due date whose reminder may be due by {@code today}: an upper bound for the areas'
   * queries. Working days are at most 7/5 calendar days plus the longest holiday run (9 days).
   */
  LocalDate horizon(LocalDate today) {
    return switch (unit) {
      case WORKING_DAYS -> today.plusDays(amount * 7L / 5 + 2 + 10);
      case MONTHS -> today.plusMonths(amount);
      // A few working hours never span more than the longest holiday run and a weekend.
      case WORKING_HOURS -> today.plusDays(amount / 7 + 12);
    };
  }
}
