package org.clinbridge.projects.entity;

import org.clinbridge.platform.problem.ProblemException;

/** A milestone change its state does not allow; the detail says which state it is in. */
public class MilestoneRefused extends ProblemException {
  public static final String SLUG = "milestone-refused";

  private MilestoneRefused(String variant, Object... args) {
    super(409, SLUG, SLUG + ".detail." + variant, args);
  }

  static MilestoneRefused notOpen(MilestoneStatus status) {
    return new MilestoneRefused("not-open", status);
  }

  static MilestoneRefused notReached() {
    return new MilestoneRefused("not-reached");
  }

  /** A start-up cannot cancel the milestone a fund tranche waits on; its manager can. */
  public static MilestoneRefused fundsATranche() {
    return new MilestoneRefused("funds-tranche");
  }

  static MilestoneRefused cancelled() {
    return new MilestoneRefused("cancelled");
  }
}
