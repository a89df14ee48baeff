package org.clinbridge.signin.control;

/**
 * Why a page sign-in failed, left on the request as {@link ClinBridgeAuthentication#OUTCOME} for
 * the sign-in page to show the right message.
 *
 * @param throttled true when too many failures came first; then {@code retryAfterSeconds} says how
 *     long to wait
 */
public record SignInOutcome(boolean throttled, long retryAfterSeconds) {
  static SignInOutcome failed() {
    return new SignInOutcome(false, 0);
  }

  static SignInOutcome throttled(long seconds) {
    return new SignInOutcome(true, seconds);
  }
}
