package org.clinbridge.consultation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.reference.control.BundledCalendar;
import org.clinbridge.reference.entity.CalendarDays;
import org.clinbridge.reference.entity.OfficeHours;
import org.junit.jupiter.api.Test;

/** The consultation's lifecycle and its clocks on the station's hours and the 2026 calendar. */
class ConsultationTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Duration EIGHT_HOURS = Duration.ofHours(8);
  final CalendarDays calendar = BundledCalendar.days();
  final OfficeHours hours = OfficeHours.parse(SHANGHAI, "09:00-12:00,13:30-17:30");

  static OffsetDateTime at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute)
        .atZone(SHANGHAI)
        .toOffsetDateTime()
        .withOffsetSameInstant(ZoneOffset.UTC);
  }

  static Consultation asked(OffsetDateTime at) {
    Organisation org =
        new Organisation(
            OrganisationKind.START_UP,
            new BilingualText("心擎医疗", "HeartEngine"),
            "91500106MA5U8G7X26",
            at);
    return new Consultation(org, "founder", null, Topic.CLASSIFICATION, "分类界定", "心电贴属于几类？", at);
  }

  ServiceClock firstResponse(Consultation c, OffsetDateTime now) {
    return ServiceClock.of(
        hours,
        calendar,
        c.created(),
        c.firstResponseAt() == null ? null : c.firstResponseAt().toInstant(),
        EIGHT_HOURS,
        c.clockPauses(),
        now.toInstant());
  }

  ServiceClock resolution(Consultation c, OffsetDateTime now) {
    return ServiceClock.of(
        hours,
        calendar,
        c.created(),
        c.resolvedAt() == null ? null : c.resolvedAt().toInstant(),
        Duration.ofHours(35),
        c.clockPauses(),
        now.toInstant());
  }

  @Test
  void askedBeforeTheSpringFestivalIsDueOnTheWorkedSaturday() {
    // Friday 13 February 16:00: 1.5 h that day, then 6.5 h of the worked Saturday 14.
    Consultation c = asked(at(2, 13, 16, 0));
    ServiceClock clock = firstResponse(c, at(2, 14, 10, 0));
    assertThat(clock.state()).isEqualTo(ServiceClock.State.RUNNING);
    assertThat(clock.due()).isEqualTo(at(2, 14, 17, 0).toInstant());
    assertThat(clock.elapsed()).isEqualTo(Duration.ofMinutes(150));
    assertThat(clock.left()).isEqualTo(Duration.ofMinutes(330));
    // Seen during the holiday: breached at Saturday 17:00, not counting the Festival.
    ServiceClock late = firstResponse(c, at(2, 20, 12, 0));
    assertThat(late.state()).isEqualTo(ServiceClock.State.BREACHED);
    assertThat(late.breachedAt()).isEqualTo(at(2, 14, 17, 0).toInstant());
  }

  @Test
  void aBreachIsRecordedOnceWithTheInstantItHappened() {
    Consultation c = asked(at(2, 13, 16, 0));
    assertThat(
            c.recordBreaches(
                firstResponse(c, at(2, 24, 9, 30)), resolution(c, at(2, 24, 9, 30)), null))
        .isTrue();
    assertThat(c.firstResponseBreachedAt()).isEqualTo(at(2, 14, 17, 0));
    assertThat(c.resolutionBreachedAt()).isNull();
    assertThat(
            c.recordBreaches(
                firstResponse(c, at(3, 2, 9, 30)), resolution(c, at(2, 24, 10, 0)), null))
        .as("nothing new")
        .isFalse();
    assertThat(c.firstResponseBreachedAt()).isEqualTo(at(2, 14, 17, 0));
  }

  @Test
  void aPauseOverTheWeekendKeepsTheClock() {
    // Thursday 5 March 09:00; the station asks for documents on Friday 6 at 15:00 (after 11.5 h of
    // the 35 h resolution level); the asker answers on Monday 9 at 09:00.
    Consultation c = asked(at(3, 5, 9, 0));
    c.requestFromAsker("consultant", "请提供产品技术要求", at(3, 6, 15, 0));
    assertThat(c.status()).isEqualTo(ConsultationStatus.PENDING_CUSTOMER);
    ServiceClock paused = resolution(c, at(3, 9, 8, 0));
    assertThat(paused.state()).isEqualTo(ServiceClock.State.PAUSED);
    assertThat(paused.elapsed()).isEqualTo(Duration.ofMinutes(690));
    assertThat(paused.due()).as("unknown while paused").isNull();
    c.askerWrites("founder", "已上传", at(3, 9, 9, 0));
    assertThat(c.status()).isEqualTo(ConsultationStatus.OPEN);
    assertThat(c.paused()).isFalse();
    ServiceClock resumed = resolution(c, at(3, 9, 10, 0));
    assertThat(resumed.elapsed()).isEqualTo(Duration.ofMinutes(690 + 60));
    // 23.5 h left from Monday 09:00: Monday 7, Tuesday 7, Wednesday 7, Thursday 2.5 -> 11:30.
    assertThat(resumed.due()).isEqualTo(at(3, 12, 11, 30).toInstant());
    // The first response was the request itself, 11.5 h in: 8 h were up on Friday at 10:00.
    ServiceClock first = firstResponse(c, at(3, 9, 10, 0));
    assertThat(first.state()).isEqualTo(ServiceClock.State.BREACHED);
    assertThat(first.elapsed()).isEqualTo(Duration.ofMinutes(690));
    assertThat(first.breachedAt()).isEqualTo(at(3, 6, 10, 0).toInstant());
  }

  @Test
  void aDateOfAYearNotHeldIsNotCounted() {
    Consultation c = asked(at(12, 31, 17, 0));
    ServiceClock clock =
        ServiceClock.of(
            hours,
            calendar,
            c.created(),
            null,
            EIGHT_HOURS,
            c.clockPauses(),
            at(12, 31, 17, 0).plusDays(2).toInstant());
    assertThat(clock.state()).isEqualTo(ServiceClock.State.NOT_COUNTED);
  }

  @Test
  void theLifecycle() {
    Consultation c = asked(at(3, 5, 9, 0));
    assertThat(c.status()).isEqualTo(ConsultationStatus.NEW);
    c.note("consultant", "可能属于 07-03", at(3, 5, 9, 10));
    assertThat(c.status()).as("a note is no answer").isEqualTo(ConsultationStatus.NEW);
    assertThat(c.firstResponseAt()).isNull();
    c.answer("consultant", "请说明预期用途", at(3, 5, 10, 0));
    assertThat(c.status()).isEqualTo(ConsultationStatus.OPEN);
    assertThat(c.assignee()).isEqualTo("consultant");
    assertThat(c.firstResponseAt()).isEqualTo(at(3, 5, 10, 0));
    c.askerWrites("founder", "用于院外监测", at(3, 5, 11, 0));
    assertThat(c.status()).isEqualTo(ConsultationStatus.OPEN);
    assertThatThrownBy(() -> c.rate(5, null, at(3, 5, 11, 0)))
        .isInstanceOf(ConsultationConflict.class);
    c.resolve("consultant", "属于第二类", at(3, 5, 14, 0));
    assertThat(c.status()).isEqualTo(ConsultationStatus.RESOLVED);
    assertThat(c.resolvedAt()).isEqualTo(at(3, 5, 14, 0));
    assertThatThrownBy(() -> c.askerWrites("founder", "谢谢", at(3, 5, 15, 0)))
        .isInstanceOf(ConsultationConflict.class)
        .extracting(e -> ((ProblemException) e).status())
        .isEqualTo(409);
    c.reopen("founder", "还需确认分类编码", at(3, 5, 15, 0));
    assertThat(c.status()).isEqualTo(ConsultationStatus.REOPENED);
    assertThat(c.resolvedAt()).isNull();
    c.resolve("consultant", "07-03-03", at(3, 5, 16, 0));
    assertThatThrownBy(() -> c.rate(6, null, at(3, 5, 16, 30)))
        .isInstanceOf(ConsultationRuleViolation.class);
    c.rate(4, "清楚", at(3, 5, 16, 30));
    assertThat(c.rating()).isEqualTo(4);
    assertThatThrownBy(() -> c.rate(5, null, at(3, 5, 16, 40)))
        .as("once")
        .isInstanceOf(ConsultationConflict.class);
    assertThat(c.messages()).hasSize(6);
    assertThat(c.messages().get(0).internal()).isTrue();
  }

  @Test
  void illegalMovesNameTheRule() {
    Consultation c = asked(at(3, 5, 9, 0));
    assertThatThrownBy(() -> c.reopen("founder", "?", at(3, 5, 9, 5)))
        .isInstanceOf(ConsultationConflict.class)
        .extracting(e -> ((ProblemException) e).slug())
        .isEqualTo("consultation-transition");
    c.requestFromAsker("consultant", "请提供说明书", at(3, 5, 9, 30));
    assertThatThrownBy(() -> c.requestFromAsker("consultant", "再次", at(3, 5, 9, 40)))
        .isInstanceOf(ConsultationConflict.class);
    assertThatThrownBy(() -> c.answer("consultant", " ", at(3, 5, 9, 40)))
        .isInstanceOf(ConsultationRuleViolation.class);
  }
}
