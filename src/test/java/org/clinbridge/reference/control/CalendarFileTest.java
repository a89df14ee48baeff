package org.clinbridge.reference.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.clinbridge.reference.entity.DayKind;
import org.clinbridge.reference.entity.NoticeDay;
import org.junit.jupiter.api.Test;

class CalendarFileTest {
  @Test
  void theBundledFileHoldsBothNoticesAndPassesTheRules() {
    CalendarFile.Parsed parsed = CalendarFile.read(BundledCalendar.text());
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.days()).hasSize(72);
    assertThat(parsed.days().stream().filter(d -> d.kind() == DayKind.HOLIDAY)).hasSize(61);
    assertThat(parsed.days().stream().filter(d -> d.kind() == DayKind.WORKDAY)).hasSize(11);
    List<NoticeDay> of2026 =
        parsed.days().stream().filter(d -> d.date().getYear() == 2026).toList();
    assertThat(NoticeDay.check(2026, of2026)).isEmpty();
    assertThat(of2026)
        .contains(
            new NoticeDay(
                LocalDate.of(2026, 2, 14),
                DayKind.WORKDAY,
                "春节调休上班",
                "Spring Festival make-up working day"));
    // The same rows as another year's notice break the year rule on every line.
    assertThat(parsed.problemsAsNoticeOf(2027)).hasSize(72);
  }

  @Test
  void reportsEveryBadLineWithItsNumber() {
    String csv =
        "\uFEFFdate,kind,name_zh,name_en\n"
            + "2027-02-06,HOLIDAY,春节,Spring Festival\n"
            + "2027-02-31,HOLIDAY,春节,Spring Festival\n"
            + "2027-02-08,HOLIDAY,春节,\n"
            + "2027-02-09,DAYOFF,春节,Spring Festival\n"
            + "2027-02-10,WORKDAY,调休,Make-up day\n"
            + "2027-02-06,HOLIDAY,春节,Spring Festival\n"
            + "2026-11-30,HOLIDAY,春节,Spring Festival\n"
            + "2026-12-31,HOLIDAY,元旦,New Year's Day\n"
            + "2027-02-13,WORKDAY,调休,Make-up day,extra\n";
    CalendarFile.Parsed parsed = CalendarFile.read(csv);
    List<String> problems =
        parsed.problemsAsNoticeOf(2027).stream()
            .map(p -> p.line() + " " + p.field() + " " + p.key())
            .toList();
    assertThat(problems)
        .containsExactlyInAnyOrder(
            "3 date calendar.date.format",
            "4 name_en calendar.required",
            "5 kind calendar.kind.unknown",
            "6 kind calendar.workday.weekday",
            "7 date calendar.date.repeated",
            "8 date calendar.date.other-year",
            "10  import.columns");
    assertThat(parsed.problemsAsNoticeOf(2027))
        .filteredOn(p -> p.line() == 7)
        .singleElement()
        .satisfies(p -> assertThat(p.args()).containsExactly(LocalDate.of(2027, 2, 6), 1));
  }

  @Test
  void aFileWithoutTheHeaderOrRowsIsRefused() {
    assertThat(CalendarFile.read("2027-01-01,HOLIDAY,元旦,New Year's Day\n").problems())
        .extracting(CalendarFile.Problem::key)
        .contains("import.column.missing");
    assertThat(CalendarFile.read("date,kind,name_zh,name_en\n").problems())
        .extracting(CalendarFile.Problem::key)
        .containsExactly("import.empty");
  }
}
