package org.clinbridge.ip.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a patent stands. An invention application is published before it is granted; utility models
 * and designs are granted without a separate publication. LAPSED, REJECTED and WITHDRAWN are final.
 */
public enum PatentStatus {
  FILED,
  PUBLISHED,
  GRANTED,
  REJECTED,
  WITHDRAWN,
  LAPSED;

  private static final Map<PatentStatus, Set<PatentStatus>> NEXT =
      Map.of(
          FILED, EnumSet.of(PUBLISHED, GRANTED, REJECTED, WITHDRAWN),
          PUBLISHED, EnumSet.of(GRANTED, REJECTED, WITHDRAWN),
          GRANTED, EnumSet.of(LAPSED),
          REJECTED, EnumSet.noneOf(PatentStatus.class),
          WITHDRAWN, EnumSet.noneOf(PatentStatus.class),
          LAPSED, EnumSet.noneOf(PatentStatus.class));

  public boolean canChangeTo(PatentStatus to, PatentKind kind) {
    if (this == FILED && to == GRANTED && kind == PatentKind.INVENTION) {
      return false;
    }
    if (to == PUBLISHED && kind != PatentKind.INVENTION) {
      return false;
    }
    return NEXT.get(this).contains(to);
  }
}
