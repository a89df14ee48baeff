package org.clinbridge.licensing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.licensing.entity.Pathway.DatedStep;
import org.clinbridge.licensing.entity.Pathway.Progress;
import org.clinbridge.licensing.entity.Pathway.Question;
import org.clinbridge.licensing.entity.Pathway.Step;
import org.clinbridge.reference.entity.DeviceClass;
import org.junit.jupiter.api.Test;

class PathwayTest {
  static final StatutoryLimits LIMITS = StatutoryClockTest.LIMITS;
  static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

  static List<Step> plan(DeviceClass c, Origin o, ClinicalEvaluationPath e, boolean innovative) {
    return Pathway.plan(new Question(c, "07", Route.NMPA, o, e, innovative), LIMITS);
  }

  static List<String> keys(List<Step> steps) {
    return steps.stream().map(Step::key).toList();
  }

  static Step step(List<Step> steps, String key) {
    return steps.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void aDomesticClassTwoDeviceIsTestedEvaluatedRegisteredWithTheProvinceThenLicensedToProduce() {
    List<Step> steps = plan(DeviceClass.II, Origin.DOMESTIC, null, false);
    assertThat(keys(steps))
        .containsExactly(
            "type-testing",
            "evaluation-equivalence",
            "initial-registration",
            "production-licence",
            "business-filing");
    Step registration = step(steps, "initial-registration");
    assertThat(registration.authority()).isEqualTo(Authority.PROVINCE);
    assertThat(registration.stages())
        .extracting(Pathway.Stage::limit)
        .containsExactly(5, 3, 60, 20);
    assertThat(registration.legalDays()).isEqualTo(88);
    assertThat(registration.documents()).contains(DocumentKind.TYPE_TEST_REPORT);
    Step production = step(steps, "production-licence");
    assertThat(production.authority()).isEqualTo(Authority.PROVINCE);
    assertThat(production.stages())
        .extracting(Pathway.Stage::state)
        .contains(ApplicationState.QMS_INSPECTION);
    assertThat(production.legalDays()).isEqualTo(78);
  }

  @Test
  void stepsNotStartedAreDatedFromTodayEachFromTheLegalEndOfTheOneBefore() {
    List<DatedStep> dated =
        Pathway.date(
            plan(DeviceClass.II, Origin.DOMESTIC, null, false),
            Map.of(),
            new TestWorkingDays(),
            JAN_5);
    assertThat(dated)
        .extracting(DatedStep::progress)
        .containsExactly(
            Progress.NEXT, Progress.LATER, Progress.LATER, Progress.LATER, Progress.LATER);
    assertThat(dated.get(0).legalLatestOn())
        .as("the start-up's own work has no legal end")
        .isNull();
    assertThat(dated.get(2).from()).isEqualTo(JAN_5);
    assertThat(dated.get(2).legalLatestOn()).isEqualTo(LocalDate.of(2026, 5, 18));
    assertThat(dated.get(3).from()).isEqualTo(LocalDate.of(2026, 5, 18));
    assertThat(dated.get(3).legalLatestOn()).isEqualTo(LocalDate.of(2026, 9, 4));
  }

  @Test
  void aClassThreeTrialAddsTheTrialsFilingAndApprovalAndTheNmpaInspects() {
    List<Step> steps =
        plan(DeviceClass.III, Origin.DOMESTIC, ClinicalEvaluationPath.CLINICAL_TRIAL, true);
    assertThat(keys(steps))
        .containsExactly(
            "type-testing",
            "evaluation-clinical-trial",
            "clinical-trial-filing",
            "clinical-trial-approval",
            "innovative-review",
            "initial-registration",
            "production-licence",
            "business-licence");
    assertThat(step(steps, "clinical-trial-approval").optional()).isTrue();
    assertThat(step(steps, "clinical-trial-approval").stages())
        .anyMatch(Pathway.Stage::silenceApproves);
    assertThat(step(steps, "innovative-review").optional()).isTrue();
    Step registration = step(steps, "initial-registration");
    assertThat(registration.authority()).isEqualTo(Authority.NMPA);
    assertThat(registration.legalDays()).isEqualTo(5 + 3 + 90 + 30 + 20);

    List<DatedStep> dated = Pathway.date(steps, Map.of(), new TestWorkingDays(), JAN_5);
    DatedStep reg = dated.get(5);
    assertThat(reg.from()).as("optional steps are not assumed taken").isEqualTo(JAN_5);
    assertThat(reg.legalLatestOn()).isEqualTo(LocalDate.of(2026, 8, 11));
    assertThat(dated.get(6).legalLatestOn()).isEqualTo(LocalDate.of(2026, 12, 3));
  }

  @Test
  void aClassOneDeviceIsFiledWithTheCityOnTheSpotAndNeverTakesTheInnovativeChannel() {
    List<Step> steps = plan(DeviceClass.I, Origin.DOMESTIC, null, true);
    assertThat(keys(steps))
        .containsExactly(
            "self-testing", "evaluation-exemption-catalogue", "filing", "production-filing");
    assertThat(step(steps, "filing").authority()).isEqualTo(Authority.CITY);
    assertThat(step(steps, "filing").legalDays()).isNull();
    List<DatedStep> dated = Pathway.date(steps, Map.of(), new TestWorkingDays(), JAN_5);
    assertThat(dated.get(3).from()).as("a filing takes no days").isEqualTo(JAN_5);
  }

  @Test
  void anImportedDeviceIsRegisteredWithTheNmpaAndMadeAbroad() {
    List<Step> steps = plan(DeviceClass.II, Origin.IMPORTED, null, false);
    assertThat(step(steps, "initial-registration").authority()).isEqualTo(Authority.NMPA);
    assertThat(keys(steps)).doesNotContain("production-licence");
  }

  @Test
  void theFdaRouteIsTheSubmissionInFdaDays() {
    List<Step> steps =
        Pathway.plan(
            new Question(null, null, Route.FDA_510K, Origin.IMPORTED, null, false), LIMITS);
    assertThat(keys(steps)).containsExactly("fda-evidence", "initial-registration");
    assertThat(steps.get(1).authority()).isEqualTo(Authority.FDA);
    assertThat(steps.get(1).legalDays()).isEqualTo(15 + 90);
    assertThat(Pathway.date(steps, Map.of(), new TestWorkingDays(), JAN_5).get(1).legalLatestOn())
        .isEqualTo(LocalDate.of(2026, 4, 20));
  }

  @Test
  void anApplicationUnderWayIsDatedFromItsClockAndAStoppedClockLeavesTheRestUndated() {
    var walk =
        StatutoryClockTest.Walk.registration(DeviceClass.II)
            .submitted(LocalDate.of(2026, 1, 5))
            .to(ApplicationState.ACCEPTED, LocalDate.of(2026, 1, 8))
            .to(ApplicationState.UNDER_TECHNICAL_REVIEW, LocalDate.of(2026, 1, 12));
    LocalDate today = LocalDate.of(2026, 2, 2);
    List<Step> steps = plan(DeviceClass.II, Origin.DOMESTIC, null, false);
    UUID id = walk.application().publicId();

    var running =
        Pathway.date(
            steps,
            Map.of(
                ApplicationType.INITIAL_REGISTRATION,
                new Pathway.Existing(id, walk.application().state(), walk.clockOn(today))),
            new TestWorkingDays(),
            today);
    assertThat(running.get(2).progress()).isEqualTo(Progress.IN_PROGRESS);
    assertThat(running.get(2).from()).isEqualTo(LocalDate.of(2026, 1, 12));
    // The review is due 13 April; the decision's 20 days follow.
    assertThat(running.get(2).legalLatestOn()).isEqualTo(LocalDate.of(2026, 5, 13));
    assertThat(running.get(3).legalLatestOn()).isEqualTo(LocalDate.of(2026, 9, 1));

    walk.letter(CorrespondenceKind.SUPPLEMENT_REQUEST, LocalDate.of(2026, 2, 6));
    var paused =
        Pathway.date(
            steps,
            Map.of(
                ApplicationType.INITIAL_REGISTRATION,
                new Pathway.Existing(
                    id, walk.application().state(), walk.clockOn(LocalDate.of(2026, 2, 9)))),
            new TestWorkingDays(),
            LocalDate.of(2026, 2, 9));
    assertThat(paused.get(2).progress()).isEqualTo(Progress.PAUSED);
    assertThat(paused.get(2).legalLatestOn()).isNull();
    assertThat(paused.get(3).from()).as("the dates move when the clock stops").isNull();
    assertThat(paused.get(3).legalLatestOn()).isNull();
  }

  @Test
  void anApprovedStepIsDoneAndWhatComesNextMovesOn() {
    List<Step> steps = plan(DeviceClass.II, Origin.DOMESTIC, null, false);
    LocalDate today = LocalDate.of(2026, 3, 2);
    var dated =
        Pathway.date(
            steps,
            Map.of(
                ApplicationType.INITIAL_REGISTRATION,
                new Pathway.Existing(UUID.randomUUID(), ApplicationState.APPROVED, null),
                ApplicationType.PRODUCTION_LICENCE,
                new Pathway.Existing(UUID.randomUUID(), ApplicationState.WITHDRAWN, null)),
            new TestWorkingDays(),
            today);
    assertThat(dated.get(2).progress()).isEqualTo(Progress.DONE);
    assertThat(dated.get(0).progress())
        .as("testing came before the registration")
        .isEqualTo(Progress.DONE);
    DatedStep production = dated.get(3);
    assertThat(production.application()).as("a withdrawn one is taken again").isNull();
    assertThat(production.from()).isEqualTo(today);
    assertThat(production.progress()).isEqualTo(Progress.NEXT);
    assertThat(production.legalLatestOn()).isEqualTo(LocalDate.of(2026, 6, 24));
  }

  @Test
  void theNmpaRouteNeedsTheClass() {
    assertThatThrownBy(() -> new Question(null, "07", Route.NMPA, null, null, false))
        .isInstanceOf(LicenceRouteRefused.class);
  }
}
