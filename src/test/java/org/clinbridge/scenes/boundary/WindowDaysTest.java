package org.clinbridge.scenes.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WindowDaysTest {
  private static final ZoneId CHONGQING = ZoneId.of("Asia/Shanghai");

  @Test
  void wholeDaysInTheDistrictBecomeAHalfOpenUtcWindow() {
    LocalDate first = LocalDate.parse("2026-12-01");
    LocalDate last = LocalDate.parse("2026-12-31");
    assertThat(WindowDays.opensAt(first, CHONGQING))
        .isEqualTo(OffsetDateTime.parse("2026-11-30T16:00Z"));
    assertThat(WindowDays.closesAt(last, CHONGQING))
        .isEqualTo(OffsetDateTime.parse("2026-12-31T16:00Z"));
  }

  @Test
  void instantsReadBackAsTheSameDays() {
    OffsetDateTime opens = OffsetDateTime.parse("2026-11-30T16:00Z");
    OffsetDateTime closes = OffsetDateTime.parse("2026-12-31T16:00Z");
    assertThat(WindowDays.firstDay(opens, CHONGQING)).isEqualTo(LocalDate.parse("2026-12-01"));
    assertThat(WindowDays.lastDay(closes, CHONGQING)).isEqualTo(LocalDate.parse("2026-12-31"));
  }

  @Test
  void aClosingInstantInsideADayKeepsThatDayAsTheLast() {
    // 10:00 in Chongqing on 5 January: applications are still taken that morning.
    OffsetDateTime closes = OffsetDateTime.parse("2027-01-05T02:00Z");
    assertThat(WindowDays.lastDay(closes, CHONGQING)).isEqualTo(LocalDate.parse("2027-01-05"));
  }

  @Test
  void noDayNoInstant() {
    assertThat(WindowDays.opensAt(null, CHONGQING)).isNull();
    assertThat(WindowDays.closesAt(null, CHONGQING)).isNull();
    assertThat(WindowDays.firstDay(null, CHONGQING)).isNull();
    assertThat(WindowDays.lastDay(null, CHONGQING)).isNull();
  }
}
