package org.clinbridge.consultation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.clinbridge.consultation.entity.Consultation;
import org.clinbridge.notifications.control.Notifier;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.i18n.Messages;

/**
 * Who hears of a consultation, by name: the person who asked, when the station answers or asks for
 * documents; the assigned consultant, when the asker writes. A question is a person's, so its
 * answer goes to that person's inbox and address, not to everyone of the start-up. A person without
 * an account here (signed in through the district's identity provider only) is reached through the
 * organisation's inbox instead.
 */
@ApplicationScoped
public class ConsultationNotices {
  @PersistenceContext EntityManager em;
  @Inject Notifier notifier;

  public void answered(Consultation c) {
    toAsker(c, "consultation-answered");
  }

  public void documentsRequested(Consultation c) {
    toAsker(c, "consultation-documents-requested");
  }

  /** The asker wrote: the consultant it is assigned to hears; unassigned, the station sees it. */
  public void askerWrote(Consultation c) {
    toAssignee(c, "consultation-message");
  }

  /** A question was given to a consultant (round-robin or by a colleague): they hear it. */
  public void assigned(Consultation c) {
    toAssignee(c, "consultation-assigned");
  }

  private void toAssignee(Consultation c, String kind) {
    if (c.assignee() != null) {
      account(c.assignee())
          .ifPresent(
              a ->
                  notifier.notify(
                      a, kind, text(c, "subject", kind), text(c, "body", kind), link(c)));
    }
  }

  private void toAsker(Consultation c, String kind) {
    BilingualText subject = text(c, "subject", kind);
    BilingualText body = text(c, "body", kind);
    Optional<Account> asker = account(c.asker());
    if (asker.isPresent()) {
      notifier.notify(asker.get(), kind, subject, body, link(c));
    } else {
      notifier.notify(c.askerOrganisation(), kind, subject, body, link(c));
    }
  }

  private Optional<Account> account(String username) {
    return em.createQuery(
            "select a from Account a join fetch a.organisation where a.username = :u",
            Account.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  private static String link(Consultation c) {
    return "/api/consultations/" + c.publicId();
  }

  private static BilingualText text(Consultation c, String part, String kind) {
    return BilingualText.of(Messages.both("ui", "notify." + kind + "." + part, c.subject()));
  }
}
