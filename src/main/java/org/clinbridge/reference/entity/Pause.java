package org.clinbridge.reference.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time in which a clock of working time stands still, e.g. while a consultation waits
 * for the applicant's answer. {@code to} is null while the pause lasts.
 */
public record Pause(Instant from, Instant to) {
  public Pause {
    Objects.requireNonNull(from, "from");
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("A pause ends after it starts: " + from + " " + to);
    }
  }

  /** A pause that has not ended. */
  public static Pause since(Instant from) {
    return new Pause(from, null);
  }

  public boolean open() {
    return to == null;
  }
}
