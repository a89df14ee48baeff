package org.clinbridge.scenes.entity;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;

/**
 * The progress axis of a scene site, after the registries (ClinicalTrials.gov overall status, FHIR
 * R5 ResearchStudy.progressStatus). Transitions are decided here and nowhere else.
 */
public enum Progress {
  IN_REVIEW(7),
  APPROVED(6),
  NOT_YET_RECRUITING(3),
  RECRUITING(1),
  ENROLLING_BY_INVITATION(2),
  ACTIVE_NOT_RECRUITING(4),
  TEMPORARILY_CLOSED(5),
  COMPLETED(8),
  TERMINATED(9),
  WITHDRAWN(10);

  /** Longest reason a stop may carry, as ClinicalTrials.gov's whyStopped. */
  public static final int MAX_REASON_LENGTH = 250;

  /**
   * Where a site's status ranks when several sites make up a scene: the scene shows the best-ranked
   * status among its sites, so it is RECRUITING when any site is, and finished only when all are.
   */
  private final int rank;

  Progress(int rank) {
    this.rank = rank;
  }

  /** Over for good: a scene whose every site is here takes no more applications. */
  public boolean finished() {
    return this == COMPLETED || this == TERMINATED || this == WITHDRAWN;
  }

  /** The finished statuses, for queries. */
  public static Set<Progress> finishedOnes() {
    return EnumSet.of(COMPLETED, TERMINATED, WITHDRAWN);
  }

  public Set<Progress> next() {
    return switch (this) {
      case IN_REVIEW -> EnumSet.of(APPROVED, WITHDRAWN);
      case APPROVED ->
          EnumSet.of(NOT_YET_RECRUITING, RECRUITING, ENROLLING_BY_INVITATION, WITHDRAWN);
      case NOT_YET_RECRUITING ->
          EnumSet.of(RECRUITING, ENROLLING_BY_INVITATION, TEMPORARILY_CLOSED, WITHDRAWN);
      case RECRUITING ->
          EnumSet.of(
              ENROLLING_BY_INVITATION,
              ACTIVE_NOT_RECRUITING,
              TEMPORARILY_CLOSED,
              COMPLETED,
              TERMINATED);
      case ENROLLING_BY_INVITATION ->
          EnumSet.of(RECRUITING, ACTIVE_NOT_RECRUITING, TEMPORARILY_CLOSED, COMPLETED, TERMINATED);
      case ACTIVE_NOT_RECRUITING ->
          EnumSet.of(RECRUITING, TEMPORARILY_CLOSED, COMPLETED, TERMINATED);
      case TEMPORARILY_CLOSED ->
          EnumSet.of(RECRUITING, ENROLLING_BY_INVITATION, ACTIVE_NOT_RECRUITING, TERMINATED);
      case COMPLETED, TERMINATED, WITHDRAWN -> EnumSet.noneOf(Progress.class);
    };
  }

  public boolean canMoveTo(Progress target) {
    return next().contains(target);
  }

  /** A stop (suspension, early end, withdrawal before the first participant) needs a reason. */
  public boolean isStop() {
    return this == TEMPORARILY_CLOSED || this == TERMINATED || this == WITHDRAWN;
  }

  public boolean isFinal() {
    return next().isEmpty();
  }

  /** Taking participants now: openly or by invitation. */
  public boolean isRecruiting() {
    return this == RECRUITING || this == ENROLLING_BY_INVITATION;
  }

  /** The status of a scene made of sites with these statuses. */
  public static Progress of(Collection<Progress> sites) {
    return sites.stream()
        .min(Comparator.comparingInt(p -> p.rank))
        .orElseThrow(() -> new IllegalArgumentException("A scene has at least one site"));
  }
}
