package org.clinbridge.projects.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinbridge.projects.entity.Fixtures.MANAGER;
import static org.clinbridge.projects.entity.Fixtures.T0;
import static org.clinbridge.projects.entity.Fixtures.allEvidenceFor;
import static org.clinbridge.projects.entity.Fixtures.at;
import static org.clinbridge.projects.entity.Fixtures.seededGates;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.testing.ProblemTexts;
import org.junit.jupiter.api.Test;

class ProjectLifecycleTest {
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T08:00:00Z");

  private final Map<Gate, StageGate> gates = seededGates();

  private static String detailOf(Throwable t) {
    ProblemTexts.readable(t);
    return ((ProblemException) t).detailKey();
  }

  @Test
  void aNewProjectStartsActiveInTheLabWithItsFirstTimelineAndTrlEntries() {
    Project.Registration r =
        Project.register(
            "P-2026-000123",
            Fixtures.startUp(),
            Fixtures.details(),
            2,
            "self-assessment",
            MANAGER,
            T0,
            T0.toLocalDate());
    assertThat(r.project().stage()).isEqualTo(Stage.LAB_RESEARCH);
    assertThat(r.project().status()).isEqualTo(ProjectStatus.ACTIVE);
    assertThat(r.project().trl()).isEqualTo(2);
    assertThat(r.project().findable()).isFalse();
    assertThat(r.event().kind()).isEqualTo(ProjectEventKind.REGISTERED);
    assertThat(r.event().seq()).isEqualTo(1);
    assertThat(r.trl().level()).isEqualTo(2);
    assertThat(r.trl().previousLevel()).isNull();
    assertThat(r.project().code()).isEqualTo("P-2026-000123");
  }

  @Test
  void onlyStartUpsAndUniversitiesOwnProjects() {
    for (OrganisationKind kind : OrganisationKind.values()) {
      Organisation owner =
          new Organisation(kind, new BilingualText("机构", "Org"), "91500106MA5U8G7X26", NOW);
      if (Project.OWNER_KINDS.contains(kind)) {
        assertThat(
                Project.register(
                        "P-2026-000002",
                        owner,
                        Fixtures.details(),
                        1,
                        null,
                        MANAGER,
                        T0,
                        T0.toLocalDate())
                    .project()
                    .owner())
            .isSameAs(owner);
      } else {
        assertThatThrownBy(
                () ->
                    Project.register(
                        "P-2026-000002",
                        owner,
                        Fixtures.details(),
                        1,
                        null,
                        MANAGER,
                        T0,
                        T0.toLocalDate()))
            .isInstanceOf(ProblemException.class)
            .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(422));
      }
    }
    assertThat(Project.OWNER_KINDS)
        .containsExactlyInAnyOrder(OrganisationKind.START_UP, OrganisationKind.UNIVERSITY);
  }

  /**
   * Every status, every reachable stage, every target stage, with full evidence and a reason: the
   * outcome is exactly the one the two state tables give.
   */
  @Test
  void everyStageMoveFromEveryStateWithFullEvidence() {
    int tried = 0;
    for (ProjectStatus status : ProjectStatus.values()) {
      for (Stage from : Stage.values()) {
        if (status == ProjectStatus.GRADUATED && from != Stage.APPLICATION) {
          continue; // only a project in the last stage can have graduated
        }
        for (Stage to : Stage.values()) {
          tried++;
          Project p = at(from, status);
          StageGate gate = to == Stage.LAB_RESEARCH ? null : gates.get(Gate.entering(to));
          List<Evidence> evidence = gate == null ? List.of() : allEvidenceFor(gate);
          String what = status + " " + from + " -> " + to;
          if (status != ProjectStatus.ACTIVE) {
            assertThatThrownBy(() -> p.moveTo(to, gate, evidence, "why", MANAGER, T0))
                .as(what)
                .isInstanceOf(ProjectMoveRefused.class)
                .satisfies(e -> assertThat(detailOf(e)).endsWith(".inactive"));
            assertThat(p.stage()).as(what).isEqualTo(from);
            continue;
          }
          switch (from.moveTo(to)) {
            case NONE ->
                assertThatThrownBy(() -> p.moveTo(to, gate, evidence, "why", MANAGER, T0))
                    .as(what)
                    .isInstanceOf(ProjectMoveRefused.class)
                    .satisfies(e -> assertThat(detailOf(e)).endsWith(".same"));
            case SKIP ->
                assertThatThrownBy(() -> p.moveTo(to, gate, evidence, "why", MANAGER, T0))
                    .as(what)
                    .isInstanceOf(ProjectMoveRefused.class)
                    .satisfies(e -> assertThat(detailOf(e)).endsWith(".skip"));
            case BACK -> {
              ProjectEvent e = p.moveTo(to, gate, evidence, "why", MANAGER, T0);
              assertThat(e.kind()).as(what).isEqualTo(ProjectEventKind.RETURNED);
              assertThat(e.reason()).isEqualTo("why");
              assertThat(p.stage()).as(what).isEqualTo(to);
            }
            case FORWARD -> {
              ProjectEvent e = p.moveTo(to, gate, evidence, null, MANAGER, T0);
              assertThat(e.kind()).as(what).isEqualTo(ProjectEventKind.ADVANCED);
              assertThat(e.fromStage()).isEqualTo(from);
              assertThat(e.toStage()).isEqualTo(to);
              assertThat(e.evidence()).containsExactlyElementsOf(evidence);
              assertThat(p.stage()).as(what).isEqualTo(to);
            }
          }
          if (from.moveTo(to) == StageMove.NONE || from.moveTo(to) == StageMove.SKIP) {
            assertThat(p.stage()).as(what).isEqualTo(from);
          }
        }
      }
    }
    assertThat(tried).isEqualTo(3 * 4 * 4 + 4);
  }

  @Test
  void movingBackWithoutAReasonIsRefusedAndChangesNothing() {
    Project p = at(Stage.PILOT_MATURATION, ProjectStatus.ACTIVE);
    for (String blank : new String[] {null, "", "   "}) {
      assertThatThrownBy(() -> p.moveTo(Stage.LAB_RESEARCH, null, List.of(), blank, MANAGER, T0))
          // A missing reason is a 400 naming the field, as in every area.
          .isInstanceOf(ProblemException.InvalidFieldException.class)
          .satisfies(e -> assertThat(detailOf(e)).isEqualTo("project.reason.required"));
    }
    assertThat(p.stage()).isEqualTo(Stage.PILOT_MATURATION);
  }

  @Test
  void aForwardMoveNamesEachMissingPieceOfEvidence() {
    Project p = at(Stage.PROOF_OF_CONCEPT, ProjectStatus.ACTIVE);
    StageGate gate = gates.get(Gate.PILOT_MATURATION);
    assertThatThrownBy(
            () ->
                p.moveTo(
                    Stage.PILOT_MATURATION,
                    gate,
                    List.of(new Evidence("poc_report", "RPT-1")),
                    null,
                    MANAGER,
                    T0))
        .isInstanceOf(StageGateNotMet.class)
        .satisfies(ProblemTexts::readable)
        .satisfies(
            e -> {
              StageGateNotMet n = (StageGateNotMet) e;
              assertThat(n.status()).isEqualTo(409);
              assertThat(n.detailKey()).isEqualTo("stage-gate-not-met.detail.evidence");
              assertThat(n.missing()).extracting(GateEvidence::code).containsExactly("IP_FILED");
            });
    assertThat(p.stage()).isEqualTo(Stage.PROOF_OF_CONCEPT);
  }

  @Test
  void aForwardMoveBelowTheGatesTrlIsRefusedEvenWithAllEvidence() {
    Project p = Fixtures.project(3);
    StageGate poc = gates.get(Gate.PROOF_OF_CONCEPT);
    p.moveTo(Stage.PROOF_OF_CONCEPT, poc, allEvidenceFor(poc), null, MANAGER, T0);
    StageGate pilot = gates.get(Gate.PILOT_MATURATION);
    assertThatThrownBy(
            () -> p.moveTo(Stage.PILOT_MATURATION, pilot, allEvidenceFor(pilot), null, MANAGER, T0))
        .isInstanceOf(StageGateNotMet.class)
        .satisfies(e -> assertThat(detailOf(e)).isEqualTo("stage-gate-not-met.detail.trl"));
    assertThatThrownBy(() -> p.moveTo(Stage.PILOT_MATURATION, pilot, List.of(), null, MANAGER, T0))
        .isInstanceOf(StageGateNotMet.class)
        .satisfies(e -> assertThat(detailOf(e)).isEqualTo("stage-gate-not-met.detail.both"));
    p.assessTrl(
        4, T0.toLocalDate(), "animal study report AS-7", null, MANAGER, T0, T0.toLocalDate());
    ProjectEvent e =
        p.moveTo(Stage.PILOT_MATURATION, pilot, allEvidenceFor(pilot), null, MANAGER, T0);
    assertThat(e.kind()).isEqualTo(ProjectEventKind.ADVANCED);
  }

  @Test
  void aForwardMoveMustBeJudgedByTheGateOfItsTargetStage() {
    Project p = Fixtures.project(9);
    StageGate wrong = gates.get(Gate.PILOT_MATURATION);
    assertThatThrownBy(
            () -> p.moveTo(Stage.PROOF_OF_CONCEPT, wrong, allEvidenceFor(wrong), null, MANAGER, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Every status change from every status, in the last stage with the graduation evidence. */
  @Test
  void everyStatusChangeFromEveryStatus() {
    StageGate graduation = gates.get(Gate.GRADUATION);
    for (ProjectStatus from : ProjectStatus.values()) {
      for (ProjectStatus to : ProjectStatus.values()) {
        Project p = at(Stage.APPLICATION, from);
        String what = from + " -> " + to;
        Runnable change =
            () -> {
              switch (to) {
                case ACTIVE -> p.resume(null, MANAGER, T0);
                case ON_HOLD -> p.hold("paused", MANAGER, T0);
                case TERMINATED -> p.terminate("stopped", MANAGER, T0);
                case GRADUATED ->
                    p.graduate(graduation, allEvidenceFor(graduation), null, MANAGER, T0);
              }
            };
        if (from.canChangeTo(to)) {
          change.run();
          assertThat(p.status()).as(what).isEqualTo(to);
        } else {
          assertThatThrownBy(change::run)
              .as(what)
              .isInstanceOf(ProjectMoveRefused.class)
              .satisfies(e -> assertThat(detailOf(e)).endsWith(".status"));
          assertThat(p.status()).as(what).isEqualTo(from);
        }
      }
    }
  }

  @Test
  void stoppingNeedsAReasonButResumingDoesNot() {
    Project p = Fixtures.project(2);
    assertThatThrownBy(() -> p.hold(" ", MANAGER, T0))
        .satisfies(e -> assertThat(detailOf(e)).isEqualTo("project.reason.required"));
    assertThatThrownBy(() -> p.terminate(null, MANAGER, T0))
        .satisfies(e -> assertThat(detailOf(e)).isEqualTo("project.reason.required"));
    ProjectEvent held = p.hold("team change", MANAGER, T0);
    assertThat(held.kind()).isEqualTo(ProjectEventKind.PUT_ON_HOLD);
    assertThat(held.fromStatus()).isEqualTo(ProjectStatus.ACTIVE);
    assertThat(held.toStatus()).isEqualTo(ProjectStatus.ON_HOLD);
    ProjectEvent resumed = p.resume(null, MANAGER, T0);
    assertThat(resumed.kind()).isEqualTo(ProjectEventKind.RESUMED);
    assertThat(resumed.seq()).isEqualTo(held.seq() + 1);
  }

  @Test
  void graduationNeedsTheLastStageAndTheGraduationGate() {
    StageGate graduation = gates.get(Gate.GRADUATION);
    for (Stage s : Stage.values()) {
      Project p = at(s, ProjectStatus.ACTIVE);
      if (s == Stage.APPLICATION) {
        assertThatThrownBy(() -> p.graduate(graduation, List.of(), null, MANAGER, T0))
            .isInstanceOf(StageGateNotMet.class);
        ProjectEvent e = p.graduate(graduation, allEvidenceFor(graduation), null, MANAGER, T0);
        assertThat(e.kind()).isEqualTo(ProjectEventKind.GRADUATED);
      } else {
        assertThatThrownBy(
                () -> p.graduate(graduation, allEvidenceFor(graduation), null, MANAGER, T0))
            .isInstanceOf(ProjectMoveRefused.class)
            .satisfies(e -> assertThat(detailOf(e)).endsWith(".graduate"));
      }
    }
  }

  @Test
  void timelineEntriesAreNumberedInOrder() {
    Project p = at(Stage.APPLICATION, ProjectStatus.ACTIVE);
    ProjectEvent back = p.moveTo(Stage.PROOF_OF_CONCEPT, null, List.of(), "redo", MANAGER, T0);
    // registration + three advances before
    assertThat(back.seq()).isEqualTo(5);
  }

  @Test
  void aClosedProjectIsARecordThatNoLongerChanges() {
    Project p = at(Stage.LAB_RESEARCH, ProjectStatus.TERMINATED);
    assertThatThrownBy(() -> p.revise(Fixtures.details(), T0))
        .satisfies(e -> assertThat(detailOf(e)).endsWith(".closed"));
    assertThatThrownBy(
            () -> p.assessTrl(3, T0.toLocalDate(), "x", null, MANAGER, T0, T0.toLocalDate()))
        .satisfies(e -> assertThat(detailOf(e)).endsWith(".closed"));
    assertThatThrownBy(
            () ->
                p.planMilestone(
                    new BilingualText("a", "a"), T0.toLocalDate(), T0.toLocalDate(), "x", T0))
        .satisfies(e -> assertThat(detailOf(e)).endsWith(".closed"));
  }

  @Test
  void trlAssessmentsKeepTheHistoryAndNeedEvidence() {
    Project p = Fixtures.project(2);
    TrlAssessment t =
        p.assessTrl(3, T0.toLocalDate(), "lab notebook 12", "mice", MANAGER, T0, T0.toLocalDate());
    assertThat(t.previousLevel()).isEqualTo(2);
    assertThat(t.level()).isEqualTo(3);
    assertThat(p.trl()).isEqualTo(3);
    assertThatThrownBy(
            () -> p.assessTrl(4, T0.toLocalDate(), " ", null, MANAGER, T0, T0.toLocalDate()))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    for (int bad : new int[] {0, 10, -1}) {
      assertThatThrownBy(
              () -> p.assessTrl(bad, T0.toLocalDate(), "e", null, MANAGER, T0, T0.toLocalDate()))
          .isInstanceOf(ProblemException.InvalidFieldException.class);
    }
    assertThatThrownBy(
            () ->
                p.assessTrl(
                    4, T0.toLocalDate().plusDays(1), "e", null, MANAGER, T0, T0.toLocalDate()))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThat(p.trl()).isEqualTo(3);
  }

  @Test
  void theSearchTextHoldsCodeTitlesSummariesAndInstitutionInLowerCase() {
    Project p = Fixtures.project(1);
    assertThat(Project.searchTextOf(p.code(), p.details()))
        .contains("p-2026-000001")
        .contains("可穿戴心电监测贴")
        .contains("wearable ecg patch")
        .contains("重庆医科大学");
  }

  @Test
  void projectCodesAreReadable() {
    assertThat(ProjectCode.of(2026, 123)).isEqualTo("P-2026-000123");
    assertThat(ProjectCode.of(2027, 1_234_567)).isEqualTo("P-2027-1234567");
    assertThat(ProjectCode.of(2026, 5)).matches(ProjectCode.PATTERN);
    assertThatThrownBy(() -> ProjectCode.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
