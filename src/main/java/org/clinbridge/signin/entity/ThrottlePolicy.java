package org.clinbridge.signin.entity;

import java.time.Duration;

/**
 * How failed sign-ins are slowed down: once {@code freeFailures} failures have happened within a
 * window, further attempts are refused for {@code firstDelay}; every further failure (after the
 * block ends) doubles the block, up to {@code maxDelay}. Defaults (docs/security.md): per account 5
 * free failures, per client address 20, a 15-minute window, 30 seconds doubling to 15 minutes.
 */
public record ThrottlePolicy(
    int freeFailures, Duration window, Duration firstDelay, Duration maxDelay) {

  public ThrottlePolicy {
    if (freeFailures < 1 || window.isNegative() || firstDelay.isNegative()) {
      throw new IllegalArgumentException("Bad throttle policy");
    }
  }

  /** The block after the {@code failures}-th failure in a window; zero while failures are free. */
  public Duration delayAfter(int failures) {
    int over = failures - freeFailures;
    if (over < 0) {
      return Duration.ZERO;
    }
    // Doubling from firstDelay, without overflowing for very long runs of failures.
    long seconds = firstDelay.getSeconds() << Math.min(over, 30);
    return Duration.ofSeconds(Math.min(seconds, maxDelay.getSeconds()));
  }
}
