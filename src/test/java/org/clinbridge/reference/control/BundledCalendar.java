package org.clinbridge.reference.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinbridge.reference.entity.CalendarDays;
import org.clinbridge.reference.entity.DayKind;
import org.clinbridge.reference.entity.NoticeDay;

/** The bundled 2025-2026 calendar, read as the first start reads it, for plain unit tests. */
public final class BundledCalendar {
  private BundledCalendar() {}

  public static CalendarDays days() {
    Map<LocalDate, DayKind> exceptions = new HashMap<>();
    Map<Integer, List<NoticeDay>> notices = CalendarNotices.bundledNotices(text());
    notices.values().forEach(days -> days.forEach(d -> exceptions.put(d.date(), d.kind())));
    return new CalendarDays(notices.keySet(), exceptions);
  }

  static String text() {
    try (InputStream in =
        BundledCalendar.class.getClassLoader().getResourceAsStream(CalendarNotices.BUNDLED)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
