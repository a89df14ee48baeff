package org.clinbridge.organisations.entity;

/** What an organisation is; decides which roles its people may hold and what it may see. */
public enum OrganisationKind {
  START_UP,
  UNIVERSITY,
  HOSPITAL,
  SERVICE_AGENCY,
  CONSULTATION_STATION,
  DISTRICT
}
