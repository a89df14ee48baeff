package org.clinbridge.platform.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as established at sign-in: the account, its organisation and roles. The
 * authentication mechanism hands this principal to the container; {@link Caller} reads it back.
 * Serializable because browser sessions keep it (and replicate it across a cluster).
 *
 * @param organisationRef the organisation's internal key, for scoping queries; never on the wire
 */
public record CallerPrincipal(
    String username,
    UUID accountId,
    UUID organisationId,
    long organisationRef,
    String organisationKind,
    Set<Role> roles)
    implements Principal, Serializable {
  /** Request attribute with the principal the authentication mechanism verified for a request. */
  public static final String REQUEST_ATTRIBUTE = "org.clinbridge.security.caller";

  public CallerPrincipal {
    roles = Set.copyOf(roles);
  }

  @Override
  public String getName() {
    return username;
  }
}
