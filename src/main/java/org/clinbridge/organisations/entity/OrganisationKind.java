package org.clinbridge.organisations.entity;

import java.util.EnumSet;
import java.util.Set;
import org.clinbridge.platform.security.Role;

/**
 * What an organisation is; decides which roles its people may hold and so what they may see. The
 * table of roles per kind is the one rule for it: account creation, invitations, role changes and
 * roles mapped from an external identity provider all ask {@link #allows}.
 */
public enum OrganisationKind {
  START_UP(Role.START_UP_MEMBER),
  /** A university or research team: runs projects like a start-up, may have technology managers. */
  UNIVERSITY(Role.START_UP_MEMBER, Role.TECH_MANAGER),
  HOSPITAL(Role.HOSPITAL_STAFF),
  /** Professional service agencies employ technology managers and consultants. */
  SERVICE_AGENCY(Role.TECH_MANAGER, Role.CONSULTANT),
  CONSULTATION_STATION(Role.CONSULTANT),
  DISTRICT(Role.DISTRICT_ADMIN, Role.TECH_MANAGER);

  private final Set<Role> roles;

  OrganisationKind(Role first, Role... more) {
    EnumSet<Role> r = EnumSet.of(first, more);
    // Every organisation may have administrators of its own people.
    r.add(Role.ORG_ADMIN);
    this.roles = Set.copyOf(r);
  }

  /** The roles people of this kind of organisation may hold. */
  public Set<Role> roles() {
    return roles;
  }

  public boolean allows(Role role) {
    return roles.contains(role);
  }
}
