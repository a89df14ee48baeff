package org.clinbridge.platform.security;

/** {@link Role} names as compile-time constants, for {@code @RolesAllowed}. */
public final class Roles {
  public static final String DISTRICT_ADMIN = "DISTRICT_ADMIN";
  public static final String TECH_MANAGER = "TECH_MANAGER";
  public static final String HOSPITAL_STAFF = "HOSPITAL_STAFF";
  public static final String START_UP_MEMBER = "START_UP_MEMBER";
  public static final String CONSULTANT = "CONSULTANT";
  public static final String ORG_ADMIN = "ORG_ADMIN";

  private Roles() {}

  // "Any signed-in role" is the annotation SignedIn: an annotation cannot take a constant array.
}
