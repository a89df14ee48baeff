package org.clinbridge.signin.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Failed sign-ins for one key ({@code account:<username>} or {@code address:<ip>}) in the current
 * window, and until when further attempts are refused. Kept in the database so every instance of a
 * cluster sees the same count; updated under a row lock.
 */
@Entity
@Table(name = "signin_throttle")
public class ThrottleCounter {
  @Id
  @Column(name = "throttle_key")
  private String key;

  private int failures;

  @Column(name = "window_started_at", nullable = false)
  private OffsetDateTime windowStartedAt;

  @Column(name = "blocked_until")
  private OffsetDateTime blockedUntil;

  protected ThrottleCounter() {}

  public ThrottleCounter(String key, OffsetDateTime now) {
    this.key = key;
    this.windowStartedAt = now;
  }

  public String key() {
    return key;
  }

  public int failures() {
    return failures;
  }

  /** How long attempts are still refused, if they are. */
  public Optional<Duration> blockedFor(OffsetDateTime now) {
    return blockedUntil != null && blockedUntil.isAfter(now)
        ? Optional.of(Duration.between(now, blockedUntil))
        : Optional.empty();
  }

  /** Counts a failure; a window that has ended starts afresh. */
  public void fail(OffsetDateTime now, ThrottlePolicy policy) {
    if (windowStartedAt.plus(policy.window()).isBefore(now)) {
      failures = 0;
      windowStartedAt = now;
      blockedUntil = null;
    }
    failures++;
    Duration delay = policy.delayAfter(failures);
    blockedUntil = delay.isZero() ? null : now.plus(delay);
  }
}
