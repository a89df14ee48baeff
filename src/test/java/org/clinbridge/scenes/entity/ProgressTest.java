package org.clinbridge.scenes.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinbridge.scenes.entity.Progress.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProgressTest {
  /** The allowed moves, written out independently of the enum so that a change shows up here. */
  private static final Map<Progress, Set<Progress>> ALLOWED =
      Map.of(
          IN_REVIEW, EnumSet.of(APPROVED, WITHDRAWN),
          APPROVED, EnumSet.of(NOT_YET_RECRUITING, RECRUITING, ENROLLING_BY_INVITATION, WITHDRAWN),
          NOT_YET_RECRUITING,
              EnumSet.of(RECRUITING, ENROLLING_BY_INVITATION, TEMPORARILY_CLOSED, WITHDRAWN),
          RECRUITING,
              EnumSet.of(
                  ENROLLING_BY_INVITATION,
                  ACTIVE_NOT_RECRUITING,
                  TEMPORARILY_CLOSED,
                  COMPLETED,
                  TERMINATED),
          ENROLLING_BY_INVITATION,
              EnumSet.of(
                  RECRUITING, ACTIVE_NOT_RECRUITING, TEMPORARILY_CLOSED, COMPLETED, TERMINATED),
          ACTIVE_NOT_RECRUITING, EnumSet.of(RECRUITING, TEMPORARILY_CLOSED, COMPLETED, TERMINATED),
          TEMPORARILY_CLOSED,
              EnumSet.of(RECRUITING, ENROLLING_BY_INVITATION, ACTIVE_NOT_RECRUITING, TERMINATED),
          COMPLETED, EnumSet.noneOf(Progress.class),
          TERMINATED, EnumSet.noneOf(Progress.class),
          WITHDRAWN, EnumSet.noneOf(Progress.class));

  @Test
  void everyPairOfStatusesIsAllowedExactlyWhenTheTableSaysSo() {
    assertThat(ALLOWED.keySet()).containsExactlyInAnyOrder(values());
    int checked = 0;
    for (Progress from : values()) {
      for (Progress to : values()) {
        assertThat(from.canMoveTo(to))
            .as(from + " -> " + to)
            .isEqualTo(ALLOWED.get(from).contains(to));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(100);
  }

  @ParameterizedTest
  @EnumSource(Progress.class)
  void noStatusMovesToItself(Progress p) {
    assertThat(p.canMoveTo(p)).isFalse();
  }

  @Test
  void stopsAreTheSuspensionTheEarlyEndAndTheWithdrawal() {
    assertThat(EnumSet.allOf(Progress.class).stream().filter(Progress::isStop))
        .containsExactlyInAnyOrder(TEMPORARILY_CLOSED, TERMINATED, WITHDRAWN);
    assertThat(EnumSet.allOf(Progress.class).stream().filter(Progress::isFinal))
        .containsExactlyInAnyOrder(COMPLETED, TERMINATED, WITHDRAWN);
    assertThat(EnumSet.allOf(Progress.class).stream().filter(Progress::isRecruiting))
        .containsExactlyInAnyOrder(RECRUITING, ENROLLING_BY_INVITATION);
  }

  @Test
  void everyStatusIsReachableFromReview() {
    Set<Progress> seen = EnumSet.of(IN_REVIEW);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Progress p : List.copyOf(seen)) {
        grew |= seen.addAll(p.next());
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(values());
  }

  @ParameterizedTest
  @EnumSource(Progress.class)
  void aSceneIsRecruitingWhenAnySiteIs(Progress other) {
    assertThat(Progress.of(List.of(other, RECRUITING))).isEqualTo(RECRUITING);
    assertThat(Progress.of(List.of(RECRUITING, other))).isEqualTo(RECRUITING);
  }

  @ParameterizedTest
  @EnumSource(Progress.class)
  void oneSiteGivesItsOwnStatus(Progress p) {
    assertThat(Progress.of(List.of(p))).isEqualTo(p);
  }

  @Test
  void aSceneIsFinishedOnlyWhenEverySiteIs() {
    assertThat(Progress.of(List.of(COMPLETED, TEMPORARILY_CLOSED))).isEqualTo(TEMPORARILY_CLOSED);
    assertThat(Progress.of(List.of(WITHDRAWN, IN_REVIEW))).isEqualTo(IN_REVIEW);
    assertThat(Progress.of(List.of(TERMINATED, COMPLETED))).isEqualTo(COMPLETED);
    assertThat(Progress.of(List.of(TERMINATED, WITHDRAWN))).isEqualTo(TERMINATED);
    assertThat(Progress.of(List.of(ENROLLING_BY_INVITATION, NOT_YET_RECRUITING)))
        .isEqualTo(ENROLLING_BY_INVITATION);
    assertThat(Progress.of(List.of(ACTIVE_NOT_RECRUITING, NOT_YET_RECRUITING)))
        .isEqualTo(NOT_YET_RECRUITING);
    assertThatThrownBy(() -> Progress.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
