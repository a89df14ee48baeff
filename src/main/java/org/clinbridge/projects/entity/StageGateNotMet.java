package org.clinbridge.projects.entity;

import java.util.List;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.problem.ProblemException;

/**
 * A forward move that lacks what the gate asks for. The detail names the gate, the TRL shortfall
 * and each missing kind of evidence, in the caller's language.
 */
public class StageGateNotMet extends ProblemException {
  public static final String SLUG = "stage-gate-not-met";

  private final transient List<GateEvidence> missing;

  StageGateNotMet(StageGate gate, int trl, List<GateEvidence> missing) {
    super(409, SLUG, detailKey(gate, trl, missing), args(gate, trl, missing));
    this.missing = List.copyOf(missing);
  }

  public List<GateEvidence> missing() {
    return missing;
  }

  private static String detailKey(StageGate gate, int trl, List<GateEvidence> missing) {
    boolean low = trl < gate.minTrl();
    if (low && !missing.isEmpty()) {
      return SLUG + ".detail.both";
    }
    return low ? SLUG + ".detail.trl" : SLUG + ".detail.evidence";
  }

  private static Object[] args(StageGate gate, int trl, List<GateEvidence> missing) {
    String zh = String.join("、", missing.stream().map(e -> e.name().zh()).toList());
    String en = String.join(", ", missing.stream().map(e -> e.name().en()).toList());
    return new Object[] {
      gate.name().view(), gate.minTrl(), trl, new Bilingual(zh, en), missing.size()
    };
  }
}
