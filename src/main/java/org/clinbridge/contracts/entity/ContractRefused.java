package org.clinbridge.contracts.entity;

import org.clinbridge.platform.problem.ProblemException;

/** A registration step the contract's state does not allow; the detail names both states. */
public class ContractRefused extends ProblemException {
  public static final String SLUG = "contract-refused";

  ContractRefused(ContractState from, ContractState to) {
    super(409, SLUG, SLUG + ".detail", from, to);
  }
}
