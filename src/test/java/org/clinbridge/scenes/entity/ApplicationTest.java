package org.clinbridge.scenes.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.scenes.entity.ApplicationStatus.*;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicationTest {
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T08:00:00Z");

  private static final OffsetDateTime INSIDE = SceneFixtures.OPENS.plusDays(1);

  private static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED =
      Map.of(
          DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
          SUBMITTED, EnumSet.of(MORE_INFO_REQUESTED, UNDER_REVIEW, WITHDRAWN),
          MORE_INFO_REQUESTED, EnumSet.of(SUBMITTED, WITHDRAWN),
          UNDER_REVIEW, EnumSet.of(ACCEPTED, ACCEPTED_WITH_CONDITIONS, REJECTED, WITHDRAWN),
          ACCEPTED, EnumSet.noneOf(ApplicationStatus.class),
          ACCEPTED_WITH_CONDITIONS, EnumSet.noneOf(ApplicationStatus.class),
          REJECTED, EnumSet.noneOf(ApplicationStatus.class),
          WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

  private static final Map<Participation, Set<Participation>> PARTICIPATION =
      Map.of(
          Participation.ON_SCENE, EnumSet.of(Participation.FOLLOW_UP, Participation.WITHDRAWN),
          Participation.FOLLOW_UP, EnumSet.of(Participation.OFF_SCENE, Participation.WITHDRAWN),
          Participation.OFF_SCENE, EnumSet.noneOf(Participation.class),
          Participation.WITHDRAWN, EnumSet.noneOf(Participation.class));

  static Project project() {
    Organisation startUp =
        new Organisation(
            OrganisationKind.START_UP,
            new BilingualText("心擎医疗", "HeartEngine Medical"),
            "91500106MA5U8G7X26",
            NOW);
    return Project.register(
            "P-2026-000001",
            startUp,
            new ProjectDetails(
                new BilingualText("可穿戴心电监测贴", "Wearable ECG patch"),
                new BilingualText("单导联心电监测", "Single-lead ECG monitoring"),
                ProjectCategory.MEDICAL_DEVICE,
                "07",
                DeviceClass.II,
                null),
            6,
            null,
            new Actor(UUID.randomUUID(), "founder"),
            INSIDE,
            INSIDE.toLocalDate())
        .project();
  }

  static Application draft() {
    Scene scene = SceneFixtures.draft();
    scene.publish(INSIDE);
    return new Application(scene, project(), "A good fit", INSIDE);
  }

  private static ProblemException problem(Runnable r) {
    try {
      r.run();
    } catch (ProblemException e) {
      return e;
    }
    throw new AssertionError("no problem");
  }

  @Test
  void everyPairOfStatusesIsAllowedExactlyWhenTheTableSaysSo() {
    for (ApplicationStatus from : values()) {
      for (ApplicationStatus to : values()) {
        assertThat(from.canMoveTo(to))
            .as(from + " -> " + to)
            .isEqualTo(ALLOWED.get(from).contains(to));
      }
    }
  }

  @Test
  void everyPairOfParticipationsIsAllowedExactlyWhenTheTableSaysSo() {
    for (Participation from : Participation.values()) {
      for (Participation to : Participation.values()) {
        assertThat(from.canMoveTo(to))
            .as(from + " -> " + to)
            .isEqualTo(PARTICIPATION.get(from).contains(to));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(ApplicationStatus.class)
  void theApplicantMayWithdrawExactlyUntilADecision(ApplicationStatus s) {
    assertThat(s.canMoveTo(WITHDRAWN)).isEqualTo(!s.decided() && s != WITHDRAWN);
    assertThat(s.live()).isEqualTo(s != REJECTED && s != WITHDRAWN);
  }

  @Test
  void anApplicationRunsFromDraftToAcceptanceAndThenOnTheScene() {
    Application a = draft();
    assertThat(a.status()).isEqualTo(DRAFT);
    assertThat(a.applicant().name().en()).isEqualTo("HeartEngine Medical");
    a.submit(INSIDE);
    a.requestMoreInfo(INSIDE);
    a.submit(INSIDE.plusDays(1));
    assertThat(a.submittedAt()).isEqualTo(INSIDE);
    a.startReview(INSIDE);
    assertThat(a.acceptable()).isTrue();
    a.accept(null, INSIDE);
    assertThat(a.status()).isEqualTo(ACCEPTED);
    assertThat(a.participation()).isEqualTo(Participation.ON_SCENE);
    assertThat(a.decidedAt()).isEqualTo(INSIDE);
    a.moveParticipation(Participation.FOLLOW_UP, INSIDE);
    a.moveParticipation(Participation.OFF_SCENE, INSIDE);
    assertThat(problem(() -> a.moveParticipation(Participation.WITHDRAWN, INSIDE)).slug())
        .isEqualTo("application-participation-transition");
    assertThat(problem(() -> a.withdraw(null, INSIDE)).slug()).isEqualTo("application-transition");
  }

  @Test
  void conditionsMakeAConditionalAcceptance() {
    Application a = draft();
    a.submit(INSIDE);
    a.startReview(INSIDE);
    a.accept("  Bring the type-test report  ", INSIDE);
    assertThat(a.status()).isEqualTo(ACCEPTED_WITH_CONDITIONS);
    assertThat(a.conditions()).isEqualTo("Bring the type-test report");
  }

  @Test
  void aRejectionNeedsAReasonAndEndsTheApplication() {
    Application a = draft();
    a.submit(INSIDE);
    assertThat(problem(() -> a.accept(null, INSIDE)).slug()).isEqualTo("application-transition");
    a.startReview(INSIDE);
    assertThat(problem(() -> a.reject(" ", INSIDE)).detailKey())
        .isEqualTo("application.reason.required");
    a.reject("Out of scope", INSIDE);
    assertThat(a.status()).isEqualTo(REJECTED);
    assertThat(a.participation()).isNull();
    assertThat(problem(() -> a.moveParticipation(Participation.FOLLOW_UP, INSIDE)).status())
        .isEqualTo(409);
    // The thread stays open for the applicant to ask why.
    a.post(ApplicationMessage.Side.APPLICANT, "founder", "Why?", INSIDE);
    assertThat(a.messages()).hasSize(1);
  }

  @Test
  void aDraftIsSubmittedOnlyInsideTheWindowButMoreInfoMayComeLater() {
    Application a = draft();
    var outside = problem(() -> a.submit(SceneFixtures.CLOSES));
    assertThat(outside.status()).isEqualTo(422);
    assertThat(outside.slug()).isEqualTo("application-window-closed");
    a.submit(INSIDE);
    a.requestMoreInfo(INSIDE);
    a.submit(SceneFixtures.CLOSES.plusDays(3));
    assertThat(a.status()).isEqualTo(SUBMITTED);
  }

  @Test
  void onlyAPublishedSceneTakesApplications() {
    Scene draftScene = SceneFixtures.draft();
    assertThat(problem(() -> new Application(draftScene, project(), null, INSIDE)).slug())
        .isEqualTo("application-scene-not-open");
  }

  @Test
  void withdrawingEndsTheThread() {
    Application a = draft();
    a.post(ApplicationMessage.Side.APPLICANT, "founder", "Hello", INSIDE);
    a.withdraw("Changed plans", INSIDE);
    assertThat(a.decisionReason()).isEqualTo("Changed plans");
    assertThat(
            problem(() -> a.post(ApplicationMessage.Side.HOSPITAL, "nurse", "Hi", INSIDE)).slug())
        .isEqualTo("application-closed");
    assertThat(problem(() -> a.submit(INSIDE)).slug()).isEqualTo("application-transition");
  }

  @Test
  void messagesAreNotEmptyAndAtMost4000Characters() {
    Application a = draft();
    assertThat(problem(() -> a.post(ApplicationMessage.Side.APPLICANT, "f", "  ", INSIDE)).slug())
        .isEqualTo("application-message-empty");
    assertThat(
            problem(() -> a.post(ApplicationMessage.Side.APPLICANT, "f", "x".repeat(4001), INSIDE))
                .slug())
        .isEqualTo("application-text-too-long");
    ApplicationMessage m = a.post(ApplicationMessage.Side.HOSPITAL, "nurse", " Welcome ", INSIDE);
    assertThat(m.text()).isEqualTo("Welcome");
    assertThat(m.side()).isEqualTo(ApplicationMessage.Side.HOSPITAL);
  }
}
