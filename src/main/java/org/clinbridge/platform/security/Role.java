package org.clinbridge.platform.security;

/**
 * What a person may do. Stored by name on accounts; the same names are the groups of the signed-in
 * caller, so {@code @RolesAllowed(Roles.HOSPITAL_STAFF)} and {@code Role.HOSPITAL_STAFF} agree.
 */
public enum Role {
  /** Sees and manages everything in the district. */
  DISTRICT_ADMIN,
  /** Follows the projects assigned to them. */
  TECH_MANAGER,
  /** Publishes and runs a hospital's scenes and reviews applications to them. */
  HOSPITAL_STAFF,
  /** Works for a start-up (or university team): its projects, licences and consultations. */
  START_UP_MEMBER,
  /** Answers questions at the licensing consultation station. */
  CONSULTANT,
  /** Manages the people of their own organisation (invites, disables). */
  ORG_ADMIN
}
