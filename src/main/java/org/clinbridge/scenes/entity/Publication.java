package org.clinbridge.scenes.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The publication axis: whether start-ups can see the scene. A draft is seen only by its hospital;
 * an active scene by every signed-in user; a retired one stays on record (never deleted) but is
 * frozen.
 */
public enum Publication {
  DRAFT,
  ACTIVE,
  RETIRED;

  /** The states this one may move to; the only place publication transitions are decided. */
  public Set<Publication> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(ACTIVE, RETIRED);
      case ACTIVE -> EnumSet.of(RETIRED);
      case RETIRED -> EnumSet.noneOf(Publication.class);
    };
  }

  public boolean canMoveTo(Publication target) {
    return next().contains(target);
  }

  /** Content and progress may change until the scene is retired. */
  public boolean editable() {
    return this != RETIRED;
  }
}
