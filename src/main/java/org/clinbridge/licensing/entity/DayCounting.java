package org.clinbridge.licensing.entity;

/**
 * How a statutory limit counts its days: Chinese authorities count working days on the district's
 * official calendar (make-up working weekends included); the FDA counts calendar days ("FDA days")
 * with its clock stopped while it waits for the applicant.
 */
public enum DayCounting {
  WORKING_DAYS,
  CALENDAR_DAYS
}
