package org.clinbridge.projects.entity;

import java.util.Optional;

/**
 * Where a project is on the way from the lab to the market, with the TRL band that usually belongs
 * to the stage (domain brief, section 3). The order of the constants is the order of the stages.
 */
public enum Stage {
  LAB_RESEARCH(1, 3),
  PROOF_OF_CONCEPT(3, 4),
  PILOT_MATURATION(5, 7),
  APPLICATION(8, 9);

  private final int typicalTrlFrom;
  private final int typicalTrlTo;

  Stage(int typicalTrlFrom, int typicalTrlTo) {
    this.typicalTrlFrom = typicalTrlFrom;
    this.typicalTrlTo = typicalTrlTo;
  }

  public int typicalTrlFrom() {
    return typicalTrlFrom;
  }

  public int typicalTrlTo() {
    return typicalTrlTo;
  }

  public Optional<Stage> next() {
    Stage[] all = values();
    return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
  }

  /**
   * What kind of move going from this stage to {@code to} is. Only the next stage is a forward
   * move: skipping a stage would skip its gate.
   */
  public StageMove moveTo(Stage to) {
    if (to == this) {
      return StageMove.NONE;
    }
    if (to.ordinal() == ordinal() + 1) {
      return StageMove.FORWARD;
    }
    return to.ordinal() > ordinal() ? StageMove.SKIP : StageMove.BACK;
  }
}
