package org.clinbridge.reference.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.clinbridge.reference.control.BundledCalendar;
import org.junit.jupiter.api.Test;

/** Working time on the consultation station's hours, 09:00-12:00 and 13:30-17:30 in Shanghai. */
class OfficeHoursTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  final CalendarDays calendar = BundledCalendar.days();
  final OfficeHours hours = OfficeHours.parse(SHANGHAI, "09:00-12:00,13:30-17:30");

  /** An instant given by its Shanghai wall-clock time. */
  static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
  }

  static Duration h(double hours) {
    return Duration.ofMinutes(Math.round(hours * 60));
  }

  Duration elapsed(Instant from, Instant to, Pause... pauses) {
    return hours.elapsed(calendar, from, to, List.of(pauses));
  }

  Instant after(Instant from, Duration work, Pause... pauses) {
    return hours.instantAfter(calendar, from, work, List.of(pauses));
  }

  @Test
  void acrossTheSpringFestival2026() {
    // Friday 13 February 16:00: 1.5 h that day, 7 h on the worked Saturday 14, nothing on the
    // holiday 15-23, 1 h on Tuesday 24 up to 10:00.
    Instant friday = at(2026, 2, 13, 16, 0);
    assertThat(elapsed(friday, at(2026, 2, 24, 10, 0))).isEqualTo(h(9.5));
    assertThat(elapsed(friday, at(2026, 2, 23, 23, 59))).isEqualTo(h(8.5));
    assertThat(after(friday, h(9.5))).isEqualTo(at(2026, 2, 24, 10, 0));
    assertThat(after(friday, h(8.5)))
        .as("the worked Saturday's end")
        .isEqualTo(at(2026, 2, 14, 17, 30));
    assertThat(after(friday, h(8.5).plusMinutes(1))).isEqualTo(at(2026, 2, 24, 9, 1));
    // The worked Saturday 28 February counts; Sunday 1 March does not.
    assertThat(elapsed(at(2026, 2, 27, 17, 0), at(2026, 3, 2, 9, 30))).isEqualTo(h(8));
    assertThat(after(at(2026, 2, 27, 17, 0), h(1))).isEqualTo(at(2026, 2, 28, 9, 30));
  }

  @Test
  void acrossNationalDay2026() {
    // Sunday 20 September is worked.
    assertThat(elapsed(at(2026, 9, 19, 0, 0), at(2026, 9, 21, 0, 0))).isEqualTo(h(7));
    // Wednesday 30 September 17:00: 0.5 h, 1-7 October off, 8 and 9 October 7 h each, then the
    // worked Saturday 10 October.
    Instant wednesday = at(2026, 9, 30, 17, 0);
    assertThat(elapsed(wednesday, at(2026, 10, 10, 10, 0))).isEqualTo(h(15.5));
    assertThat(after(wednesday, h(14.5))).isEqualTo(at(2026, 10, 9, 17, 30));
    assertThat(after(wednesday, h(15.5))).isEqualTo(at(2026, 10, 10, 10, 0));
    assertThat(after(wednesday, h(21.5))).isEqualTo(at(2026, 10, 10, 17, 30));
    assertThat(after(wednesday, h(22.5))).as("Sunday 11 off").isEqualTo(at(2026, 10, 12, 10, 0));
  }

  @Test
  void aPauseFromFridayAfternoonToMonday() {
    // Thursday 5 March 2026, an ordinary week: 7 h Thursday, Friday 09:00-12:00 and 13:30-15:00,
    // paused until Monday 10:00, then 6 h on Monday.
    Pause pause = new Pause(at(2026, 3, 6, 15, 0), at(2026, 3, 9, 10, 0));
    Instant thursday = at(2026, 3, 5, 9, 0);
    Instant tuesday = at(2026, 3, 10, 9, 0);
    assertThat(elapsed(thursday, tuesday)).isEqualTo(h(21));
    assertThat(elapsed(thursday, tuesday, pause)).isEqualTo(h(17.5));
    assertThat(after(thursday, h(12), pause)).isEqualTo(at(2026, 3, 9, 10, 30));
    // Overlapping pauses count once.
    Pause overlapping = new Pause(at(2026, 3, 6, 16, 0), at(2026, 3, 7, 12, 0));
    assertThat(elapsed(thursday, tuesday, overlapping, pause)).isEqualTo(h(17.5));
    assertThat(after(thursday, h(12), overlapping, pause)).isEqualTo(at(2026, 3, 9, 10, 30));
    // A pause still running stops the clock at its start.
    assertThat(elapsed(thursday, tuesday, Pause.since(at(2026, 3, 6, 15, 0)))).isEqualTo(h(11.5));
    assertThatThrownBy(() -> after(thursday, h(12), Pause.since(at(2026, 3, 6, 15, 0))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void atTheEdgesOfThePeriods() {
    // Monday 2 March 2026.
    assertThat(elapsed(at(2026, 3, 2, 12, 0), at(2026, 3, 2, 13, 30))).isZero();
    assertThat(elapsed(at(2026, 3, 2, 11, 0), at(2026, 3, 2, 13, 30))).isEqualTo(h(1));
    assertThat(elapsed(at(2026, 3, 2, 13, 30), at(2026, 3, 2, 14, 0))).isEqualTo(h(0.5));
    assertThat(after(at(2026, 3, 2, 9, 0), h(3)))
        .as("ends at 12:00, not 13:30")
        .isEqualTo(at(2026, 3, 2, 12, 0));
    assertThat(after(at(2026, 3, 2, 12, 0), Duration.ofMinutes(1)))
        .isEqualTo(at(2026, 3, 2, 13, 31));
    assertThat(after(at(2026, 3, 2, 13, 30), h(4))).isEqualTo(at(2026, 3, 2, 17, 30));
    assertThat(after(at(2026, 3, 2, 12, 0), Duration.ZERO)).isEqualTo(at(2026, 3, 2, 12, 0));
    // Midnight to midnight is the whole working day.
    assertThat(elapsed(at(2026, 3, 2, 0, 0), at(2026, 3, 3, 0, 0))).isEqualTo(h(7));
    assertThat(after(at(2026, 3, 3, 0, 0), h(1))).isEqualTo(at(2026, 3, 3, 10, 0));
    // A request at 17:30 starts counting the next morning.
    assertThat(after(at(2026, 3, 2, 17, 30), h(1))).isEqualTo(at(2026, 3, 3, 10, 0));
    // A request at 03:00 starts counting at 09:00.
    assertThat(elapsed(at(2026, 3, 2, 3, 0), at(2026, 3, 2, 10, 0))).isEqualTo(h(1));
    assertThat(after(at(2026, 3, 2, 3, 0), h(7))).isEqualTo(at(2026, 3, 2, 17, 30));
    assertThat(after(at(2026, 3, 2, 3, 0), h(8))).isEqualTo(at(2026, 3, 3, 10, 0));
    // Backwards is nothing.
    assertThat(elapsed(at(2026, 3, 2, 10, 0), at(2026, 3, 2, 9, 0))).isZero();
  }

  @Test
  void aYearTheCalendarDoesNotHoldHasNoAnswer() {
    assertThatThrownBy(() -> elapsed(at(2026, 12, 31, 9, 0), at(2027, 1, 4, 9, 0)))
        .isInstanceOf(CalendarNotHeld.class);
    assertThatThrownBy(() -> after(at(2026, 12, 31, 9, 0), h(10)))
        .isInstanceOf(CalendarNotHeld.class);
    assertThat(after(at(2026, 12, 31, 9, 0), h(7))).isEqualTo(at(2026, 12, 31, 17, 30));
  }

  @Test
  void readsAndWritesPeriods() {
    assertThat(hours.text()).isEqualTo("09:00-12:00,13:30-17:30");
    assertThat(OfficeHours.parse(SHANGHAI, " 13:30-17:30 , 09:00-12:00 ").text())
        .isEqualTo("09:00-12:00,13:30-17:30");
    for (String bad : List.of("", "9-12", "09:00-12:00,11:00-13:00", "12:00-09:00", "09:00")) {
      assertThatThrownBy(() -> OfficeHours.parse(SHANGHAI, bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
