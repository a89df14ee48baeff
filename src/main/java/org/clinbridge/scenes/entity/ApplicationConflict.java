package org.clinbridge.scenes.entity;

import org.clinbridge.platform.problem.ProblemException;

/** An application change its current state does not allow, or a full scene: a 409. */
public class ApplicationConflict extends ProblemException {
  private ApplicationConflict(String slug, Object... args) {
    super(409, slug, slug + ".detail", args);
  }

  public static ApplicationConflict transition(ApplicationStatus from, ApplicationStatus to) {
    return new ApplicationConflict("application-transition", from, to);
  }

  public static ApplicationConflict participation(Participation from, Participation to) {
    return new ApplicationConflict(
        "application-participation-transition", from == null ? "-" : from, to);
  }

  public static ApplicationConflict closed(ApplicationStatus status) {
    return new ApplicationConflict("application-closed", status);
  }

  /** Every slot of the scene is taken. */
  public static ApplicationConflict sceneFull(int capacity) {
    return new ApplicationConflict("scene-full", capacity);
  }

  /** The project already has a live application to this scene. */
  public static ApplicationConflict duplicate() {
    return new ApplicationConflict("application-duplicate");
  }
}
