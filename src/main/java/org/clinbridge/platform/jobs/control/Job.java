package org.clinbridge.platform.jobs.control;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Timed work that {@link Jobs} runs on every instance's schedule, once per tick across the cluster
 * (a lease row in the database decides which instance). Implementations are CDI beans; a run must
 * be idempotent, because a crash after the work but before its record, or an administrator's "run
 * now" right after a tick, runs it again.
 */
public interface Job {
  /** Stable name, lower case with dashes: the lease row, the API path and the page key. */
  String name();

  /** How often it runs; ticks are aligned on multiples of this since the epoch (UTC). */
  Duration interval();

  /**
   * Does the work due at {@code now} in transactions of its own, finishing well within the lease
   * ({@code jobs.lease-seconds}); returns a one-line summary for the run record. An exception is
   * recorded as a failed run and the next tick tries again.
   */
  String run(OffsetDateTime now) throws Exception;
}
