package org.clinbridge.projects.entity;

/** The kinds of move between two stages; see {@link Stage#moveTo(Stage)}. */
public enum StageMove {
  /** To the next stage: allowed when its gate's evidence is given. */
  FORWARD,
  /** To any earlier stage: allowed with a reason. */
  BACK,
  /** Past the next stage: never allowed. */
  SKIP,
  /** To the stage the project is already in: nothing to do, refused. */
  NONE
}
