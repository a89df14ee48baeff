package org.clinbridge.reference.boundary;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.voiding.VoidingView;
import org.clinbridge.reference.entity.CalendarDay;
import org.clinbridge.reference.entity.CalendarDays;
import org.clinbridge.reference.entity.CalendarYear;
import org.clinbridge.reference.entity.OfficeHours;
import org.clinbridge.reference.entity.WorkingHoursSchedule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the working-day calendar's endpoints answer. */
public final class CalendarViews {
  private CalendarViews() {}

  /**
   * One date: whether it is worked, and why. {@code kind} is HOLIDAY or WORKDAY where a notice
   * names the date (with the notice's {@code name} and {@code noticeYear}), else WEEKDAY or
   * WEEKEND.
   */
  @Schema(name = "CalendarDay")
  public record DayView(
      @Schema(example = "2026-02-14") LocalDate date,
      @Schema(example = "SATURDAY") DayOfWeek weekday,
      boolean working,
      @Schema(
              example = "WORKDAY",
              enumeration = {"HOLIDAY", "WORKDAY", "WEEKDAY", "WEEKEND"})
          String kind,
      Bilingual name,
      Integer noticeYear,
      VoidingView voiding) {

    /** A date no live row names, in a held year. */
    static DayView ordinary(LocalDate date, CalendarDays days) {
      return new DayView(
          date,
          date.getDayOfWeek(),
          days.isWorkingDay(date),
          days.isWorkingDay(date) ? "WEEKDAY" : "WEEKEND",
          null,
          null,
          null);
    }

    static DayView of(CalendarDay d) {
      return new DayView(
          d.date(),
          d.date().getDayOfWeek(),
          d.kind() == org.clinbridge.reference.entity.DayKind.WORKDAY,
          d.kind().name(),
          d.name().view(),
          d.noticeYear(),
          VoidingView.of(d.voiding()));
    }
  }

  @Schema(name = "CalendarYear")
  public record YearView(
      int year,
      @Schema(example = "国务院办公厅关于2026年部分节假日安排的通知") String notice,
      LocalDate noticePublished,
      OffsetDateTime loadedAt,
      String loadedBy,
      List<DayView> days) {
    static YearView of(CalendarYear y, List<CalendarDay> days) {
      return new YearView(
          y.year(),
          y.notice(),
          y.noticePublished(),
          y.loadedAt(),
          y.loadedBy(),
          days == null ? null : days.stream().map(DayView::of).toList());
    }
  }

  @Schema(name = "WorkingDaysAdded")
  public record Added(LocalDate from, int add, LocalDate date) {}

  @Schema(name = "WorkingDaysBetween")
  public record Between(LocalDate from, LocalDate to, int workingDays) {}

  @Schema(name = "WorkingTimeElapsed")
  public record Elapsed(Instant from, Instant to, Duration elapsed, long minutes) {}

  @Schema(name = "WorkingTimeEnds")
  public record After(Instant from, Duration work, Instant at) {}

  @Schema(name = "WorkingHours")
  public record HoursView(
      String schedule,
      @Schema(example = "Asia/Shanghai") String zone,
      @Schema(example = "09:00-12:00,13:30-17:30") String periods,
      OffsetDateTime updatedAt,
      String updatedBy) {
    static HoursView of(WorkingHoursSchedule w) {
      OfficeHours h = w.hours();
      return new HoursView(w.schedule(), h.zone().getId(), h.text(), w.updatedAt(), w.updatedBy());
    }
  }
}
