package org.clinbridge.consultation.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a consultation stands. NEW until the station first answers; PENDING_CUSTOMER while the
 * station waits for the asker (the clocks stand still); RESOLVED once answered, which the asker may
 * reopen; CLOSED and MERGED are final. Transitions are decided here and nowhere else.
 */
public enum ConsultationStatus {
  NEW,
  OPEN,
  PENDING_CUSTOMER,
  RESOLVED,
  CLOSED,
  REOPENED,
  MERGED;

  public Set<ConsultationStatus> next() {
    return switch (this) {
      case NEW, REOPENED -> EnumSet.of(OPEN, PENDING_CUSTOMER, RESOLVED, MERGED);
      case OPEN -> EnumSet.of(PENDING_CUSTOMER, RESOLVED, MERGED);
      case PENDING_CUSTOMER -> EnumSet.of(OPEN, RESOLVED, MERGED);
      case RESOLVED -> EnumSet.of(REOPENED, CLOSED);
      case CLOSED, MERGED -> EnumSet.noneOf(ConsultationStatus.class);
    };
  }

  public boolean canMoveTo(ConsultationStatus target) {
    return next().contains(target);
  }

  /** The thread takes no more messages. */
  public boolean finished() {
    return this == CLOSED || this == MERGED;
  }
}
