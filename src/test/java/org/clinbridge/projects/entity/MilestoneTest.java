package org.clinbridge.projects.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinbridge.projects.entity.Fixtures.MANAGER;
import static org.clinbridge.projects.entity.Fixtures.T0;

import java.time.LocalDate;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.testing.ProblemTexts;
import org.junit.jupiter.api.Test;

class MilestoneTest {
  private static final LocalDate TODAY = T0.toLocalDate();

  private static Milestone milestone(LocalDate due) {
    return Fixtures.project(3)
        .planMilestone(
            new BilingualText("动物实验完成", "Animal study done"),
            due.minusDays(30),
            due,
            "Dr. Wang",
            T0);
  }

  @Test
  void anOpenMilestonePastItsDueDateIsOverdueUntilReachedOrCancelled() {
    Milestone m = milestone(TODAY.minusDays(1));
    assertThat(m.status()).isEqualTo(MilestoneStatus.OPEN);
    assertThat(m.overdue(TODAY)).isTrue();
    assertThat(m.overdue(TODAY.minusDays(1))).isFalse();
    m.reach(TODAY, "report R-9", TODAY);
    assertThat(m.overdue(TODAY)).isFalse();

    Milestone c = milestone(TODAY.minusDays(10));
    c.cancel("scope changed");
    assertThat(c.overdue(TODAY)).isFalse();
  }

  @Test
  void onlyAnOpenMilestoneChanges() {
    Milestone m = milestone(TODAY);
    m.reach(TODAY, "report", TODAY);
    assertThatThrownBy(() -> m.cancel("x")).isInstanceOf(MilestoneRefused.class);
    assertThatThrownBy(() -> m.reach(TODAY, "again", TODAY)).isInstanceOf(MilestoneRefused.class);
    assertThatThrownBy(() -> m.revise(m.title(), TODAY.plusDays(3), "x"))
        .isInstanceOf(MilestoneRefused.class);
  }

  @Test
  void reachingNeedsEvidenceAndCancellingAReason() {
    Milestone m = milestone(TODAY);
    assertThatThrownBy(() -> m.reach(TODAY, " ", TODAY))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThatThrownBy(() -> m.reach(TODAY.plusDays(1), "r", TODAY))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThatThrownBy(() -> m.cancel(null))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThat(m.status()).isEqualTo(MilestoneStatus.OPEN);
  }

  @Test
  void aDueDateBeforeThePlanIsInvalid() {
    Milestone m = milestone(TODAY);
    assertThatThrownBy(() -> m.revise(m.title(), m.plannedOn().minusDays(1), "x"))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
  }

  /** Every decision against every milestone status. */
  @Test
  void reviewsByDecisionAndStatus() {
    for (MilestoneStatus status : MilestoneStatus.values()) {
      for (ReviewDecision d : ReviewDecision.values()) {
        Milestone m = milestone(TODAY);
        switch (status) {
          case OPEN -> {}
          case REACHED -> m.reach(TODAY, "report", TODAY);
          case CANCELLED -> m.cancel("dropped");
        }
        String what = status + " " + d;
        boolean allowed =
            status != MilestoneStatus.CANCELLED
                && (!d.releasesFunds() || status == MilestoneStatus.REACHED);
        if (allowed) {
          MilestoneReview r =
              m.review(d, "conditions or reasons", TODAY, MANAGER, T0, T0.toLocalDate());
          assertThat(r.decision()).as(what).isEqualTo(d);
          assertThat(m.latestDecision()).as(what).isEqualTo(d);
          assertThat(m.releasesFunds()).as(what).isEqualTo(d != ReviewDecision.NO_GO);
        } else {
          assertThatThrownBy(() -> m.review(d, "n", TODAY, MANAGER, T0, T0.toLocalDate()))
              .as(what)
              .isInstanceOf(MilestoneRefused.class)
              .satisfies(ProblemTexts::readable);
          assertThat(m.releasesFunds()).as(what).isFalse();
        }
      }
    }
  }

  @Test
  void aConditionalGoOrANoGoSaysWhy() {
    Milestone m = milestone(TODAY);
    m.reach(TODAY, "report", TODAY);
    assertThatThrownBy(
            () ->
                m.review(
                    ReviewDecision.GO_WITH_CONDITIONS, "", TODAY, MANAGER, T0, T0.toLocalDate()))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThatThrownBy(
            () -> m.review(ReviewDecision.NO_GO, null, TODAY, MANAGER, T0, T0.toLocalDate()))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThat(m.review(ReviewDecision.GO, null, TODAY, MANAGER, T0, T0.toLocalDate()).note())
        .isNull();
  }

  @Test
  void theLatestReviewDecides() {
    Milestone m = milestone(TODAY);
    m.review(ReviewDecision.NO_GO, "data incomplete", TODAY, MANAGER, T0, T0.toLocalDate());
    assertThat(m.releasesFunds()).isFalse();
    m.reach(TODAY, "report v2", TODAY);
    m.review(
        ReviewDecision.GO_WITH_CONDITIONS, "submit raw data", TODAY, MANAGER, T0, T0.toLocalDate());
    assertThat(m.releasesFunds()).isTrue();
    m.review(ReviewDecision.NO_GO, "raw data contradicts", TODAY, MANAGER, T0, T0.toLocalDate());
    assertThat(m.releasesFunds()).isFalse();
  }
}
