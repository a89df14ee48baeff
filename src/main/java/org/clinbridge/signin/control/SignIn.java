package org.clinbridge.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.clinbridge.organisations.control.Accounts;
import org.clinbridge.organisations.control.Organisations;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.CallerPrincipal;
import org.clinbridge.platform.security.ExternalTokens;
import org.clinbridge.platform.security.Passwords;
import org.clinbridge.platform.security.Role;
import org.clinbridge.signin.entity.SignInFailedException;
import org.clinbridge.signin.entity.SignInThrottledException;

/**
 * Turns credentials into the signed-in caller: a username and password (token endpoint and web
 * pages alike), one of our access tokens, or an external provider's token. Every path re-reads the
 * account, so a disabled account or a deactivated organisation stops working at once, tokens
 * included, and role changes take effect on the next request.
 */
@ApplicationScoped
@Transactional
public class SignIn {
  private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

  @Inject Accounts accounts;
  @Inject Organisations organisations;
  @Inject Passwords passwords;
  @Inject Throttle throttle;

  /**
   * Checks a password, slowed down after repeated failures.
   *
   * @throws SignInThrottledException when this account or address must wait
   * @throws SignInFailedException for a wrong username or password, or an account that may not sign
   *     in
   */
  public CallerPrincipal withPassword(String username, String password, String address) {
    String name = username == null ? "" : username.trim();
    throttle
        .blocked(name, address)
        .ifPresent(
            wait -> {
              throw new SignInThrottledException(wait);
            });
    Optional<Account> found = name.isEmpty() ? Optional.empty() : accounts.byUsername(name);
    boolean ok;
    if (found.isPresent() && found.get().passwordHash() != null) {
      ok = passwords.matches(password, found.get().passwordHash());
    } else {
      passwords.burn(password);
      ok = false;
    }
    if (!ok) {
      throttle.failed(name, address);
      LOG.info(() -> "Failed sign-in for '" + name + "' from " + address);
      throw new SignInFailedException();
    }
    Account account = found.get();
    if (!account.canSignIn()) {
      LOG.info(() -> "Refused sign-in of disabled account '" + name + "'");
      throw new SignInFailedException();
    }
    throttle.succeeded(name);
    if (passwords.needsRehash(account.passwordHash())) {
      account.setPassword(passwords.hash(password));
    }
    return account.principal();
  }

  /**
   * Changes the caller's own password after checking the current one, which counts as a sign-in
   * attempt for throttling (a stolen token must not become a password oracle).
   */
  public void changePassword(
      CallerPrincipal caller, String current, String replacement, String address) {
    Account account =
        accounts
            .byPublicId(caller.accountId())
            .orElseThrow(
                () -> new ProblemException(409, "no-local-password", "no-local-password.detail"));
    throttle
        .blocked(account.username(), address)
        .ifPresent(
            wait -> {
              throw new SignInThrottledException(wait);
            });
    if (!passwords.matches(current, account.passwordHash())) {
      throttle.failed(account.username(), address);
      throw ProblemException.invalidField("currentPassword", "password.current.wrong");
    }
    Map<String, Object> before = account.snapshot();
    account.setPassword(passwords.hash(replacement));
    accounts.changed(account, "password-changed", before, null);
  }

  /** The caller behind one of our tokens, if the account may still sign in. */
  public Optional<CallerPrincipal> ofAccount(UUID accountId) {
    return accounts.byPublicId(accountId).filter(Account::canSignIn).map(Account::principal);
  }

  /**
   * The caller behind an external provider's token: the organisation its claim names (active), and
   * the mapped roles that fit that organisation's kind. Empty when nothing usable remains.
   */
  public Optional<CallerPrincipal> ofExternal(ExternalTokens.Identity identity) {
    if (identity.organisationUscc() == null) {
      return Optional.empty();
    }
    Optional<Organisation> org =
        organisations.byUscc(identity.organisationUscc()).filter(Organisation::active);
    if (org.isEmpty()) {
      return Optional.empty();
    }
    Organisation o = org.get();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    identity.roles().stream().filter(r -> o.kind().allows(r)).forEach(roles::add);
    if (roles.isEmpty()) {
      return Optional.empty();
    }
    // A stable id per external person, so audit entries of one person agree across sign-ins.
    UUID id =
        UUID.nameUUIDFromBytes(
            ("oidc|" + identity.issuer() + "|" + identity.subject())
                .getBytes(StandardCharsets.UTF_8));
    return Optional.of(
        new CallerPrincipal(identity.username(), id, o.publicId(), o.id(), o.kind().name(), roles));
  }
}
