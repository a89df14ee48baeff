package org.clinbridge.contracts.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a contract's registration stands. The office may send a contract under review back
 * (RETURNED, with what to correct): the project's people correct it and submit it again. REGISTERED
 * and NOT_REGISTERED (refused for good, e.g. not a technology contract) are final.
 */
public enum ContractState {
  DRAFT,
  SUBMITTED,
  UNDER_REVIEW,
  REGISTERED,
  NOT_REGISTERED,
  // Last: contract-refused's message chooses the state's name by its position.
  RETURNED;

  private static final Map<ContractState, Set<ContractState>> NEXT =
      Map.of(
          DRAFT, EnumSet.of(SUBMITTED),
          SUBMITTED, EnumSet.of(UNDER_REVIEW),
          UNDER_REVIEW, EnumSet.of(RETURNED, REGISTERED, NOT_REGISTERED),
          RETURNED, EnumSet.of(SUBMITTED),
          REGISTERED, EnumSet.noneOf(ContractState.class),
          NOT_REGISTERED, EnumSet.noneOf(ContractState.class));

  public boolean canChangeTo(ContractState to) {
    return NEXT.get(this).contains(to);
  }

  public boolean terminal() {
    return NEXT.get(this).isEmpty();
  }
}
