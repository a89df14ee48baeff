package org.clinbridge.consultation.entity;

import org.clinbridge.platform.problem.ProblemException;

/** A consultation change its current state does not allow: a 409 naming the rule. */
public class ConsultationConflict extends ProblemException {
  private ConsultationConflict(String slug, Object... args) {
    super(409, slug, slug + ".detail", args);
  }

  public static ConsultationConflict transition(ConsultationStatus from, ConsultationStatus to) {
    return new ConsultationConflict("consultation-transition", from, to);
  }

  /** Closed and merged consultations take no more messages. */
  public static ConsultationConflict finished(ConsultationStatus status) {
    return new ConsultationConflict("consultation-finished", status);
  }

  /** Only a resolved answer is rated, and once. */
  public static ConsultationConflict rating(ConsultationStatus status) {
    return new ConsultationConflict("consultation-rating", status);
  }
}
