package org.clinbridge.projects.entity;

/** What a timeline entry records. */
public enum ProjectEventKind {
  REGISTERED,
  ADVANCED,
  RETURNED,
  PUT_ON_HOLD,
  RESUMED,
  TERMINATED,
  GRADUATED
}
