package org.clinbridge.platform.security;

/** The {@code WWW-Authenticate} values of RFC 6750 that our 401 answers carry. */
public final class BearerChallenge {
  private static final String REALM = "Bearer realm=\"clinbridge\"";

  private BearerChallenge() {}

  /** No credentials were sent. */
  public static String plain() {
    return REALM;
  }

  /** A token was sent and refused (malformed, bad signature, expired, account disabled). */
  public static String invalidToken() {
    return REALM + ", error=\"invalid_token\"";
  }
}
