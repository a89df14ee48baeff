package org.clinbridge.organisations.entity;

import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Role;

/** A role that people of this kind of organisation may not hold, or no role at all. */
public class RoleNotAllowedException extends ProblemException {
  public RoleNotAllowedException(OrganisationKind kind, Role role) {
    super(
        422,
        "role-not-allowed",
        role == null ? "role-not-allowed.detail.none" : "role-not-allowed.detail",
        role == null ? "" : role.name(),
        kind.name(),
        kind.roles().stream().map(Enum::name).sorted().toList().toString());
  }
}
