package org.clinbridge.platform.voiding;

import java.time.OffsetDateTime;
import org.clinbridge.platform.problem.ProblemException;

/** A second void of the same record: 409, since the first void and its reason stand. */
public class AlreadyVoidedException extends ProblemException {
  public AlreadyVoidedException(OffsetDateTime voidedAt) {
    super(409, "already-voided", "already-voided.detail", String.valueOf(voidedAt));
  }
}
