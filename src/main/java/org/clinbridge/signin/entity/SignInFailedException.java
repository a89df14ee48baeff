package org.clinbridge.signin.entity;

import org.clinbridge.platform.problem.ProblemException;

/**
 * Wrong username or password, or an account that may not sign in. One answer for all of them, so
 * that nobody learns which usernames exist.
 */
public class SignInFailedException extends ProblemException {
  public SignInFailedException() {
    super(401, "sign-in-failed", "sign-in-failed.detail");
  }
}
