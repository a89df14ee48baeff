package org.clinbridge.signin.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.clinbridge.platform.security.SigningKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the very first start of an installation sets up, right after the migrations: the token
 * signing key (unless one is configured) and the district's organisation with its administrator
 * {@code admin}. The password comes from {@code CLINBRIDGE_ADMIN_PASSWORD}; when that is unset a
 * random one is generated and written to the log, once. There is no default password. An existing
 * {@code admin} is never touched, so a restart does not reset a changed password. Two instances
 * starting together race on unique keys: the loser finds the winner's rows and logs nothing.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstStart {
  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Inject SigningKeys signingKeys;
  @Inject Bootstrap bootstrap;

  @Inject
  @ConfigProperty(name = "clinbridge.admin.password")
  Optional<String> adminPassword;

  @PostConstruct
  void setUp() {
    // Payara bundles its own nimbus-jose-jwt for MP-JWT; say which copy we run on
    // (docs/decisions.md).
    LOG.info(
        () ->
            "JOSE library: "
                + com.nimbusds.jose.JWSObject.class.getPackage().getImplementationVersion()
                + " from "
                + com.nimbusds.jose.JWSObject.class.getProtectionDomain().getCodeSource());
    signingKeys.current();
    boolean generated = adminPassword.isEmpty() || adminPassword.get().isBlank();
    String password = generated ? randomPassword() : adminPassword.get();
    boolean created;
    try {
      created = bootstrap.createAdministrator(password);
    } catch (RuntimeException raced) {
      // Another instance created it between our check and our commit.
      if (!bootstrap.administratorExists()) {
        throw raced;
      }
      created = false;
    }
    if (created && generated) {
      LOG.warning(
          "Created the administrator 'admin' with the generated password "
              + password
              + " : it is shown only this once. Set CLINBRIDGE_ADMIN_PASSWORD to choose it.");
    } else if (created) {
      LOG.info(
          "Created the administrator 'admin' with the password from CLINBRIDGE_ADMIN_PASSWORD");
    }
  }

  static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return sb.toString();
  }
}
