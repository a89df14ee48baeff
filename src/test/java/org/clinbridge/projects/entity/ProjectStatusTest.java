package org.clinbridge.projects.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectStatusTest {
  /** Rows: from; columns: to (ACTIVE, ON_HOLD, GRADUATED, TERMINATED). */
  private static final boolean[][] ALLOWED = {
    {false, true, true, true},
    {true, false, false, true},
    {false, false, false, false},
    {false, false, false, false}
  };

  @Test
  void everyPairOfStatusesIsAllowedOrNotAsTheTableSays() {
    ProjectStatus[] all = ProjectStatus.values();
    assertThat(all).hasSize(4);
    for (ProjectStatus from : all) {
      for (ProjectStatus to : all) {
        assertThat(from.canChangeTo(to))
            .as(from + " -> " + to)
            .isEqualTo(ALLOWED[from.ordinal()][to.ordinal()]);
      }
    }
  }

  @Test
  void onlyGraduatedAndTerminatedAreFinalAndOnlyActiveMovesStages() {
    for (ProjectStatus s : ProjectStatus.values()) {
      assertThat(s.terminal())
          .as(s.name())
          .isEqualTo(s == ProjectStatus.GRADUATED || s == ProjectStatus.TERMINATED);
      assertThat(s.allowsStageMoves()).as(s.name()).isEqualTo(s == ProjectStatus.ACTIVE);
      assertThat(s.needsReasonToEnter())
          .as(s.name())
          .isEqualTo(s == ProjectStatus.ON_HOLD || s == ProjectStatus.TERMINATED);
    }
  }
}
