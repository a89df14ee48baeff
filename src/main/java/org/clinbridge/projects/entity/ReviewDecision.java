package org.clinbridge.projects.entity;

/** The outcome of a milestone review. Only a go lets money tied to the milestone be released. */
public enum ReviewDecision {
  GO,
  GO_WITH_CONDITIONS,
  NO_GO;

  public boolean releasesFunds() {
    return this != NO_GO;
  }

  /** Conditions or reasons must be written down for anything but a plain go. */
  public boolean needsNote() {
    return this != GO;
  }
}
