package org.clinbridge.licensing.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a licence application stands (domain brief, section 5). The general table is here; the
 * rules that depend on the application (filings skip the review, the supplement goes through
 * correspondence, a hold resumes where it stopped) are in {@link LicenceApplication#moveTo}.
 */
public enum ApplicationState {
  PLANNED,
  IN_PREPARATION,
  SUBMITTED,
  ACCEPTED,
  NOT_ACCEPTED,
  UNDER_TECHNICAL_REVIEW,
  /** The authority asked for a supplement once: its clock stops, the applicant has a year. */
  SUPPLEMENT_REQUESTED,
  /** The supplement is in: the review resumes. */
  SUPPLEMENT_SUBMITTED,
  QMS_INSPECTION,
  DECISION_PENDING,
  APPROVED,
  REFUSED,
  WITHDRAWN,
  ON_HOLD;

  private static final Map<ApplicationState, Set<ApplicationState>> NEXT =
      Map.ofEntries(
          Map.entry(PLANNED, EnumSet.of(IN_PREPARATION, WITHDRAWN, ON_HOLD)),
          Map.entry(IN_PREPARATION, EnumSet.of(SUBMITTED, WITHDRAWN, ON_HOLD)),
          Map.entry(SUBMITTED, EnumSet.of(ACCEPTED, NOT_ACCEPTED, WITHDRAWN, ON_HOLD)),
          Map.entry(ACCEPTED, EnumSet.of(UNDER_TECHNICAL_REVIEW, APPROVED, WITHDRAWN, ON_HOLD)),
          Map.entry(
              UNDER_TECHNICAL_REVIEW,
              EnumSet.of(
                  SUPPLEMENT_REQUESTED, QMS_INSPECTION, DECISION_PENDING, WITHDRAWN, ON_HOLD)),
          Map.entry(
              SUPPLEMENT_REQUESTED, EnumSet.of(SUPPLEMENT_SUBMITTED, REFUSED, WITHDRAWN, ON_HOLD)),
          Map.entry(
              SUPPLEMENT_SUBMITTED,
              EnumSet.of(QMS_INSPECTION, DECISION_PENDING, WITHDRAWN, ON_HOLD)),
          Map.entry(QMS_INSPECTION, EnumSet.of(DECISION_PENDING, WITHDRAWN, ON_HOLD)),
          Map.entry(DECISION_PENDING, EnumSet.of(APPROVED, REFUSED, WITHDRAWN, ON_HOLD)),
          Map.entry(ON_HOLD, EnumSet.noneOf(ApplicationState.class)),
          Map.entry(APPROVED, EnumSet.noneOf(ApplicationState.class)),
          Map.entry(REFUSED, EnumSet.noneOf(ApplicationState.class)),
          Map.entry(WITHDRAWN, EnumSet.noneOf(ApplicationState.class)),
          Map.entry(NOT_ACCEPTED, EnumSet.noneOf(ApplicationState.class)));

  private static final Set<ApplicationState> FINAL =
      EnumSet.of(APPROVED, REFUSED, WITHDRAWN, NOT_ACCEPTED);

  /** The general table; ON_HOLD's way out is decided by the application (where it was held). */
  public boolean canChangeTo(ApplicationState to) {
    return NEXT.get(this).contains(to);
  }

  public boolean terminal() {
    return FINAL.contains(this);
  }

  /** Moves that need a reason: refusals, withdrawals and holds are explained. */
  public boolean needsReason() {
    return this == NOT_ACCEPTED || this == REFUSED || this == WITHDRAWN || this == ON_HOLD;
  }

  /** States of the authority's review, which a filing never passes through. */
  public boolean review() {
    return this == UNDER_TECHNICAL_REVIEW
        || this == SUPPLEMENT_REQUESTED
        || this == SUPPLEMENT_SUBMITTED
        || this == QMS_INSPECTION
        || this == DECISION_PENDING;
  }
}
