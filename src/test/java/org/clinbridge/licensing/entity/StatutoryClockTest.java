package org.clinbridge.licensing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinbridge.licensing.entity.StatutoryClock.Status;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.reference.entity.DeviceClass;
import org.junit.jupiter.api.Test;

class StatutoryClockTest {
  static final OffsetDateTime AT = OffsetDateTime.of(2026, 1, 2, 9, 0, 0, 0, ZoneOffset.UTC);
  static final LocalDate PLANNED_ON = LocalDate.of(2026, 1, 2);

  /** The entity's "today" for recording moves: late enough for every date the tests use. */
  static final LocalDate RECORDED = LocalDate.of(2026, 12, 31);

  static final StatutoryLimits LIMITS = limits();
  static final TestWorkingDays DAYS = new TestWorkingDays();

  static StatutoryLimits limits() {
    try (Reader r =
        new InputStreamReader(
            StatutoryClockTest.class.getResourceAsStream("/licensing/statutory-limits.csv"),
            StandardCharsets.UTF_8)) {
      return StatutoryLimits.read(r);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An application and its history as the entity writes it. */
  static final class Walk {
    final LicenceApplication.Planned planned;
    final List<ApplicationEvent> events = new ArrayList<>();

    Walk(ApplicationType type, Route route, DeviceClass c, Origin origin) {
      planned =
          LicenceApplication.plan(
              LicenceApplicationTest.project(),
              type,
              route,
              c,
              origin,
              new BilingualText("心电贴", "ECG patch"),
              route.china() ? null : "DXH",
              LicenceApplicationTest.FOUNDER,
              AT,
              PLANNED_ON);
      events.add(planned.event());
      LicenceApplicationTest.ready(planned.documents());
    }

    static Walk registration(DeviceClass c) {
      return new Walk(ApplicationType.INITIAL_REGISTRATION, Route.NMPA, c, Origin.DOMESTIC);
    }

    LicenceApplication application() {
      return planned.application();
    }

    Walk to(ApplicationState s, LocalDate on) {
      events.add(
          application()
              .moveTo(
                  s,
                  on,
                  s.needsReason() ? "because" : null,
                  null,
                  planned.documents(),
                  LicenceApplicationTest.FOUNDER,
                  AT,
                  RECORDED));
      return this;
    }

    Walk letter(CorrespondenceKind kind, LocalDate on) {
      ApplicationEvent e =
          application().correspond(kind, on, LicenceApplicationTest.FOUNDER, AT, RECORDED);
      if (e != null) {
        events.add(e);
      }
      return this;
    }

    /** Submitted on {@code on}, after preparation the same day. */
    Walk submitted(LocalDate on) {
      return to(ApplicationState.IN_PREPARATION, on).to(ApplicationState.SUBMITTED, on);
    }

    Optional<StatutoryClock> clock(LocalDate today) {
      return StatutoryClock.of(application(), events, LIMITS, DAYS, today);
    }

    StatutoryClock clockOn(LocalDate today) {
      return clock(today).orElseThrow();
    }
  }

  static LocalDate d(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  @Test
  void theAcceptanceDecisionCountsFiveWorkingDaysAcrossTheSpringFestival() {
    // 13 Feb and the make-up Saturday 14 Feb count; 15-23 Feb are off; then 24, 25, 26.
    Walk w = Walk.registration(DeviceClass.II).submitted(d(2, 12));

    StatutoryClock c = w.clockOn(d(2, 13));
    assertThat(c.step()).isEqualTo("acceptance");
    assertThat(c.limit()).isEqualTo(5);
    assertThat(c.startedOn()).isEqualTo(d(2, 12));
    assertThat(c.daysUsed()).isEqualTo(1);
    assertThat(c.daysLeft()).isEqualTo(4);
    assertThat(c.dueOn()).isEqualTo(d(2, 26));
    assertThat(c.status()).isEqualTo(Status.RUNNING);

    assertThat(w.clockOn(d(2, 23)).daysUsed()).as("the holiday does not count").isEqualTo(2);
    assertThat(w.clockOn(d(2, 26)).daysLeft()).as("due today").isZero();
    StatutoryClock late = w.clockOn(d(2, 27));
    assertThat(late.daysLeft()).isEqualTo(-1);
    assertThat(late.status()).isEqualTo(Status.OVERDUE);
  }

  @Test
  void theHandOverCountsTheMakeUpSundayBeforeNationalDay() {
    Walk w =
        Walk.registration(DeviceClass.II)
            .submitted(d(9, 16))
            .to(ApplicationState.ACCEPTED, d(9, 18));
    StatutoryClock c = w.clockOn(d(9, 18));
    assertThat(c.step()).isEqualTo("handover");
    // Sat 19 Sep is off, Sun 20 Sep is worked, then 21 and 22.
    assertThat(c.dueOn()).isEqualTo(d(9, 22));
  }

  @Test
  void aSupplementRequestStopsTheReviewAndTheRemainingDaysResumeAfterTheHoliday() {
    Walk w =
        Walk.registration(DeviceClass.II)
            .submitted(d(1, 5))
            .to(ApplicationState.ACCEPTED, d(1, 8))
            .to(ApplicationState.UNDER_TECHNICAL_REVIEW, d(1, 12));
    StatutoryClock before = w.clockOn(d(2, 6));
    assertThat(before.step()).isEqualTo("technical-review");
    assertThat(before.limit()).isEqualTo(60);
    assertThat(before.dueOn()).isEqualTo(d(4, 13));
    assertThat(before.daysUsed()).as("13 Jan to 6 Feb").isEqualTo(19);

    w.letter(CorrespondenceKind.SUPPLEMENT_REQUEST, d(2, 6));
    StatutoryClock paused = w.clockOn(d(2, 12));
    assertThat(paused.status()).isEqualTo(Status.PAUSED);
    assertThat(paused.pausedSince()).isEqualTo(d(2, 6));
    assertThat(paused.applicantDueOn()).isEqualTo(LocalDate.of(2027, 2, 6));
    assertThat(paused.daysUsed()).as("the applicant's days do not count").isEqualTo(19);
    assertThat(paused.limit()).as("60 more after the supplement").isEqualTo(120);
    assertThat(paused.daysLeft()).isEqualTo(101);
    assertThat(paused.dueOn()).as("no due date while stopped").isNull();

    // The supplement goes in on Friday 13 Feb, just before the Spring Festival.
    w.letter(CorrespondenceKind.SUPPLEMENT, d(2, 13));
    StatutoryClock resumed = w.clockOn(d(2, 27));
    assertThat(resumed.status()).isEqualTo(Status.RUNNING);
    assertThat(resumed.pausedSince()).isNull();
    assertThat(resumed.startedOn()).isEqualTo(d(1, 12));
    // 14 Feb (make-up Saturday), 24, 25, 26, 27 Feb: five more days.
    assertThat(resumed.daysUsed()).isEqualTo(24);
    assertThat(resumed.daysLeft()).isEqualTo(96);
    // The 101 days left count from 13 Feb: the holiday and the paused days are skipped.
    assertThat(resumed.dueOn()).isEqualTo(d(7, 16));
  }

  @Test
  void silenceCountsAsApprovalForAClinicalTrialApproval() {
    Walk w =
        new Walk(
                ApplicationType.CLINICAL_TRIAL_APPROVAL,
                Route.NMPA,
                DeviceClass.III,
                Origin.DOMESTIC)
            .submitted(d(1, 5))
            .to(ApplicationState.ACCEPTED, d(1, 8))
            .to(ApplicationState.UNDER_TECHNICAL_REVIEW, d(1, 12));
    StatutoryClock due = w.clockOn(d(4, 13));
    assertThat(due.silenceApproves()).isTrue();
    assertThat(due.dueOn()).isEqualTo(d(4, 13));
    assertThat(due.status()).isEqualTo(Status.RUNNING);
    assertThat(w.clockOn(d(4, 14)).status()).isEqualTo(Status.DEEMED_APPROVED);
  }

  @Test
  void aHoldKeepsTheAuthoritysClockRunningFromTheStepsStart() {
    Walk w =
        Walk.registration(DeviceClass.III)
            .submitted(d(1, 5))
            .to(ApplicationState.ACCEPTED, d(1, 8))
            .to(ApplicationState.UNDER_TECHNICAL_REVIEW, d(1, 12))
            .to(ApplicationState.ON_HOLD, d(3, 2));
    StatutoryClock held = w.clockOn(d(3, 3));
    assertThat(held.step()).isEqualTo("technical-review");
    assertThat(held.startedOn()).isEqualTo(d(1, 12));
    assertThat(held.dueOn()).isEqualTo(d(5, 27));

    w.to(ApplicationState.UNDER_TECHNICAL_REVIEW, d(3, 9));
    assertThat(w.clockOn(d(3, 9)).startedOn()).as("resuming is no restart").isEqualTo(d(1, 12));
  }

  @Test
  void noClockRunsBeforeSubmissionNorAfterTheDecision() {
    Walk w = Walk.registration(DeviceClass.II);
    assertThat(w.clock(d(1, 5))).isEmpty();
    w.to(ApplicationState.IN_PREPARATION, d(1, 5));
    assertThat(w.clock(d(1, 5))).isEmpty();
    w.to(ApplicationState.SUBMITTED, d(1, 5))
        .to(ApplicationState.ACCEPTED, d(1, 8))
        .to(ApplicationState.UNDER_TECHNICAL_REVIEW, d(1, 12))
        .to(ApplicationState.DECISION_PENDING, d(3, 2));
    assertThat(w.clockOn(d(3, 2)).limit()).isEqualTo(20);
    w.to(ApplicationState.APPROVED, d(3, 20));
    assertThat(w.clock(d(3, 20))).isEmpty();
  }

  @Test
  void aFilingIsRecordedOnTheSpotWithoutALimit() {
    Walk w =
        new Walk(ApplicationType.FILING, Route.NMPA, DeviceClass.I, Origin.DOMESTIC)
            .submitted(d(3, 2));
    StatutoryClock c = w.clockOn(d(3, 4));
    assertThat(c.status()).isEqualTo(Status.NO_LIMIT);
    assertThat(c.limit()).isNull();
    assertThat(c.dueOn()).isNull();
    assertThat(c.daysUsed()).isEqualTo(2);
  }

  @Test
  void theFdaCountsCalendarDaysAndKeepsCountingWhereChinaRests() {
    Walk w =
        new Walk(ApplicationType.INITIAL_REGISTRATION, Route.FDA_510K, null, Origin.IMPORTED)
            .submitted(d(2, 12))
            .to(ApplicationState.ACCEPTED, d(2, 13))
            .to(ApplicationState.UNDER_TECHNICAL_REVIEW, d(2, 13));
    StatutoryClock c = w.clockOn(d(2, 23));
    assertThat(c.counting()).isEqualTo(DayCounting.CALENDAR_DAYS);
    assertThat(c.limit()).isEqualTo(90);
    assertThat(c.daysUsed()).isEqualTo(10);
    assertThat(c.dueOn()).isEqualTo(LocalDate.of(2026, 5, 14));
  }

  @Test
  void aDateTheCalendarDoesNotHoldIsSaidNotGuessed() {
    Walk w =
        Walk.registration(DeviceClass.III)
            .submitted(d(9, 1))
            .to(ApplicationState.ACCEPTED, d(9, 3))
            .to(ApplicationState.UNDER_TECHNICAL_REVIEW, d(9, 7));
    // Ninety working days from 7 Sep 2026 end in 2027, which the calendar does not hold yet.
    StatutoryClock c = w.clockOn(d(9, 8));
    assertThat(c.status()).isEqualTo(Status.CALENDAR_MISSING);
    assertThat(c.dueOn()).isNull();
    assertThat(c.daysUsed()).isEqualTo(1);
    assertThat(c.daysLeft()).isEqualTo(89);
    assertThat(c.limit()).isEqualTo(90);
  }

  @Test
  void aDueDateTheCalendarHoldsIsShownWhenTodayIsInAYearItDoesNotHold() {
    Walk w =
        Walk.registration(DeviceClass.II)
            .submitted(d(1, 5))
            .to(ApplicationState.ACCEPTED, d(1, 8))
            .to(ApplicationState.UNDER_TECHNICAL_REVIEW, d(1, 12));
    StatutoryClock c = w.clockOn(LocalDate.of(2027, 1, 5));
    assertThat(c.status()).isEqualTo(Status.CALENDAR_MISSING);
    assertThat(c.dueOn()).isEqualTo(d(4, 13));
    assertThat(c.daysUsed()).isNull();
    assertThat(c.daysLeft()).isNull();
  }

  /** What the rules give each NMPA step, written out independently of the table. */
  static Integer expectedLimit(ApplicationType t, DeviceClass c, ApplicationState s) {
    boolean filing =
        t == ApplicationType.FILING
            || t == ApplicationType.PRODUCTION_FILING
            || t == ApplicationType.CLINICAL_TRIAL_FILING;
    return switch (s) {
      case SUBMITTED -> filing ? null : 5;
      case ACCEPTED -> filing ? null : 3;
      case UNDER_TECHNICAL_REVIEW ->
          switch (t) {
            case INITIAL_REGISTRATION, CHANGE_REGISTRATION, RENEWAL ->
                c == DeviceClass.III ? 90 : 60;
            case CLINICAL_TRIAL_APPROVAL -> 60;
            case PRODUCTION_LICENCE -> 20;
            default -> null;
          };
      case QMS_INSPECTION -> 30;
      case DECISION_PENDING -> 20;
      default -> throw new IllegalArgumentException(s.name());
    };
  }

  @Test
  void everyTypeAndClassOnTheNmpaRouteHasTheLimitOfEachOfItsSteps() {
    int combinations = 0;
    for (Origin origin : Origin.values()) {
      for (ApplicationType t : ApplicationType.values()) {
        for (DeviceClass c : DeviceClass.values()) {
          try {
            Authority.of(Route.NMPA, t, c, origin);
          } catch (LicenceRouteRefused refused) {
            continue;
          }
          combinations++;
          Walk w = new Walk(t, Route.NMPA, c, origin).submitted(d(3, 2));
          check(w, t, c, ApplicationState.SUBMITTED, d(3, 2));
          w.to(ApplicationState.ACCEPTED, d(3, 3));
          if (t.filing()) {
            check(w, t, c, ApplicationState.ACCEPTED, d(3, 3));
            continue;
          }
          check(w, t, c, ApplicationState.ACCEPTED, d(3, 3));
          w.to(ApplicationState.UNDER_TECHNICAL_REVIEW, d(3, 4));
          check(w, t, c, ApplicationState.UNDER_TECHNICAL_REVIEW, d(3, 4));
          if (t.inspected(c)) {
            w.to(ApplicationState.QMS_INSPECTION, d(3, 5));
            check(w, t, c, ApplicationState.QMS_INSPECTION, d(3, 5));
          }
          w.to(ApplicationState.DECISION_PENDING, d(3, 6));
          check(w, t, c, ApplicationState.DECISION_PENDING, d(3, 6));
        }
      }
    }
    assertThat(combinations)
        .as("type x class x origin combinations the rules allow")
        .isGreaterThan(20);
  }

  private static void check(
      Walk w, ApplicationType t, DeviceClass c, ApplicationState s, LocalDate started) {
    StatutoryClock clock = w.clockOn(started);
    String what = t + " class " + c + " " + s;
    assertThat(clock.state()).as(what).isEqualTo(s);
    assertThat(clock.limit()).as(what).isEqualTo(expectedLimit(t, c, s));
    assertThat(clock.startedOn()).as(what).isEqualTo(started);
    if (clock.limit() != null) {
      assertThat(clock.dueOn()).as(what).isEqualTo(DAYS.plus(started, clock.limit()));
    }
    assertThat(clock.silenceApproves())
        .as(what)
        .isEqualTo(
            t == ApplicationType.CLINICAL_TRIAL_APPROVAL
                && s == ApplicationState.UNDER_TECHNICAL_REVIEW);
  }

  @Test
  void aTableWithTwoRowsForOneCaseOrABadLimitIsRefusedWithItsLine() {
    String header =
        "route,type,class,state,step,limit,after_supplement,counting,silence_approves,name_zh,name_en,basis\n";
    String row = "NMPA,*,*,SUBMITTED,acceptance,5,0,WORKING_DAYS,N,受理,Acceptance,x\n";
    assertThatThrownBy(() -> StatutoryLimits.read(new StringReader(header + row + row)))
        .hasMessageContaining("line 2");
    assertThatThrownBy(
            () -> StatutoryLimits.read(new StringReader(header + row.replace(",5,", ",0,"))))
        .hasMessageContaining("line 1")
        .hasMessageContaining("positive");
    String typeRow = "NMPA,FILING,*,ACCEPTED,a,5,0,WORKING_DAYS,N,a,a,x\n";
    String classRow = "NMPA,*,I,ACCEPTED,b,5,0,WORKING_DAYS,N,b,b,x\n";
    StatutoryLimits ambiguous = StatutoryLimits.read(new StringReader(header + typeRow + classRow));
    assertThatThrownBy(
            () ->
                ambiguous.find(
                    Route.NMPA, ApplicationType.FILING, DeviceClass.I, ApplicationState.ACCEPTED))
        .isInstanceOf(IllegalStateException.class);
  }
}
