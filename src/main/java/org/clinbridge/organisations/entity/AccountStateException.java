package org.clinbridge.organisations.entity;

import org.clinbridge.platform.problem.ProblemException;

/** A change the account's current state does not allow (disabling a disabled account...). */
public class AccountStateException extends ProblemException {
  public AccountStateException(String detailKey) {
    super(409, "account-state", detailKey);
  }
}
