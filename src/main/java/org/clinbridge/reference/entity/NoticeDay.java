package org.clinbridge.reference.entity;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One date of a notice on public holidays as read from a file or a request, before it is checked.
 * Null for what was missing or unreadable.
 */
public record NoticeDay(LocalDate date, DayKind kind, String nameZh, String nameEn) {
  public static final int NAME_ZH_MAX = 100;
  public static final int NAME_EN_MAX = 200;

  /**
   * What is wrong with row {@code index} (0-based); {@code field} is one of date, kind, name_zh,
   * name_en, and {@code key} names the message in the problems bundle.
   */
  public record Problem(int index, String field, String key, Object... args) {}

  /**
   * Checks the rows of {@code year}'s notice: every field present, names within bounds, each date
   * once, in the year (or in the December before, where a New Year holiday can start), and a
   * WORKDAY only on a Saturday or Sunday, since Monday-Friday is worked anyway.
   */
  public static List<Problem> check(int year, List<NoticeDay> rows) {
    List<Problem> problems = new ArrayList<>();
    Map<LocalDate, Integer> seen = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      NoticeDay row = rows.get(i);
      if (row == null) {
        problems.add(new Problem(i, "date", "calendar.required"));
        continue;
      }
      problems.addAll(row.check(i));
      if (row.date() != null) {
        if (!inNoticeOf(year, row.date())) {
          problems.add(new Problem(i, "date", "calendar.date.other-year", row.date(), year));
        }
        Integer first = seen.putIfAbsent(row.date(), i);
        if (first != null) {
          problems.add(new Problem(i, "date", "calendar.date.repeated", row.date(), first + 1));
        }
      }
    }
    return problems;
  }

  /** The problems of this row alone, as row {@code index}. */
  public List<Problem> check(int index) {
    List<Problem> problems = new ArrayList<>();
    if (date == null) {
      problems.add(new Problem(index, "date", "calendar.required"));
    }
    if (kind == null) {
      problems.add(new Problem(index, "kind", "calendar.required"));
    } else if (kind == DayKind.WORKDAY && date != null && !CalendarDays.weekend(date)) {
      problems.add(new Problem(index, "kind", "calendar.workday.weekday", date));
    }
    name(problems, index, "name_zh", nameZh, NAME_ZH_MAX);
    name(problems, index, "name_en", nameEn, NAME_EN_MAX);
    return problems;
  }

  /** Whether a notice of {@code year} may name {@code date}. */
  public static boolean inNoticeOf(int year, LocalDate date) {
    return date.getYear() == year
        || (date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER);
  }

  private static void name(List<Problem> problems, int index, String field, String v, int max) {
    if (v == null || v.isBlank()) {
      problems.add(new Problem(index, field, "calendar.required"));
    } else if (v.strip().length() > max) {
      problems.add(new Problem(index, field, "calendar.too-long", max));
    }
  }
}
