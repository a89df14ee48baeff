package org.clinbridge.organisations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.organisations.entity.Invitation;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.persistence.JpqlWhere;
import org.clinbridge.platform.persistence.Like;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;

/**
 * Accounts: look-ups for sign-in, the scoped list (a district admin sees all, anyone else the
 * accounts of their own organisation), registration with its uniqueness rule, and invitations.
 */
@ApplicationScoped
public class Accounts {
  public static final String CURSOR_TAG = "acct";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject Event<Changed> changed;

  /** Filters of the account list; {@code null} means "any". */
  public record Filter(Long organisationRef, Role role, Boolean enabled, String text) {}

  public Optional<Account> byUsername(String username) {
    return em.createQuery("select a from Account a where a.username = :u", Account.class)
        .setParameter("u", Account.normalise(username))
        .getResultStream()
        .findFirst();
  }

  public Optional<Account> byPublicId(UUID id) {
    return em.createQuery("select a from Account a where a.publicId = :id", Account.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** The account if the caller may see it; otherwise a 404, as if it did not exist. */
  public Account visible(UUID id) {
    return byPublicId(id)
        .filter(a -> caller.canSee(a.organisation().id()))
        .orElseThrow(() -> ProblemException.notFound("account", id));
  }

  public List<Account> page(PageRequest request, Filter filter) {
    String text = Like.containing(filter.text());
    return new JpqlWhere()
        .when(
            !caller.isDistrictAdmin(), "a.organisation.id = :own", "own", caller.organisationRef())
        .ifSet(filter.organisationRef(), "a.organisation.id = :org", "org")
        .ifSet(filter.role(), ":role member of a.roles", "role")
        .ifSet(filter.enabled(), "a.enabled = :enabled", "enabled")
        .ifSet(
            text == null ? null : text.toLowerCase(Locale.ROOT),
            "(a.username like :text or lower(a.displayName) like :text"
                + " or lower(a.email) like :text)",
            "text")
        .afterCreated(request, CURSOR_TAG, "a.createdAt", "a.publicId")
        .query(em, "select a from Account a", "order by a.createdAt, a.publicId", Account.class)
        .setMaxResults(request.limit() + 1)
        .getResultList();
  }

  public static Cursor cursorOf(Account a) {
    return JpqlWhere.createdCursor(CURSOR_TAG, a.createdAt(), a.publicId());
  }

  /** Adds a new account: the username must be free (409 otherwise). Fires the audit event. */
  public Account register(Account account, String action) {
    if (byUsername(account.username()).isPresent()) {
      throw new ProblemException(
          409, "username-taken", "username-taken.detail", account.username());
    }
    em.persist(account);
    changed(account, action, Map.of(), null);
    return account;
  }

  public void add(Account account) {
    em.persist(account);
  }

  public void addInvitation(Invitation invitation) {
    em.persist(invitation);
  }

  /** Every link of the account's invitations that is still open stops working now. */
  public void withdrawInvitations(Account account, java.time.OffsetDateTime now) {
    em.createQuery(
            "select i from Invitation i where i.account = :a and i.acceptedAt is null",
            Invitation.class)
        .setParameter("a", account)
        .getResultList()
        .forEach(i -> i.withdraw(now));
  }

  public Optional<Invitation> invitationBySecret(String secret) {
    return em.createQuery("select i from Invitation i where i.secretHash = :h", Invitation.class)
        .setParameter("h", Invitation.hash(secret))
        .getResultStream()
        .findFirst();
  }

  /** Fires the audit event for a change to an account. */
  public void changed(Account a, String action, Map<String, Object> before, String reason) {
    changed.fire(
        new Changed(
            "account",
            a.publicId().toString(),
            action,
            before,
            a.snapshot(),
            reason,
            a.organisation().id()));
  }

  public void flush() {
    em.flush();
  }
}
