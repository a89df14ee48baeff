package org.clinbridge.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in caller of the current request, for the boundaries' ownership checks and the
 * controls' organisation scoping. Boundaries ask this, never the raw security API, so that the
 * rules "a district admin sees all, everyone else their own organisation" read the same everywhere.
 */
@RequestScoped
public class Caller {
  @Inject SecurityContext securityContext;
  @Inject HttpServletRequest request;

  private Optional<CallerPrincipal> principal() {
    Optional<CallerPrincipal> p =
        securityContext.getPrincipalsByType(CallerPrincipal.class).stream().findFirst();
    if (p.isPresent()) {
      return p;
    }
    // An error dispatch (the container's 404 for a missing page, a 500) runs without the login of
    // the request it serves; the authentication mechanism left that request's verified principal
    // here. Only our mechanism sets the attribute, and only after it verified the caller.
    return onRequest();
  }

  private Optional<CallerPrincipal> onRequest() {
    try {
      return request.getAttribute(CallerPrincipal.REQUEST_ATTRIBUTE) instanceof CallerPrincipal c
          ? Optional.of(c)
          : Optional.empty();
    } catch (IllegalStateException e) {
      // Work outside an HTTP request (a job, a timer) has no request and no caller.
      return Optional.empty();
    }
  }

  public boolean signedIn() {
    return principal().isPresent();
  }

  /** The principal; only call where the endpoint already requires a signed-in caller. */
  public CallerPrincipal require() {
    return principal()
        .orElseThrow(() -> new IllegalStateException("No signed-in caller on this request"));
  }

  public String username() {
    return require().username();
  }

  public UUID accountId() {
    return require().accountId();
  }

  public UUID organisationId() {
    return require().organisationId();
  }

  public long organisationRef() {
    return require().organisationRef();
  }

  public Set<Role> roles() {
    return principal().map(CallerPrincipal::roles).orElse(Set.of());
  }

  public boolean has(Role role) {
    return roles().contains(role);
  }

  public boolean isDistrictAdmin() {
    return has(Role.DISTRICT_ADMIN);
  }

  /**
   * True when the caller may manage {@code organisationRef} and its people: a district admin, or an
   * {@code ORG_ADMIN} of that organisation.
   */
  public boolean administers(long organisationRef) {
    return isDistrictAdmin()
        || (has(Role.ORG_ADMIN) && require().organisationRef() == organisationRef);
  }

  /** True when the caller may see records of {@code organisationRef}: their own, or all. */
  public boolean canSee(long organisationRef) {
    return isDistrictAdmin() || (signedIn() && require().organisationRef() == organisationRef);
  }
}
