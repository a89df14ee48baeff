package org.clinbridge.scenes.entity;

import org.clinbridge.platform.problem.ProblemException;

/**
 * Content that breaks a rule of scenes (as opposed to a malformed field): a 422 whose type names
 * the rule, so a client can tell which one.
 */
public class SceneRuleViolation extends ProblemException {
  private SceneRuleViolation(String slug, Object... args) {
    super(422, slug, slug + ".detail", args);
  }

  /**
   * A stop without a reason: a 400 naming the field, as a missing reason is in every area (not a
   * rule of scenes of its own).
   */
  public static ProblemException stopNeedsReason(Progress stop) {
    return ProblemException.invalidField("reason", "scene.stop.reason.required", stop);
  }

  public static SceneRuleViolation reasonTooLong(int length) {
    return new SceneRuleViolation("scene-reason-too-long", length, Progress.MAX_REASON_LENGTH);
  }

  public static SceneRuleViolation certificateRequired(SceneType type) {
    return new SceneRuleViolation("scene-certificate-required", type);
  }

  public static SceneRuleViolation certificateForbidden(SceneType type) {
    return new SceneRuleViolation("scene-certificate-forbidden", type);
  }

  public static SceneRuleViolation trlRange(int min, int max) {
    return new SceneRuleViolation("scene-trl-range", min, max);
  }

  public static SceneRuleViolation window() {
    return new SceneRuleViolation("scene-window");
  }

  public static SceneRuleViolation incomplete(String missing) {
    return new SceneRuleViolation("scene-incomplete", missing);
  }

  public static SceneRuleViolation capacity(int capacity) {
    return new SceneRuleViolation("scene-capacity", capacity);
  }

  public static SceneRuleViolation unknownSite(Object site) {
    return new SceneRuleViolation("scene-site-unknown", site);
  }
}
