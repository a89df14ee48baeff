package org.clinbridge.scenes.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as registries write them: {@code 2020-02-15}, {@code 2010-05}, {@code 27/01/2020}, {@code
 * January 25, 2020}, {@code 17 February 2020}, {@code August 2007}, {@code 20200216}. A date given
 * to the month only is read as the first of that month. Anything else is absent, never a failure:
 * an importer reports a missing date, it does not crash on one.
 */
public final class LenientDates {
  private static final List<DateTimeFormatter> DAYS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          pattern("dd/MM/uuuu"),
          pattern("d/M/uuuu"),
          pattern("uuuuMMdd"),
          pattern("MMMM d, uuuu"),
          pattern("MMM d, uuuu"),
          pattern("d MMMM uuuu"),
          pattern("d MMM uuuu"));
  private static final List<DateTimeFormatter> MONTHS =
      List.of(pattern("uuuu-MM"), pattern("MMMM uuuu"), pattern("MMM uuuu"), pattern("MM/uuuu"));

  private LenientDates() {}

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(p)
        .toFormatter(Locale.ENGLISH)
        // 31/02/2020 is no date, not the 29th.
        .withResolverStyle(ResolverStyle.STRICT);
  }

  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      return Optional.empty();
    }
    for (DateTimeFormatter f : DAYS) {
      try {
        return Optional.of(LocalDate.parse(t, f));
      } catch (DateTimeParseException notThis) {
        // try the next format
      }
    }
    for (DateTimeFormatter f : MONTHS) {
      try {
        return Optional.of(YearMonth.parse(t, f).atDay(1));
      } catch (DateTimeParseException notThis) {
        // try the next format
      }
    }
    return Optional.empty();
  }
}
