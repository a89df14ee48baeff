package org.clinbridge.contracts.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a contract's registration stands; REGISTERED and NOT_REGISTERED are final. */
public enum ContractState {
  DRAFT,
  SUBMITTED,
  UNDER_REVIEW,
  REGISTERED,
  NOT_REGISTERED;

  private static final Map<ContractState, Set<ContractState>> NEXT =
      Map.of(
          DRAFT, EnumSet.of(SUBMITTED),
          SUBMITTED, EnumSet.of(UNDER_REVIEW),
          UNDER_REVIEW, EnumSet.of(REGISTERED, NOT_REGISTERED),
          REGISTERED, EnumSet.noneOf(ContractState.class),
          NOT_REGISTERED, EnumSet.noneOf(ContractState.class));

  public boolean canChangeTo(ContractState to) {
    return NEXT.get(this).contains(to);
  }

  public boolean terminal() {
    return NEXT.get(this).isEmpty();
  }
}
