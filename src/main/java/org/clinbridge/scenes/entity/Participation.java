package org.clinbridge.scenes.entity;

import java.util.EnumSet;
import java.util.Set;

/** After acceptance: the device on the scene, then followed up, then off the scene. */
public enum Participation {
  ON_SCENE,
  FOLLOW_UP,
  OFF_SCENE,
  WITHDRAWN;

  public Set<Participation> next() {
    return switch (this) {
      case ON_SCENE -> EnumSet.of(FOLLOW_UP, WITHDRAWN);
      case FOLLOW_UP -> EnumSet.of(OFF_SCENE, WITHDRAWN);
      case OFF_SCENE, WITHDRAWN -> EnumSet.noneOf(Participation.class);
    };
  }

  public boolean canMoveTo(Participation target) {
    return next().contains(target);
  }
}
