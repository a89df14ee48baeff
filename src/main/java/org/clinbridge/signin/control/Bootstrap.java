package org.clinbridge.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import org.clinbridge.organisations.control.Accounts;
import org.clinbridge.organisations.control.Organisations;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.security.Passwords;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.time.DistrictClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rows {@link FirstStart} creates, each attempt in a transaction of its own. A request context
 * is activated so that observers of {@link Changed} (the audit trail) can ask who is calling:
 * nobody.
 */
@ApplicationScoped
@ActivateRequestContext
public class Bootstrap {
  public static final String ADMIN = "admin";

  @Inject Accounts accounts;
  @Inject Organisations organisations;
  @Inject Passwords passwords;
  @Inject DistrictClock clock;
  @Inject Event<Changed> changed;

  @Inject
  @ConfigProperty(name = "clinbridge.district.uscc", defaultValue = "11500106MB19400135")
  String districtUscc;

  @Inject
  @ConfigProperty(name = "clinbridge.district.name-zh", defaultValue = "区科技创新管理办公室")
  String districtNameZh;

  @Inject
  @ConfigProperty(
      name = "clinbridge.district.name-en",
      defaultValue = "District Innovation Administration")
  String districtNameEn;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean administratorExists() {
    return accounts.byUsername(ADMIN).isPresent();
  }

  /** Creates the district and {@code admin} unless {@code admin} exists; true when created. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean createAdministrator(String password) {
    if (accounts.byUsername(ADMIN).isPresent()) {
      return false;
    }
    Organisation district =
        organisations
            .firstOfKind(OrganisationKind.DISTRICT)
            .orElseGet(
                () -> {
                  Organisation o =
                      new Organisation(
                          OrganisationKind.DISTRICT,
                          new BilingualText(districtNameZh, districtNameEn),
                          districtUscc,
                          clock.now());
                  organisations.add(o);
                  changed.fire(
                      new Changed(
                          "organisation",
                          o.publicId().toString(),
                          "created",
                          Map.of(),
                          Map.of("kind", o.kind().name(), "uscc", o.uscc()),
                          "first start",
                          null));
                  return o;
                });
    Account admin =
        new Account(
            district, ADMIN, "Administrator", null, Set.of(Role.DISTRICT_ADMIN), clock.now());
    admin.setPassword(passwords.hash(password));
    accounts.add(admin);
    changed.fire(
        new Changed(
            "account",
            admin.publicId().toString(),
            "created",
            Map.of(),
            Map.of("username", ADMIN, "roles", "DISTRICT_ADMIN"),
            "first start",
            null));
    return true;
  }
}
