package org.clinbridge.projects.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A project's status beside its stage. GRADUATED and TERMINATED are final. Stages move only while a
 * project is ACTIVE; stopping (ON_HOLD, TERMINATED) needs a reason.
 */
public enum ProjectStatus {
  ACTIVE,
  ON_HOLD,
  GRADUATED,
  TERMINATED;

  private static final Map<ProjectStatus, Set<ProjectStatus>> NEXT =
      Map.of(
          ACTIVE, EnumSet.of(ON_HOLD, GRADUATED, TERMINATED),
          ON_HOLD, EnumSet.of(ACTIVE, TERMINATED),
          GRADUATED, EnumSet.noneOf(ProjectStatus.class),
          TERMINATED, EnumSet.noneOf(ProjectStatus.class));

  public boolean canChangeTo(ProjectStatus to) {
    return NEXT.get(this).contains(to);
  }

  public boolean terminal() {
    return NEXT.get(this).isEmpty();
  }

  public boolean allowsStageMoves() {
    return this == ACTIVE;
  }

  /** Entering this status stops the project's progress, which must be explained. */
  public boolean needsReasonToEnter() {
    return this == ON_HOLD || this == TERMINATED;
  }
}
