package org.clinbridge.scenes.entity;

import org.clinbridge.platform.problem.ProblemException;

/** A change the scene's current state does not allow: a 409 naming both states. */
public class SceneConflict extends ProblemException {
  private SceneConflict(String slug, String detailKey, Object... args) {
    super(409, slug, detailKey, args);
  }

  public static SceneConflict publication(Publication from, Publication to) {
    return new SceneConflict(
        "scene-publication-transition", "scene-publication-transition.detail", from, to);
  }

  public static SceneConflict progress(String site, Progress from, Progress to) {
    return new SceneConflict(
        "scene-progress-transition", "scene-progress-transition.detail", site, from, to);
  }

  public static SceneConflict retired() {
    return new SceneConflict("scene-retired", "scene-retired.detail");
  }

  public static SceneConflict capacityBelowAccepted(int capacity, int accepted) {
    return new SceneConflict(
        "scene-capacity-below-accepted",
        "scene-capacity-below-accepted.detail",
        capacity,
        accepted);
  }
}
