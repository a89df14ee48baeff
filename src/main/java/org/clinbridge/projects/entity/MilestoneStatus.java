package org.clinbridge.projects.entity;

/** A milestone is open until it is reached (with evidence) or cancelled (with a reason). */
public enum MilestoneStatus {
  OPEN,
  REACHED,
  CANCELLED
}
