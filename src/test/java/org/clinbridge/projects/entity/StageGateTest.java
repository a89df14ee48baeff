package org.clinbridge.projects.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class StageGateTest {
  @Test
  void evidenceKindsMatchWhateverTheCaseAndMissingOnesKeepTheGatesOrder() {
    StageGate g = Fixtures.gate(Gate.APPLICATION, 7, "A_ONE", "B_TWO", "C_THREE");
    assertThat(g.missing(List.of(new Evidence("b_two", "x"))))
        .extracting(GateEvidence::code)
        .containsExactly("A_ONE", "C_THREE");
    g.requireMetBy(
        7,
        List.of(
            new Evidence("A_ONE", "1"), new Evidence("B_TWO", "2"), new Evidence("c_three", "3")));
  }

  @Test
  void anAdministratorChangesWhatTheGateAsksFor() {
    StageGate g = Fixtures.gate(Gate.PILOT_MATURATION, 4, "POC_REPORT");
    g.change(
        new BilingualText("进入中试", "Into pilot"),
        5,
        List.of(new GateEvidence("ETHICS_APPROVAL", new BilingualText("伦理批件", "Ethics approval"))));
    assertThat(g.minTrl()).isEqualTo(5);
    assertThat(g.evidence()).extracting(GateEvidence::code).containsExactly("ETHICS_APPROVAL");
    assertThatThrownBy(() -> g.requireMetBy(5, List.of(new Evidence("POC_REPORT", "x"))))
        .isInstanceOf(StageGateNotMet.class);
  }

  @Test
  void aGateIsSaneOrRefused() {
    StageGate g = Fixtures.gate(Gate.PILOT_MATURATION, 4, "POC_REPORT");
    BilingualText n = new BilingualText("n", "n");
    assertThatThrownBy(() -> g.change(n, 0, List.of()))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThatThrownBy(() -> g.change(n, 10, List.of()))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    GateEvidence e = new GateEvidence("X_Y", n);
    assertThatThrownBy(() -> g.change(n, 4, List.of(e, new GateEvidence("x_y", n))))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThatThrownBy(() -> new GateEvidence("not a code", n))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(g.minTrl()).isEqualTo(4);
  }

  @Test
  void theRefusalNamesTheMissingEvidenceInBothLanguages() {
    StageGate g = Fixtures.gate(Gate.PILOT_MATURATION, 4, "POC_REPORT", "IP_FILED");
    StageGateNotMet e =
        (StageGateNotMet)
            org.assertj.core.api.Assertions.catchThrowable(() -> g.requireMetBy(3, List.of()));
    Object[] args = e.args();
    assertThat(args[1]).isEqualTo(4);
    assertThat(args[2]).isEqualTo(3);
    assertThat(args[3].toString())
        .contains("POC_REPORT（中文）、IP_FILED（中文）")
        .contains("poc_report, ip_filed");
  }
}
