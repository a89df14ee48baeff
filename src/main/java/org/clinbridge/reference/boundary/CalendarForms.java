package org.clinbridge.reference.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.reference.control.CalendarFile;
import org.clinbridge.reference.entity.CalendarYear;
import org.clinbridge.reference.entity.DayKind;
import org.clinbridge.reference.entity.NoticeDay;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What administrators send to change the working-day calendar. */
public final class CalendarForms {
  private CalendarForms() {}

  /** One date of a notice: HOLIDAY (a day off) or WORKDAY (a Saturday or Sunday worked). */
  @Schema(name = "CalendarDayForm")
  public record DayForm(
      @Schema(example = "2027-02-06") @NotNull LocalDate date,
      @Schema(example = "HOLIDAY") @NotNull DayKind kind,
      @NotNull @Valid Bilingual name) {
    NoticeDay row() {
      return new NoticeDay(date, kind, name.zh(), name.en());
    }
  }

  /** A year's notice on public holidays with every date it names. */
  @Schema(name = "CalendarNoticeForm")
  public record NoticeForm(
      @Schema(example = "2027") @NotNull @Min(CalendarYear.FIRST) @Max(CalendarYear.LAST)
          Integer year,
      @Schema(example = "国务院办公厅关于2027年部分节假日安排的通知") @NotBlank @Size(max = CalendarYear.NOTICE_MAX)
          String notice,
      @Schema(example = "2026-11-10") LocalDate noticePublished,
      @NotNull @Size(min = 1, max = CalendarFile.MAX_ROWS) List<@NotNull @Valid DayForm> days) {}

  /** A correction of a date's kind and name. */
  @Schema(name = "CalendarDayCorrection")
  public record Correction(@NotNull DayKind kind, @NotNull @Valid Bilingual name) {}

  @Schema(name = "WorkingHoursForm")
  public record HoursForm(
      @Schema(example = "Asia/Shanghai") @NotBlank String zone,
      @Schema(example = "09:00-12:00,13:30-17:30") @NotBlank @Size(max = 200) String periods) {}
}
