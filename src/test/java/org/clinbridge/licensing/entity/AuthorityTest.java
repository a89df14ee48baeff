package org.clinbridge.licensing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.clinbridge.reference.entity.DeviceClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuthorityTest {
  /** Expected authority per type, for (I, II, III) domestic and then imported; null = refused. */
  static final Map<ApplicationType, Authority[]> NMPA_RULES =
      Map.of(
          ApplicationType.FILING,
          new Authority[] {Authority.CITY, null, null, Authority.NMPA, null, null},
          ApplicationType.INITIAL_REGISTRATION,
          new Authority[] {
            null, Authority.PROVINCE, Authority.NMPA, null, Authority.NMPA, Authority.NMPA
          },
          ApplicationType.CHANGE_REGISTRATION,
          new Authority[] {
            null, Authority.PROVINCE, Authority.NMPA, null, Authority.NMPA, Authority.NMPA
          },
          ApplicationType.RENEWAL,
          new Authority[] {
            null, Authority.PROVINCE, Authority.NMPA, null, Authority.NMPA, Authority.NMPA
          },
          ApplicationType.PRODUCTION_LICENCE,
          new Authority[] {null, Authority.PROVINCE, Authority.PROVINCE, null, null, null},
          ApplicationType.PRODUCTION_FILING,
          new Authority[] {Authority.CITY, null, null, null, null, null},
          ApplicationType.CLINICAL_TRIAL_FILING,
          new Authority[] {
            null,
            Authority.PROVINCE,
            Authority.PROVINCE,
            null,
            Authority.PROVINCE,
            Authority.PROVINCE
          },
          ApplicationType.CLINICAL_TRIAL_APPROVAL,
          new Authority[] {null, null, Authority.NMPA, null, null, Authority.NMPA},
          ApplicationType.INNOVATIVE_REVIEW,
          new Authority[] {
            null, Authority.NMPA, Authority.NMPA, null, Authority.NMPA, Authority.NMPA
          },
          ApplicationType.PRIORITY_REVIEW,
          new Authority[] {
            null, Authority.PROVINCE, Authority.NMPA, null, Authority.NMPA, Authority.NMPA
          });

  @ParameterizedTest
  @EnumSource(ApplicationType.class)
  void everyTypeClassAndOriginOnTheNmpaRouteHasItsAuthorityOrIsRefused(ApplicationType type) {
    Authority[] expected = NMPA_RULES.get(type);
    int i = 0;
    for (Origin origin : Origin.values()) {
      for (DeviceClass c : DeviceClass.values()) {
        Authority want = expected[i++];
        if (want == null) {
          assertThatThrownBy(() -> Authority.of(Route.NMPA, type, c, origin))
              .as("%s %s %s", type, c, origin)
              .isInstanceOf(LicenceRouteRefused.class)
              .hasFieldOrPropertyWithValue("status", 422);
        } else {
          assertThat(Authority.of(Route.NMPA, type, c, origin))
              .as("%s %s %s", type, c, origin)
              .isEqualTo(want);
        }
      }
    }
  }

  @Test
  void theNmpaRouteNeedsTheClass() {
    assertThatThrownBy(
            () ->
                Authority.of(
                    Route.NMPA, ApplicationType.INITIAL_REGISTRATION, null, Origin.DOMESTIC))
        .isInstanceOf(LicenceRouteRefused.class)
        .hasMessageContaining("class-required");
  }

  @Test
  void theRefusalNamesTheRule() {
    assertThatThrownBy(
            () ->
                Authority.of(
                    Route.NMPA,
                    ApplicationType.INITIAL_REGISTRATION,
                    DeviceClass.I,
                    Origin.DOMESTIC))
        .hasMessageContaining("class-one-filed");
    assertThatThrownBy(
            () ->
                Authority.of(
                    Route.NMPA,
                    ApplicationType.CLINICAL_TRIAL_APPROVAL,
                    DeviceClass.II,
                    Origin.DOMESTIC))
        .hasMessageContaining("trial-approval-class-three");
  }

  @ParameterizedTest
  @EnumSource(ApplicationType.class)
  void foreignRoutesCarryTheirOwnApplicationsOnly(ApplicationType type) {
    for (Route route : new Route[] {Route.FDA_510K, Route.FDA_DE_NOVO, Route.FDA_PMA}) {
      if (type == ApplicationType.INITIAL_REGISTRATION) {
        assertThat(Authority.of(route, type, null, Origin.IMPORTED)).isEqualTo(Authority.FDA);
      } else {
        assertThatThrownBy(() -> Authority.of(route, type, null, Origin.IMPORTED))
            .hasMessageContaining("foreign-type");
      }
    }
    if (type == ApplicationType.INITIAL_REGISTRATION || type == ApplicationType.RENEWAL) {
      assertThat(Authority.of(Route.EU_MDR, type, null, Origin.DOMESTIC))
          .isEqualTo(Authority.NOTIFIED_BODY);
    } else {
      assertThatThrownBy(() -> Authority.of(Route.EU_MDR, type, null, Origin.DOMESTIC))
          .hasMessageContaining("foreign-type");
    }
  }
}
