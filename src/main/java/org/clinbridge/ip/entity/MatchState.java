package org.clinbridge.ip.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How far a listed technology has come with a company. A listing without interest is LISTED; each
 * company's interest then moves INTEREST_EXPRESSED -> INTRODUCED -> IN_NEGOTIATION -> LICENSED, or
 * is DECLINED (with a coded reason) at any point before.
 */
public enum MatchState {
  LISTED,
  INTEREST_EXPRESSED,
  INTRODUCED,
  IN_NEGOTIATION,
  LICENSED,
  DECLINED;

  private static final Map<MatchState, Set<MatchState>> NEXT =
      Map.of(
          LISTED, EnumSet.of(INTEREST_EXPRESSED),
          INTEREST_EXPRESSED, EnumSet.of(INTRODUCED, DECLINED),
          INTRODUCED, EnumSet.of(IN_NEGOTIATION, DECLINED),
          IN_NEGOTIATION, EnumSet.of(LICENSED, DECLINED),
          LICENSED, EnumSet.noneOf(MatchState.class),
          DECLINED, EnumSet.noneOf(MatchState.class));

  public boolean canChangeTo(MatchState to) {
    return NEXT.get(this).contains(to);
  }

  public boolean terminal() {
    return NEXT.get(this).isEmpty();
  }
}
