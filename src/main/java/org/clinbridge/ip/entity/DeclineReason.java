package org.clinbridge.ip.entity;

/** Why a match was declined, coded so that the centre can count the reasons. */
public enum DeclineReason {
  TOO_EARLY,
  BENEFIT_UNCLEAR,
  COMMERCIAL_ROUTE_UNCLEAR,
  DESCRIPTION_UNCLEAR,
  /** Needs a note saying what. */
  OTHER
}
