package org.clinbridge.projects.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.projects.entity.StageMove.BACK;
import static org.clinbridge.projects.entity.StageMove.FORWARD;
import static org.clinbridge.projects.entity.StageMove.NONE;
import static org.clinbridge.projects.entity.StageMove.SKIP;

import org.junit.jupiter.api.Test;

class StageTest {
  /** Rows: from; columns: to, in declaration order. Written out so that a change shows here. */
  private static final StageMove[][] EXPECTED = {
    {NONE, FORWARD, SKIP, SKIP},
    {BACK, NONE, FORWARD, SKIP},
    {BACK, BACK, NONE, FORWARD},
    {BACK, BACK, BACK, NONE}
  };

  @Test
  void everyPairOfStagesIsTheExpectedKindOfMove() {
    Stage[] all = Stage.values();
    assertThat(all).hasSize(4);
    for (Stage from : all) {
      for (Stage to : all) {
        assertThat(from.moveTo(to))
            .as(from + " -> " + to)
            .isEqualTo(EXPECTED[from.ordinal()][to.ordinal()]);
      }
    }
  }

  @Test
  void stagesFollowTheBriefsOrderAndTrlBands() {
    assertThat(Stage.values())
        .containsExactly(
            Stage.LAB_RESEARCH, Stage.PROOF_OF_CONCEPT, Stage.PILOT_MATURATION, Stage.APPLICATION);
    assertThat(Stage.LAB_RESEARCH.next()).contains(Stage.PROOF_OF_CONCEPT);
    assertThat(Stage.APPLICATION.next()).isEmpty();
    assertThat(Stage.PILOT_MATURATION.typicalTrlFrom()).isEqualTo(5);
    assertThat(Stage.PILOT_MATURATION.typicalTrlTo()).isEqualTo(7);
  }

  @Test
  void everyStageButTheFirstHasAGate() {
    assertThat(Gate.entering(Stage.PROOF_OF_CONCEPT)).isEqualTo(Gate.PROOF_OF_CONCEPT);
    assertThat(Gate.entering(Stage.PILOT_MATURATION)).isEqualTo(Gate.PILOT_MATURATION);
    assertThat(Gate.entering(Stage.APPLICATION)).isEqualTo(Gate.APPLICATION);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Gate.entering(Stage.LAB_RESEARCH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
