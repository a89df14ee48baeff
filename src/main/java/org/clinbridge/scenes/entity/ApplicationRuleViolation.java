package org.clinbridge.scenes.entity;

import org.clinbridge.platform.problem.ProblemException;

/** An application that breaks a rule of the scene or of applications: a 422 naming the rule. */
public class ApplicationRuleViolation extends ProblemException {
  private ApplicationRuleViolation(String slug, Object... args) {
    super(422, slug, slug + ".detail", args);
  }

  public static ApplicationRuleViolation sceneNotOpen() {
    return new ApplicationRuleViolation("application-scene-not-open");
  }

  /** Every site of the scene has completed, terminated or withdrawn. */
  public static ApplicationRuleViolation sceneFinished(Progress progress) {
    return new ApplicationRuleViolation("application-scene-finished", progress.name());
  }

  /** Outside the scene's application window: the detail gives the window (UTC, as the API). */
  public static ApplicationRuleViolation windowClosed(Scene scene) {
    return new ApplicationRuleViolation(
        "application-window-closed", utc(scene.opensAt()), utc(scene.closesAt()));
  }

  private static String utc(java.time.OffsetDateTime t) {
    return t == null
        ? "-"
        : t.withOffsetSameInstant(java.time.ZoneOffset.UTC)
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
            .toString();
  }

  /** A rejection without a reason: a 400 naming the field, as a missing reason is everywhere. */
  public static ProblemException reasonRequired() {
    return ProblemException.invalidField("reason", "application.reason.required");
  }

  public static ApplicationRuleViolation textTooLong(int length) {
    return new ApplicationRuleViolation("application-text-too-long", length, Application.MAX_TEXT);
  }

  public static ApplicationRuleViolation projectNotActive(Object status) {
    return new ApplicationRuleViolation("application-project-not-active", status);
  }

  public static ApplicationRuleViolation emptyMessage() {
    return new ApplicationRuleViolation("application-message-empty");
  }

  /**
   * The project does not fit the scene: {@code rule} is the first unmet rule's code ({@code
   * trl-below}, {@code subcatalogue-not-accepted}, ...), its text in the detail.
   */
  public static ApplicationRuleViolation notAccepted(String rule, Object... args) {
    return new ApplicationRuleViolation("application-not-accepted-" + rule, args);
  }
}
