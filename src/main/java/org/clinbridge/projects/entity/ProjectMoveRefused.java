package org.clinbridge.projects.entity;

import org.clinbridge.platform.problem.ProblemException;

/**
 * A stage or status move the lifecycle does not allow. Each variant's detail says why; stages and
 * statuses are passed as themselves and the bundles name them in either language.
 */
public class ProjectMoveRefused extends ProblemException {
  public static final String SLUG = "illegal-project-move";

  private ProjectMoveRefused(String variant, Object... args) {
    super(409, SLUG, SLUG + ".detail." + variant, args);
  }

  static ProjectMoveRefused alreadyIn(Stage stage) {
    return new ProjectMoveRefused("same", stage);
  }

  static ProjectMoveRefused skip(Stage from, Stage to) {
    return new ProjectMoveRefused("skip", from, from.next().orElseThrow(), to);
  }

  static ProjectMoveRefused notActive(ProjectStatus status) {
    return new ProjectMoveRefused("inactive", status);
  }

  static ProjectMoveRefused status(ProjectStatus from, ProjectStatus to) {
    return new ProjectMoveRefused("status", from, to);
  }

  static ProjectMoveRefused graduateOnlyFromApplication(Stage stage) {
    return new ProjectMoveRefused("graduate", stage);
  }

  static ProjectMoveRefused closed(ProjectStatus status) {
    return new ProjectMoveRefused("closed", status);
  }
}
