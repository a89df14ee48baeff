package org.clinbridge.projects.entity;

/**
 * The gates a project passes: one before each stage after the first, and one to graduate. What each
 * gate asks for is data ({@link StageGate}), so an administrator can change it.
 */
public enum Gate {
  PROOF_OF_CONCEPT,
  PILOT_MATURATION,
  APPLICATION,
  GRADUATION;

  /** The gate in front of {@code stage}; the first stage has none. */
  public static Gate entering(Stage stage) {
    return switch (stage) {
      case LAB_RESEARCH -> throw new IllegalArgumentException("The first stage has no gate");
      case PROOF_OF_CONCEPT -> PROOF_OF_CONCEPT;
      case PILOT_MATURATION -> PILOT_MATURATION;
      case APPLICATION -> APPLICATION;
    };
  }
}
