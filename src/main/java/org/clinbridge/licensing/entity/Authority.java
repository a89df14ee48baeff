package org.clinbridge.licensing.entity;

import org.clinbridge.reference.entity.DeviceClass;

/**
 * Who decides an application. Derived from route, type, device class and origin, never chosen by
 * the applicant (domain brief, section 5): Class I is filed with the city, Class II registered with
 * the province, Class III and every imported device with the NMPA; production licences are
 * provincial.
 */
public enum Authority {
  CITY,
  PROVINCE,
  NMPA,
  FDA,
  NOTIFIED_BODY;

  /**
   * The authority of an application, or a {@link LicenceRouteRefused} naming the rule the
   * combination breaks (a Class I registration, a Class II clinical-trial approval, ...).
   */
  public static Authority of(
      Route route, ApplicationType type, DeviceClass deviceClass, Origin origin) {
    if (!route.china()) {
      return foreign(route, type);
    }
    if (deviceClass == null) {
      throw LicenceRouteRefused.classRequired();
    }
    boolean imported = origin == Origin.IMPORTED;
    boolean classOne = deviceClass == DeviceClass.I;
    return switch (type) {
      case FILING -> {
        if (!classOne) {
          throw LicenceRouteRefused.filingIsForClassOne(deviceClass);
        }
        yield imported ? NMPA : CITY;
      }
      case PRODUCTION_FILING -> {
        if (!classOne) {
          throw LicenceRouteRefused.filingIsForClassOne(deviceClass);
        }
        if (imported) {
          throw LicenceRouteRefused.productionIsDomestic();
        }
        yield CITY;
      }
      case INITIAL_REGISTRATION, CHANGE_REGISTRATION, RENEWAL -> {
        if (classOne) {
          throw LicenceRouteRefused.classOneIsFiled();
        }
        yield imported || deviceClass == DeviceClass.III ? NMPA : PROVINCE;
      }
      case PRODUCTION_LICENCE -> {
        if (classOne) {
          throw LicenceRouteRefused.classOneIsFiled();
        }
        if (imported) {
          throw LicenceRouteRefused.productionIsDomestic();
        }
        yield PROVINCE;
      }
      case CLINICAL_TRIAL_FILING -> {
        if (classOne) {
          throw LicenceRouteRefused.classOneIsFiled();
        }
        yield PROVINCE;
      }
      case CLINICAL_TRIAL_APPROVAL -> {
        if (deviceClass != DeviceClass.III) {
          throw LicenceRouteRefused.trialApprovalIsForClassThree(deviceClass);
        }
        yield NMPA;
      }
      case INNOVATIVE_REVIEW -> {
        if (classOne) {
          throw LicenceRouteRefused.innovativeNotForClassOne();
        }
        yield NMPA;
      }
      case PRIORITY_REVIEW -> {
        if (classOne) {
          throw LicenceRouteRefused.classOneIsFiled();
        }
        yield imported || deviceClass == DeviceClass.III ? NMPA : PROVINCE;
      }
    };
  }

  private static Authority foreign(Route route, ApplicationType type) {
    if (route == Route.EU_MDR) {
      if (type != ApplicationType.INITIAL_REGISTRATION && type != ApplicationType.RENEWAL) {
        throw LicenceRouteRefused.foreignType(route);
      }
      return NOTIFIED_BODY;
    }
    if (type != ApplicationType.INITIAL_REGISTRATION) {
      throw LicenceRouteRefused.foreignType(route);
    }
    return FDA;
  }
}
