package org.clinbridge.organisations.entity;

import org.clinbridge.platform.problem.ProblemException;

/** A change the organisation's current state does not allow (deactivating it twice...). */
public class OrganisationStateException extends ProblemException {
  public OrganisationStateException(String detailKey) {
    super(409, "organisation-state", detailKey);
  }
}
