package org.clinbridge.licensing.entity;

import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * An application whose type does not fit its device's class, origin or route; the detail names the
 * rule, in the caller's language.
 */
public class LicenceRouteRefused extends ProblemException {
  public static final String SLUG = "licence-route-refused";

  private LicenceRouteRefused(String rule, Object... args) {
    super(422, SLUG, SLUG + ".detail." + rule, args);
  }

  static LicenceRouteRefused classRequired() {
    return new LicenceRouteRefused("class-required");
  }

  static LicenceRouteRefused filingIsForClassOne(DeviceClass c) {
    return new LicenceRouteRefused("filing-class-one", c);
  }

  static LicenceRouteRefused classOneIsFiled() {
    return new LicenceRouteRefused("class-one-filed");
  }

  static LicenceRouteRefused productionIsDomestic() {
    return new LicenceRouteRefused("production-domestic");
  }

  static LicenceRouteRefused trialApprovalIsForClassThree(DeviceClass c) {
    return new LicenceRouteRefused("trial-approval-class-three", c);
  }

  static LicenceRouteRefused innovativeNotForClassOne() {
    return new LicenceRouteRefused("innovative-class-one");
  }

  static LicenceRouteRefused foreignType(Route route) {
    return new LicenceRouteRefused("foreign-type", route);
  }
}
