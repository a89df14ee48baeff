package org.clinbridge.funding.entity;

import org.clinbridge.platform.problem.ProblemException;

/** A release the tranche's milestone review does not allow, or a second release. */
public class TrancheRefused extends ProblemException {
  public static final String SLUG = "tranche-refused";

  private TrancheRefused(String variant, Object... args) {
    super(409, SLUG, SLUG + ".detail." + variant, args);
  }

  static TrancheRefused alreadyReleased() {
    return new TrancheRefused("released");
  }

  static TrancheRefused noReview(Object milestoneTitle) {
    return new TrancheRefused("no-review", milestoneTitle);
  }

  static TrancheRefused noGo(Object milestoneTitle) {
    return new TrancheRefused("no-go", milestoneTitle);
  }
}
