package org.clinbridge.licensing.entity;

import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * One row of the statutory limits table: for applications of this route, type (null: any) and class
 * (null: any) in this state, the authority's step and its limit in days. A null limit is a step the
 * rules give no time limit (a filing is recorded on the spot).
 *
 * @param afterSupplement days the authority gets on top of the limit once the applicant's
 *     supplement is in (Class II and III technical review: 60)
 * @param silenceApproves an authority that does not decide within the limit has approved
 */
public record StatutoryLimit(
    Route route,
    ApplicationType type,
    DeviceClass deviceClass,
    ApplicationState state,
    String step,
    Integer limit,
    int afterSupplement,
    DayCounting counting,
    boolean silenceApproves,
    BilingualText name,
    String basis) {

  boolean matches(Route r, ApplicationType t, DeviceClass c, ApplicationState s) {
    return route == r
        && state == s
        && (type == null || type == t)
        && (deviceClass == null || deviceClass == c);
  }

  /** How many of the key's parts the row names: the most specific matching row applies. */
  int specificity() {
    return (type == null ? 0 : 1) + (deviceClass == null ? 0 : 1);
  }

  /** The same case as another row, equally specific: the table would be ambiguous. */
  boolean sameKey(StatutoryLimit o) {
    return route == o.route && state == o.state && type == o.type && deviceClass == o.deviceClass;
  }
}
