package org.clinbridge.consultation.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clinbridge.reference.entity.CalendarDays;
import org.clinbridge.reference.entity.CalendarNotHeld;
import org.clinbridge.reference.entity.OfficeHours;
import org.clinbridge.reference.entity.Pause;

/**
 * One service-level clock of a consultation (first response, resolution) at an instant, in the
 * station's working time less the pauses: how much has elapsed of the target, when it is due, and
 * whether and when it was breached.
 *
 * @param due when the target is reached; null while paused before it (unknown until the asker
 *     answers) or when the calendar does not hold the dates
 * @param breachedAt the instant the target was passed, if it was
 * @param left the working time left, negative once breached; null when not counted
 */
public record ServiceClock(
    State state,
    Duration target,
    Duration elapsed,
    Instant due,
    Instant breachedAt,
    Duration left) {

  /** RUNNING and PAUSED count on; MET and BREACHED are final or past the target. */
  public enum State {
    RUNNING,
    PAUSED,
    MET,
    BREACHED,
    /** Some date involved lies in a year whose holiday notice the calendar does not hold. */
    NOT_COUNTED
  }

  /**
   * The clock started at {@code start} with {@code target} of working time, stopped at {@code
   * stopped} (null while it runs), seen at {@code now}.
   */
  public static ServiceClock of(
      OfficeHours hours,
      CalendarDays days,
      Instant start,
      Instant stopped,
      Duration target,
      List<Pause> pauses,
      Instant now) {
    Instant end = stopped != null ? stopped : now;
    try {
      Duration elapsed = hours.elapsed(days, start, end, pauses);
      boolean breached = elapsed.compareTo(target) > 0;
      boolean paused = stopped == null && pauses.stream().anyMatch(Pause::open);
      Instant due = null;
      if (breached || !paused) {
        // A pause still open began after the target was passed, or there is none: the ended
        // pauses alone decide when the target was (or will be) reached.
        due =
            hours.instantAfter(
                days, start, target, pauses.stream().filter(p -> !p.open()).toList());
      }
      State state;
      if (breached) {
        state = State.BREACHED;
      } else if (stopped != null) {
        state = State.MET;
      } else {
        state = paused ? State.PAUSED : State.RUNNING;
      }
      return new ServiceClock(
          state, target, elapsed, due, breached ? due : null, target.minus(elapsed));
    } catch (CalendarNotHeld e) {
      return new ServiceClock(State.NOT_COUNTED, target, null, null, null, null);
    }
  }
}
