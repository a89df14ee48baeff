package org.clinbridge.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.reference.control.BundledCalendar;
import org.clinbridge.reference.entity.CalendarDays;
import org.clinbridge.reference.entity.CalendarNotHeld;
import org.junit.jupiter.api.Test;

/** Which reminder an item is due for, on the bundled official calendar (2025 and 2026). */
class RemindersTest {
  private static final CalendarDays DAYS = BundledCalendar.days();
  private static final Organisation START_UP =
      new Organisation(
          OrganisationKind.START_UP,
          new BilingualText("初创", "Start-up"),
          "91500106MA5U8G7X26",
          OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
  private static final List<Lead> DAYS_30_7_1 =
      List.of(Lead.workingDays(30), Lead.workingDays(7), Lead.workingDays(1));

  private static DueItem item(LocalDate due, List<Lead> leads, boolean overdue) {
    return DueItem.of(
        "milestone:m1",
        "milestone",
        START_UP,
        due,
        new BilingualText("里程碑", "Milestone"),
        "/api/x",
        leads,
        overdue);
  }

  private static Optional<String> key(LocalDate today, DueItem item) {
    return Reminders.due(item, today, DAYS).map(Reminders.Reminder::key);
  }

  @Test
  void sevenWorkingDaysBeforeTheDueDateTheSevenDayReminderIsDue() {
    // 2026-03-02 (Mon) + 7 working days = 2026-03-11 (Wed).
    Reminders.Reminder r =
        Reminders.due(
                item(LocalDate.of(2026, 3, 11), DAYS_30_7_1, true), LocalDate.of(2026, 3, 2), DAYS)
            .orElseThrow();
    assertThat(r.key()).isEqualTo("milestone:m1:7wd");
    assertThat(r.workingDays()).isEqualTo(7);
    assertThat(r.overdue()).isFalse();
  }

  @Test
  void eightWorkingDaysBeforeOnlyTheThirtyDayReminderIsDue() {
    assertThat(key(LocalDate.of(2026, 2, 27), item(LocalDate.of(2026, 3, 11), DAYS_30_7_1, true)))
        .contains("milestone:m1:30wd");
  }

  @Test
  void anItemDeclaredLateGetsTheNearestLeadReachedNotEveryOne() {
    // Three working days before: the 7-day reminder, not the 30-day one as well.
    assertThat(key(LocalDate.of(2026, 3, 6), item(LocalDate.of(2026, 3, 11), DAYS_30_7_1, true)))
        .contains("milestone:m1:7wd");
    // One working day before, and on the day itself: the 1-day reminder (sent once: same key).
    assertThat(key(LocalDate.of(2026, 3, 10), item(LocalDate.of(2026, 3, 11), DAYS_30_7_1, true)))
        .contains("milestone:m1:1wd");
    Reminders.Reminder onTheDay =
        Reminders.due(
                item(LocalDate.of(2026, 3, 11), DAYS_30_7_1, true), LocalDate.of(2026, 3, 11), DAYS)
            .orElseThrow();
    assertThat(onTheDay.key()).isEqualTo("milestone:m1:1wd");
    assertThat(onTheDay.workingDays()).isZero();
  }

  @Test
  void farAheadNothingIsDue() {
    assertThat(key(LocalDate.of(2026, 1, 5), item(LocalDate.of(2026, 6, 30), DAYS_30_7_1, true)))
        .isEmpty();
  }

  @Test
  void theSpringFestivalDoesNotCountAsWorkingDays() {
    // Due 2026-02-26: from 2026-02-12 that is 5 working days (13, the worked 14th, 24, 25, 26),
    // though 14 calendar days; the 7-day reminder is due already on the 12th.
    Reminders.Reminder r =
        Reminders.due(
                item(LocalDate.of(2026, 2, 26), DAYS_30_7_1, true), LocalDate.of(2026, 2, 12), DAYS)
            .orElseThrow();
    assertThat(r.key()).isEqualTo("milestone:m1:7wd");
    assertThat(r.workingDays()).isEqualTo(5);
    // The worked Saturday 2026-02-28 counts: from Friday 27th, due Monday 2 March is 2 days away.
    assertThat(
            Reminders.due(
                    item(LocalDate.of(2026, 3, 2), DAYS_30_7_1, true),
                    LocalDate.of(2026, 2, 27),
                    DAYS)
                .orElseThrow()
                .workingDays())
        .isEqualTo(2);
  }

  @Test
  void afterTheDueDateTheOverdueReminderIsDueWithinItsWindowOnly() {
    DueItem milestone = item(LocalDate.of(2026, 3, 11), DAYS_30_7_1, true);
    Reminders.Reminder r = Reminders.due(milestone, LocalDate.of(2026, 3, 13), DAYS).orElseThrow();
    assertThat(r.key()).isEqualTo("milestone:m1:overdue");
    assertThat(r.overdue()).isTrue();
    assertThat(r.workingDays()).isEqualTo(2);
    assertThat(
            key(LocalDate.of(2026, 3, 11).plusDays(Reminders.OVERDUE_WINDOW_DAYS + 1), milestone))
        .isEmpty();
    assertThat(key(LocalDate.of(2026, 3, 13), item(LocalDate.of(2026, 3, 11), DAYS_30_7_1, false)))
        .as("an item without overdue reminders")
        .isEmpty();
  }

  @Test
  void monthLeadsCountCalendarMonthsAndZeroIsTheDayItself() {
    List<Lead> renewal = List.of(Lead.months(12), Lead.months(6), Lead.months(1), Lead.months(0));
    DueItem lastDayToApply = item(LocalDate.of(2027, 6, 30), renewal, true);
    assertThat(key(LocalDate.of(2026, 6, 29), lastDayToApply)).isEmpty();
    assertThat(key(LocalDate.of(2026, 6, 30), lastDayToApply)).contains("milestone:m1:12m");
    assertThat(key(LocalDate.of(2026, 12, 30), lastDayToApply)).contains("milestone:m1:6m");
    // Beyond the calendar's years the reminder still goes, without a working-day count.
    Reminders.Reminder r =
        Reminders.due(lastDayToApply, LocalDate.of(2026, 12, 30), DAYS).orElseThrow();
    assertThat(r.workingDays()).isNull();
  }

  @Test
  void workingDayLeadsBeyondTheCalendarAreNotGuessed() {
    assertThatThrownBy(
            () ->
                Reminders.due(
                    item(LocalDate.of(2027, 1, 20), DAYS_30_7_1, true),
                    LocalDate.of(2026, 12, 28),
                    DAYS))
        .isInstanceOf(CalendarNotHeld.class);
  }

  @Test
  void theQueryHorizonCoversEveryLeadEvenAcrossTheLongestHoliday() {
    LocalDate today = LocalDate.of(2026, 2, 12);
    LocalDate horizon = Reminders.horizon(today, DAYS_30_7_1);
    // 30 working days from the 12th, over the Spring Festival, fall before the horizon.
    assertThat(DAYS.addWorkingDays(today, 30)).isBefore(horizon.plusDays(1));
    assertThat(Reminders.horizon(today, List.of(Lead.months(12)))).isEqualTo(today.plusMonths(12));
  }

  private static DueItem serviceLevel(java.time.Duration left) {
    return DueItem.atInstant(
        "consultation-first-response:c1",
        "consultation-first-response",
        START_UP,
        null,
        java.time.Instant.parse("2026-03-02T09:00:00Z"),
        LocalDate.of(2026, 3, 2),
        left,
        new BilingualText("首次答复", "First response"),
        "/api/consultations/c1",
        List.of(Lead.workingHours(1)));
  }

  @Test
  void aServiceLevelWarnsOneWorkingHourBeforeAndOnceBreached() {
    LocalDate today = LocalDate.of(2026, 3, 2);
    assertThat(key(today, serviceLevel(java.time.Duration.ofMinutes(90)))).isEmpty();
    assertThat(key(today, serviceLevel(java.time.Duration.ofMinutes(50))))
        .contains("consultation-first-response:c1:1wh");
    assertThat(key(today, serviceLevel(java.time.Duration.ZERO)))
        .contains("consultation-first-response:c1:1wh");
    Reminders.Reminder breached =
        Reminders.due(serviceLevel(java.time.Duration.ofMinutes(-5)), today, DAYS).orElseThrow();
    assertThat(breached.key()).isEqualTo("consultation-first-response:c1:overdue");
    assertThat(breached.overdue()).isTrue();
    assertThat(
            key(
                today.plusDays(Reminders.OVERDUE_WINDOW_DAYS + 1),
                serviceLevel(java.time.Duration.ofMinutes(-5))))
        .as("long past: no flood of old breaches")
        .isEmpty();
  }

  @Test
  void aNegativeLeadIsRefused() {
    assertThatThrownBy(() -> Lead.workingDays(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Lead.workingDays(7).code()).isEqualTo("7wd");
    assertThat(Lead.months(18).code()).isEqualTo("18m");
    assertThat(Lead.workingHours(1).code()).isEqualTo("1wh");
  }
}
