package org.clinbridge.platform.audit.entity;

import java.util.Objects;
import java.util.UUID;

/**
 * Who made a change: the signed-in account and its organisation, or a named non-person actor
 * ({@link #SYSTEM} for work outside any request, {@link #ANONYMOUS} for a request nobody signed
 * into) with no account.
 */
public record Actor(String username, UUID accountId, UUID organisationId) {
  public static final Actor SYSTEM = new Actor("system", null, null);
  public static final Actor ANONYMOUS = new Actor("anonymous", null, null);

  public Actor {
    Objects.requireNonNull(username, "username");
  }
}
