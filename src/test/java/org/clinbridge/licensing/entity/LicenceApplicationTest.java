package org.clinbridge.licensing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.projects.entity.Actor;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.projects.entity.ProjectCategory;
import org.clinbridge.projects.entity.ProjectDetails;
import org.clinbridge.reference.entity.DeviceClass;
import org.junit.jupiter.api.Test;

class LicenceApplicationTest {
  static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
  static final LocalDate D0 = LocalDate.of(2026, 3, 2);
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final Actor FOUNDER = new Actor(UUID.randomUUID(), "founder.wang");

  static Project project() {
    Organisation o =
        new Organisation(
            OrganisationKind.START_UP,
            new BilingualText("心擎医疗", "HeartEngine Medical"),
            "91500106MA5U8G7X26",
            AT);
    ProjectDetails d =
        new ProjectDetails(
            new BilingualText("可穿戴心电监测贴", "Wearable ECG patch"),
            new BilingualText("连续七天单导联心电监测", "Seven-day ECG monitoring"),
            ProjectCategory.MEDICAL_DEVICE,
            "07",
            DeviceClass.II,
            "重庆医科大学");
    return Project.register("P-2026-000001", o, d, 5, null, FOUNDER, AT, D0).project();
  }

  static LicenceApplication.Planned plan(ApplicationType type, DeviceClass c) {
    return LicenceApplication.plan(
        project(),
        type,
        Route.NMPA,
        c,
        Origin.DOMESTIC,
        new BilingualText("心电贴", "ECG patch"),
        null,
        FOUNDER,
        AT,
        D0);
  }

  static void ready(List<ApplicationDocument> docs) {
    for (ApplicationDocument d : docs) {
      d.update(
          DocumentState.READY,
          d.kind() == DocumentKind.CLINICAL_EVALUATION ? ClinicalEvaluationPath.EQUIVALENCE : null,
          "DOC-" + d.kind(),
          null,
          AT);
    }
  }

  static ApplicationEvent move(
      LicenceApplication.Planned p, ApplicationState to, LocalDate on, String reason) {
    return p.application().moveTo(to, on, reason, null, p.documents(), FOUNDER, AT, TODAY);
  }

  /** An application walked to UNDER_TECHNICAL_REVIEW, a day per step from D0. */
  static LicenceApplication.Planned underReview(DeviceClass c) {
    var p = plan(ApplicationType.INITIAL_REGISTRATION, c);
    ready(p.documents());
    move(p, ApplicationState.IN_PREPARATION, D0, null);
    move(p, ApplicationState.SUBMITTED, D0.plusDays(1), null);
    move(p, ApplicationState.ACCEPTED, D0.plusDays(2), null);
    move(p, ApplicationState.UNDER_TECHNICAL_REVIEW, D0.plusDays(3), null);
    return p;
  }

  @Test
  void planningDerivesTheAuthorityAndMakesTheChecklistOfTheType() {
    var p = plan(ApplicationType.INITIAL_REGISTRATION, DeviceClass.II);
    assertThat(p.application().authority()).isEqualTo(Authority.PROVINCE);
    assertThat(p.application().state()).isEqualTo(ApplicationState.PLANNED);
    assertThat(p.event().toState()).isEqualTo(ApplicationState.PLANNED);
    assertThat(p.documents())
        .extracting(ApplicationDocument::kind)
        .containsExactly(
            DocumentKind.RISK_ANALYSIS,
            DocumentKind.TECHNICAL_REQUIREMENTS,
            DocumentKind.TYPE_TEST_REPORT,
            DocumentKind.CLINICAL_EVALUATION,
            DocumentKind.INSTRUCTIONS_AND_LABELS,
            DocumentKind.QMS_DOCUMENTS);
    assertThat(p.documents()).allMatch(d -> d.state() == DocumentState.MISSING);
  }

  @Test
  void submissionWaitsForEveryDocument() {
    var p = plan(ApplicationType.FILING, DeviceClass.I);
    move(p, ApplicationState.IN_PREPARATION, D0, null);
    p.documents().get(0).update(DocumentState.READY, null, "RA-1", null, AT);
    p.documents()
        .get(1)
        .update(DocumentState.NOT_APPLICABLE, null, null, "standard product, GB 9706", AT);
    assertThatThrownBy(() -> move(p, ApplicationState.SUBMITTED, D0, null))
        .isInstanceOf(LicenceMoveRefused.class)
        .hasMessageContaining("documents")
        .satisfies(
            e ->
                assertThat(((ProblemException) e).args())
                    .containsExactly(
                        3, "TYPE_TEST_REPORT, CLINICAL_EVALUATION, INSTRUCTIONS_AND_LABELS"));
    ready(p.documents().subList(2, 5));
    ApplicationEvent e = move(p, ApplicationState.SUBMITTED, D0.plusDays(1), null);
    assertThat(e.fromState()).isEqualTo(ApplicationState.IN_PREPARATION);
    assertThat(e.on()).isEqualTo(D0.plusDays(1));
    assertThat(e.actor().name()).isEqualTo("founder.wang");
  }

  @Test
  void documentsSayWhyTheyAreNotApplicableAndHowTheClinicalEvaluationIsMade() {
    var p = plan(ApplicationType.INITIAL_REGISTRATION, DeviceClass.II);
    ApplicationDocument clinical = p.documents().get(3);
    assertThatThrownBy(() -> clinical.update(DocumentState.READY, null, "CE-1", null, AT))
        .hasMessageContaining("licence.document.path-required");
    assertThatThrownBy(
            () -> p.documents().get(0).update(DocumentState.NOT_APPLICABLE, null, null, " ", AT))
        .hasMessageContaining("not-applicable-reason");
    assertThatThrownBy(
            () ->
                p.documents()
                    .get(0)
                    .update(
                        DocumentState.READY, ClinicalEvaluationPath.CLINICAL_TRIAL, null, null, AT))
        .hasMessageContaining("path-only-clinical");
  }

  @Test
  void anIllegalMoveNamesBothStates() {
    var p = plan(ApplicationType.INITIAL_REGISTRATION, DeviceClass.II);
    assertThatThrownBy(() -> move(p, ApplicationState.APPROVED, D0, null))
        .isInstanceOf(LicenceMoveRefused.class)
        .hasFieldOrPropertyWithValue("status", 409)
        .hasMessageContaining("licence-move-refused.detail.state")
        .satisfies(
            e ->
                assertThat(((ProblemException) e).args())
                    .containsExactly(ApplicationState.PLANNED, ApplicationState.APPROVED));
  }

  @Test
  void aFilingIsCompleteOnAcceptanceAndARegistrationIsReviewed() {
    var filing = plan(ApplicationType.FILING, DeviceClass.I);
    ready(filing.documents());
    move(filing, ApplicationState.IN_PREPARATION, D0, null);
    move(filing, ApplicationState.SUBMITTED, D0, null);
    move(filing, ApplicationState.ACCEPTED, D0, null);
    assertThatThrownBy(() -> move(filing, ApplicationState.UNDER_TECHNICAL_REVIEW, D0, null))
        .hasMessageContaining("detail.filing");
    move(filing, ApplicationState.APPROVED, D0, null);
    assertThatThrownBy(() -> move(filing, ApplicationState.WITHDRAWN, D0, "late"))
        .hasMessageContaining("detail.closed");

    var reg = plan(ApplicationType.INITIAL_REGISTRATION, DeviceClass.II);
    ready(reg.documents());
    move(reg, ApplicationState.IN_PREPARATION, D0, null);
    move(reg, ApplicationState.SUBMITTED, D0, null);
    move(reg, ApplicationState.ACCEPTED, D0, null);
    assertThatThrownBy(() -> move(reg, ApplicationState.APPROVED, D0, null))
        .hasMessageContaining("detail.not-filing");
  }

  @Test
  void onlyClassThreeRegistrationsAreInspected() {
    var two = underReview(DeviceClass.II);
    assertThatThrownBy(() -> move(two, ApplicationState.QMS_INSPECTION, D0.plusDays(4), null))
        .hasMessageContaining("detail.qms");
    var three = underReview(DeviceClass.III);
    move(three, ApplicationState.QMS_INSPECTION, D0.plusDays(4), null);
    move(three, ApplicationState.DECISION_PENDING, D0.plusDays(5), null);
    move(three, ApplicationState.APPROVED, D0.plusDays(6), null);
    assertThat(three.application().state().terminal()).isTrue();
  }

  @Test
  void aHoldResumesWhereItStopped() {
    var p = underReview(DeviceClass.II);
    assertThatThrownBy(() -> move(p, ApplicationState.ON_HOLD, D0.plusDays(4), null))
        .hasMessageContaining("reason-required");
    move(p, ApplicationState.ON_HOLD, D0.plusDays(4), "waiting for the type test lab");
    assertThat(p.application().heldFrom()).isEqualTo(ApplicationState.UNDER_TECHNICAL_REVIEW);
    assertThatThrownBy(() -> move(p, ApplicationState.DECISION_PENDING, D0.plusDays(5), null))
        .hasMessageContaining("detail.held");
    move(p, ApplicationState.UNDER_TECHNICAL_REVIEW, D0.plusDays(5), null);
    assertThat(p.application().heldFrom()).isNull();
  }

  @Test
  void theSupplementIsAskedForOnceThroughCorrespondenceAndAnsweredWithinAYear() {
    var p = underReview(DeviceClass.II);
    LicenceApplication a = p.application();
    assertThatThrownBy(() -> move(p, ApplicationState.SUPPLEMENT_REQUESTED, D0.plusDays(10), null))
        .hasMessageContaining("via-correspondence");
    assertThatThrownBy(
            () -> a.correspond(CorrespondenceKind.SUPPLEMENT, D0.plusDays(10), FOUNDER, AT, TODAY))
        .hasMessageContaining("correspondence-state");
    LocalDate asked = D0.plusDays(10);
    ApplicationEvent e =
        a.correspond(CorrespondenceKind.SUPPLEMENT_REQUEST, asked, FOUNDER, AT, TODAY);
    assertThat(e.toState()).isEqualTo(ApplicationState.SUPPLEMENT_REQUESTED);
    assertThat(a.supplementDueOn()).isEqualTo(asked.plusYears(1));
    assertThat(a.correspond(CorrespondenceKind.QUESTION, asked.plusDays(1), FOUNDER, AT, TODAY))
        .isNull();
    ApplicationEvent back =
        a.correspond(CorrespondenceKind.SUPPLEMENT, asked.plusDays(30), FOUNDER, AT, TODAY);
    assertThat(back.toState()).isEqualTo(ApplicationState.SUPPLEMENT_SUBMITTED);
    move(p, ApplicationState.DECISION_PENDING, asked.plusDays(40), null);
    assertThatThrownBy(
            () ->
                a.correspond(
                    CorrespondenceKind.SUPPLEMENT_REQUEST, asked.plusDays(41), FOUNDER, AT, TODAY))
        .hasMessageContaining("supplement-once");
  }

  @Test
  void aSupplementAfterTheYearIsRefused() {
    LocalDate asked = LocalDate.of(2025, 1, 10);
    LicenceApplication a = underReviewOn(asked.minusDays(5)).application();
    a.correspond(CorrespondenceKind.SUPPLEMENT_REQUEST, asked, FOUNDER, AT, TODAY);
    assertThatThrownBy(
            () ->
                a.correspond(
                    CorrespondenceKind.SUPPLEMENT,
                    asked.plusYears(1).plusDays(1),
                    FOUNDER,
                    AT,
                    TODAY))
        .hasMessageContaining("supplement-late");
    assertThat(a.state()).isEqualTo(ApplicationState.SUPPLEMENT_REQUESTED);
  }

  static LicenceApplication.Planned underReviewOn(LocalDate start) {
    var p =
        LicenceApplication.plan(
            project(),
            ApplicationType.INITIAL_REGISTRATION,
            Route.NMPA,
            DeviceClass.II,
            Origin.DOMESTIC,
            new BilingualText("心电贴", "ECG patch"),
            null,
            FOUNDER,
            AT,
            start);
    ready(p.documents());
    move(p, ApplicationState.IN_PREPARATION, start, null);
    move(p, ApplicationState.SUBMITTED, start, null);
    move(p, ApplicationState.ACCEPTED, start, null);
    move(p, ApplicationState.UNDER_TECHNICAL_REVIEW, start, null);
    return p;
  }

  @Test
  void theCorrectionListComesOnceWhileAcceptanceIsDecided() {
    var p = plan(ApplicationType.INITIAL_REGISTRATION, DeviceClass.II);
    LicenceApplication a = p.application();
    assertThatThrownBy(
            () -> a.correspond(CorrespondenceKind.CORRECTION_LIST, D0, FOUNDER, AT, TODAY))
        .hasMessageContaining("correspondence-state");
    ready(p.documents());
    move(p, ApplicationState.IN_PREPARATION, D0, null);
    move(p, ApplicationState.SUBMITTED, D0, null);
    a.correspond(CorrespondenceKind.CORRECTION_LIST, D0.plusDays(2), FOUNDER, AT, TODAY);
    assertThat(a.correctionListOn()).isEqualTo(D0.plusDays(2));
    a.correspond(CorrespondenceKind.CORRECTIONS, D0.plusDays(9), FOUNDER, AT, TODAY);
    assertThatThrownBy(
            () ->
                a.correspond(
                    CorrespondenceKind.CORRECTION_LIST, D0.plusDays(10), FOUNDER, AT, TODAY))
        .hasMessageContaining("correction-list-once");
  }

  @Test
  void movesAreDatedInOrderAndNotInTheFuture() {
    var p = underReview(DeviceClass.II);
    assertThatThrownBy(() -> move(p, ApplicationState.DECISION_PENDING, D0, null))
        .hasMessageContaining("before-last");
    assertThatThrownBy(() -> move(p, ApplicationState.DECISION_PENDING, TODAY.plusDays(1), null))
        .hasMessageContaining("date.future");
  }

  @Test
  void aVoidedApplicationNoLongerMoves() {
    var p = plan(ApplicationType.INITIAL_REGISTRATION, DeviceClass.II);
    p.application().voidFor("entered twice", "founder.wang", AT);
    assertThatThrownBy(() -> move(p, ApplicationState.IN_PREPARATION, D0, null))
        .hasMessageContaining("detail.voided");
    assertThatThrownBy(() -> p.documents().get(0).update(DocumentState.READY, null, "x", null, AT))
        .hasMessageContaining("detail.voided");
  }

  @Test
  void everyApplicationCanBeWithdrawnWithAReasonUntilItCloses() {
    for (ApplicationState s :
        List.of(ApplicationState.PLANNED, ApplicationState.UNDER_TECHNICAL_REVIEW)) {
      var p =
          s == ApplicationState.PLANNED
              ? plan(ApplicationType.RENEWAL, DeviceClass.III)
              : underReview(DeviceClass.III);
      ApplicationEvent e = move(p, ApplicationState.WITHDRAWN, TODAY, "product discontinued");
      assertThat(e.reason()).isEqualTo("product discontinued");
      assertThat(e.fromState()).isEqualTo(s);
    }
  }
}
