package org.clinbridge.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Set;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.organisations.entity.AccountStateException;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.organisations.entity.RoleNotAllowedException;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Usccs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleRulesTest {
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T08:00:00Z");

  private static Organisation org(OrganisationKind kind) {
    return new Organisation(kind, new BilingualText("机构", "Org"), Usccs.random(), NOW);
  }

  @Test
  void eachKindAllowsTheRolesOfItsWork() {
    assertThat(OrganisationKind.START_UP.roles())
        .containsExactlyInAnyOrder(Role.START_UP_MEMBER, Role.ORG_ADMIN);
    assertThat(OrganisationKind.HOSPITAL.roles())
        .containsExactlyInAnyOrder(Role.HOSPITAL_STAFF, Role.ORG_ADMIN);
    assertThat(OrganisationKind.CONSULTATION_STATION.roles())
        .containsExactlyInAnyOrder(Role.CONSULTANT, Role.ORG_ADMIN);
    assertThat(OrganisationKind.DISTRICT.roles())
        .containsExactlyInAnyOrder(Role.DISTRICT_ADMIN, Role.TECH_MANAGER, Role.ORG_ADMIN);
  }

  @ParameterizedTest
  @EnumSource(OrganisationKind.class)
  void onlyTheDistrictHasDistrictAdminsAndEveryKindHasOrgAdmins(OrganisationKind kind) {
    assertThat(kind.allows(Role.DISTRICT_ADMIN)).isEqualTo(kind == OrganisationKind.DISTRICT);
    assertThat(kind.allows(Role.ORG_ADMIN)).isTrue();
  }

  @Test
  void anAccountRefusesARoleItsOrganisationCannotHave() {
    Organisation startUp = org(OrganisationKind.START_UP);
    assertThatThrownBy(
            () -> new Account(startUp, "a.b", "A B", null, Set.of(Role.HOSPITAL_STAFF), NOW))
        .isInstanceOf(RoleNotAllowedException.class)
        .satisfies(e -> assertThat(((RoleNotAllowedException) e).status()).isEqualTo(422));
    assertThatThrownBy(() -> new Account(startUp, "a.b", "A B", null, Set.of(), NOW))
        .isInstanceOf(RoleNotAllowedException.class);
    Account ok = new Account(startUp, "A.B ", "A B", null, Set.of(Role.START_UP_MEMBER), NOW);
    assertThat(ok.username()).isEqualTo("a.b");
    assertThatThrownBy(() -> ok.grant(Set.of(Role.DISTRICT_ADMIN)))
        .isInstanceOf(RoleNotAllowedException.class);
    assertThat(ok.roles()).containsExactly(Role.START_UP_MEMBER);
  }

  @Test
  void anInvitedAccountCannotSignInUntilItHasAPasswordAndADisabledOneNever() {
    Account a =
        new Account(
            org(OrganisationKind.HOSPITAL), "nurse", "N", null, Set.of(Role.HOSPITAL_STAFF), NOW);
    assertThat(a.canSignIn()).isFalse();
    a.setPassword("pbkdf2-sha256$1$AAAA$AAAA");
    assertThat(a.canSignIn()).isTrue();
    a.disable("left");
    assertThat(a.canSignIn()).isFalse();
    assertThat(a.disabledReason()).isEqualTo("left");
    assertThatThrownBy(() -> a.disable("again")).isInstanceOf(AccountStateException.class);
    a.enable();
    assertThat(a.canSignIn()).isTrue();
  }

  @Test
  void aDeactivatedOrganisationsPeopleCannotSignIn() {
    Organisation o = org(OrganisationKind.START_UP);
    Account a = new Account(o, "founder", "F", null, Set.of(Role.START_UP_MEMBER), NOW);
    a.setPassword("pbkdf2-sha256$1$AAAA$AAAA");
    o.deactivate("dissolved", NOW);
    assertThat(a.canSignIn()).isFalse();
    o.reactivate();
    assertThat(a.canSignIn()).isTrue();
  }
}
