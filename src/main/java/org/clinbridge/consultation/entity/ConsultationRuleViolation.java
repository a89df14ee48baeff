package org.clinbridge.consultation.entity;

import org.clinbridge.platform.problem.ProblemException;

/** A consultation that breaks a rule of its content: a 422 naming the rule. */
public class ConsultationRuleViolation extends ProblemException {
  private ConsultationRuleViolation(String slug, Object... args) {
    super(422, slug, slug + ".detail", args);
  }

  public static ConsultationRuleViolation emptyText(String field) {
    return new ConsultationRuleViolation("consultation-text-empty", field);
  }

  public static ConsultationRuleViolation textTooLong(String field, int length, int max) {
    return new ConsultationRuleViolation("consultation-text-too-long", field, length, max);
  }

  /** Merging needs another open consultation of the same organisation. */
  public static ConsultationRuleViolation mergeTarget(java.util.UUID target) {
    return new ConsultationRuleViolation("consultation-merge-target", target);
  }

  /** A service level is a positive number of working minutes. */
  public static ConsultationRuleViolation level(java.time.Duration given) {
    return new ConsultationRuleViolation("consultation-level-invalid", String.valueOf(given));
  }

  /** Questions are assigned to, and groups made of, the station's enabled consultants. */
  public static ConsultationRuleViolation notConsultant(String username) {
    return new ConsultationRuleViolation("consultation-not-consultant", username);
  }

  /** An attachment needs a media type such as application/pdf and a size of zero or more. */
  public static ConsultationRuleViolation attachment(String fileName) {
    return new ConsultationRuleViolation("consultation-attachment-invalid", fileName);
  }

  public static ConsultationRuleViolation ratingRange(int stars) {
    return new ConsultationRuleViolation("consultation-rating-range", stars);
  }
}
