package org.clinbridge.scenes.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application window as people on the pages think of it: whole days in the district's time
 * zone, the last one included. The API keeps instants in UTC with the closing one exclusive, so
 * "open from 1 to 31 December" in Chongqing is [30 November 16:00 UTC, 31 December 16:00 UTC).
 */
final class WindowDays {
  private WindowDays() {}

  /** The instant the window opens: the start of {@code firstDay} in {@code zone}. */
  static OffsetDateTime opensAt(LocalDate firstDay, ZoneId zone) {
    return firstDay == null
        ? null
        : firstDay.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** The instant the window closes (exclusive): the end of {@code lastDay} in {@code zone}. */
  static OffsetDateTime closesAt(LocalDate lastDay, ZoneId zone) {
    return lastDay == null ? null : opensAt(lastDay.plusDays(1), zone);
  }

  /** The day in {@code zone} on which a window opening at {@code opensAt} starts. */
  static LocalDate firstDay(OffsetDateTime opensAt, ZoneId zone) {
    return opensAt == null ? null : opensAt.atZoneSameInstant(zone).toLocalDate();
  }

  /** The last day in {@code zone} that a window closing at {@code closesAt} still takes in. */
  static LocalDate lastDay(OffsetDateTime closesAt, ZoneId zone) {
    return closesAt == null ? null : closesAt.minusNanos(1).atZoneSameInstant(zone).toLocalDate();
  }
}
