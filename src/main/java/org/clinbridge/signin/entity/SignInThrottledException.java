package org.clinbridge.signin.entity;

import java.time.Duration;
import java.util.Map;
import org.clinbridge.platform.problem.ProblemException;

/** Too many failed sign-ins for this account or address: a 429 that says when to try again. */
public class SignInThrottledException extends ProblemException {
  private final long retryAfterSeconds;

  public SignInThrottledException(Duration wait) {
    this(Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0)));
  }

  private SignInThrottledException(long seconds) {
    super(429, "too-many-requests", "too-many-requests.detail.sign-in", seconds);
    this.retryAfterSeconds = seconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", Long.toString(retryAfterSeconds));
  }
}
