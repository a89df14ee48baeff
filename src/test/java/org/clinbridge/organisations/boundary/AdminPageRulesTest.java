package org.clinbridge.organisations.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.pages.Shell;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.CallerPrincipal;
import org.clinbridge.platform.security.Role;
import org.junit.jupiter.api.Test;

/**
 * What the identity administration pages offer to whom (the API decides in the end, these only keep
 * buttons away from people it would refuse), and the invitation link.
 */
class AdminPageRulesTest {
  private static final UUID HOSPITAL = UUID.randomUUID();

  /** A caller signed in to an organisation of {@code kind} with {@code roles}. */
  private static Caller caller(UUID accountId, UUID organisation, String kind, Role... roles) {
    CallerPrincipal principal =
        new CallerPrincipal("someone", accountId, organisation, 77L, kind, Set.of(roles));
    return new Caller() {
      @Override
      public CallerPrincipal require() {
        return principal;
      }

      @Override
      public Set<Role> roles() {
        return principal.roles();
      }

      @Override
      public boolean signedIn() {
        return true;
      }
    };
  }

  private static AccountView account(UUID id, Role... roles) {
    return new AccountView(
        id,
        "nurse",
        "Nurse",
        null,
        null,
        List.of(roles),
        true,
        null,
        false,
        OffsetDateTime.now(ZoneOffset.UTC),
        0);
  }

  private static PersonPage personPage(Caller caller, AccountView existing) throws Exception {
    PersonPage page = new PersonPage();
    page.caller = caller;
    var field = PersonPage.class.getDeclaredField("existing");
    field.setAccessible(true);
    field.set(page, existing);
    return page;
  }

  @Test
  void anOrganisationAdminMayDisableColleaguesButNotThemselvesNorDistrictAdmins() throws Exception {
    UUID me = UUID.randomUUID();
    Caller orgAdmin = caller(me, HOSPITAL, "HOSPITAL", Role.ORG_ADMIN);
    assertThat(
            personPage(orgAdmin, account(UUID.randomUUID(), Role.HOSPITAL_STAFF))
                .isMayChangeState())
        .isTrue();
    assertThat(personPage(orgAdmin, account(me, Role.ORG_ADMIN)).isMayChangeState()).isFalse();
    assertThat(
            personPage(orgAdmin, account(UUID.randomUUID(), Role.DISTRICT_ADMIN))
                .isMayChangeState())
        .isFalse();
    assertThat(personPage(orgAdmin, null).isMayChangeState()).isFalse();
  }

  @Test
  void aDistrictAdminMayDisableAnyoneButThemselves() throws Exception {
    UUID me = UUID.randomUUID();
    Caller admin = caller(me, UUID.randomUUID(), "DISTRICT", Role.DISTRICT_ADMIN);
    assertThat(
            personPage(admin, account(UUID.randomUUID(), Role.DISTRICT_ADMIN)).isMayChangeState())
        .isTrue();
    assertThat(personPage(admin, account(me, Role.DISTRICT_ADMIN)).isMayChangeState()).isFalse();
  }

  private static DepartmentsPage departmentsPage(
      Caller caller, UUID organisation, OrganisationKind kind) throws Exception {
    DepartmentsPage page = new DepartmentsPage();
    page.caller = caller;
    var hospital =
        new OrganisationView(
            organisation,
            kind,
            new Bilingual("医院", "Hospital"),
            "x",
            null,
            true,
            null,
            null,
            null,
            0);
    var field = DepartmentsPage.class.getDeclaredField("hospital");
    field.setAccessible(true);
    field.set(page, hospital);
    return page;
  }

  @Test
  void departmentsAreManagedByTheHospitalsOwnAdminAndDistrictAdmins() throws Exception {
    Caller ownAdmin = caller(UUID.randomUUID(), HOSPITAL, "HOSPITAL", Role.ORG_ADMIN);
    Caller staff = caller(UUID.randomUUID(), HOSPITAL, "HOSPITAL", Role.HOSPITAL_STAFF);
    Caller district = caller(UUID.randomUUID(), UUID.randomUUID(), "DISTRICT", Role.DISTRICT_ADMIN);
    Caller otherAdmin = caller(UUID.randomUUID(), UUID.randomUUID(), "HOSPITAL", Role.ORG_ADMIN);
    assertThat(departmentsPage(ownAdmin, HOSPITAL, OrganisationKind.HOSPITAL).isManaging())
        .isTrue();
    assertThat(departmentsPage(district, HOSPITAL, OrganisationKind.HOSPITAL).isManaging())
        .isTrue();
    assertThat(departmentsPage(staff, HOSPITAL, OrganisationKind.HOSPITAL).isManaging()).isFalse();
    assertThat(departmentsPage(otherAdmin, HOSPITAL, OrganisationKind.HOSPITAL).isManaging())
        .isFalse();
    assertThat(departmentsPage(ownAdmin, HOSPITAL, OrganisationKind.START_UP).isKindHospital())
        .isFalse();
  }

  @Test
  void theDepartmentsMenuIsForOrganisationAdminsOfHospitals() {
    assertThat(
            shell(caller(UUID.randomUUID(), HOSPITAL, "HOSPITAL", Role.ORG_ADMIN))
                .isDepartmentsVisible())
        .isTrue();
    assertThat(
            shell(caller(UUID.randomUUID(), HOSPITAL, "START_UP", Role.ORG_ADMIN))
                .isDepartmentsVisible())
        .isFalse();
    assertThat(
            shell(caller(UUID.randomUUID(), HOSPITAL, "HOSPITAL", Role.HOSPITAL_STAFF))
                .isDepartmentsVisible())
        .isFalse();
  }

  private static Shell shell(Caller caller) {
    Shell shell = new Shell();
    try {
      var field = Shell.class.getDeclaredField("caller");
      field.setAccessible(true);
      field.set(shell, caller);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return shell;
  }

  @Test
  void theInvitationLinkCarriesTheSecretAsItsTokenEncoded() {
    assertThat(InvitationLink.of("https://clinbridge.example/cb", "a-b_c"))
        .isEqualTo("https://clinbridge.example/cb/app/accept-invitation.xhtml?token=a-b_c");
    assertThat(InvitationLink.of("http://localhost:8080", "a+b/c="))
        .isEqualTo("http://localhost:8080/app/accept-invitation.xhtml?token=a%2Bb%2Fc%3D");
  }

  @Test
  void theInvitationLinkShowsItsExpiryInUtc() {
    InvitationLink link = new InvitationLink();
    assertThat(link.isIssued()).isFalse();
    var account = account(UUID.randomUUID(), Role.HOSPITAL_STAFF);
    link.issued(
        "http://localhost:8080",
        new InvitationView(
            account, "secret", OffsetDateTime.of(2026, 12, 3, 8, 30, 0, 0, ZoneOffset.ofHours(8))));
    assertThat(link.isIssued()).isTrue();
    assertThat(link.getUsername()).isEqualTo("nurse");
    assertThat(link.getExpiresOn()).isEqualTo("2026-12-03 00:30");
  }
}
