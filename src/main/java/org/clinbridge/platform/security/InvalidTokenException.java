package org.clinbridge.platform.security;

/**
 * A bearer token we do not accept: malformed, badly signed, expired, from an unknown issuer, or
 * naming an account that may no longer sign in. The reason is for the log only; clients get one
 * uniform 401.
 */
public class InvalidTokenException extends Exception {
  public InvalidTokenException(String reason) {
    super(reason);
  }

  public InvalidTokenException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
