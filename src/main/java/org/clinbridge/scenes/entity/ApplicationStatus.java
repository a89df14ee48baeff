package org.clinbridge.scenes.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a start-up's application to a scene stands. The applicant drafts and submits it, and may
 * withdraw it until a decision; the hospital asks for more information, takes it under review and
 * decides. Transitions are decided here and nowhere else.
 */
public enum ApplicationStatus {
  DRAFT,
  SUBMITTED,
  MORE_INFO_REQUESTED,
  UNDER_REVIEW,
  ACCEPTED,
  ACCEPTED_WITH_CONDITIONS,
  REJECTED,
  WITHDRAWN;

  public Set<ApplicationStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case SUBMITTED -> EnumSet.of(MORE_INFO_REQUESTED, UNDER_REVIEW, WITHDRAWN);
      case MORE_INFO_REQUESTED -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case UNDER_REVIEW -> EnumSet.of(ACCEPTED, ACCEPTED_WITH_CONDITIONS, REJECTED, WITHDRAWN);
      case ACCEPTED, ACCEPTED_WITH_CONDITIONS, REJECTED, WITHDRAWN ->
          EnumSet.noneOf(ApplicationStatus.class);
    };
  }

  public boolean canMoveTo(ApplicationStatus target) {
    return next().contains(target);
  }

  /** A decision was made: the applicant can no longer withdraw. */
  public boolean decided() {
    return this == ACCEPTED || this == ACCEPTED_WITH_CONDITIONS || this == REJECTED;
  }

  public boolean accepted() {
    return this == ACCEPTED || this == ACCEPTED_WITH_CONDITIONS;
  }

  /** Live: counts against "one live application per project and scene". */
  public boolean live() {
    return this != REJECTED && this != WITHDRAWN;
  }
}
