package org.clinbridge.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.clinbridge.notifications.entity.Notification;
import org.clinbridge.notifications.entity.OutboxMail;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.time.DistrictClock;

/**
 * Puts a message in an organisation's inbox, or in one person's, and the same message by e-mail in
 * the outbox, both in the caller's transaction: a rolled-back change leaves neither, a committed
 * one has both. The outbox is sent right after the commit and, for what that could not send, by the
 * {@code mail-outbox} job ({@link OutboxJob}).
 */
@ApplicationScoped
public class Notifier {
  @PersistenceContext EntityManager em;
  @Inject Mailer mailer;
  @Inject Event<OutboxJob.Queued> queued;
  @Inject DistrictClock clock;

  @jakarta.annotation.Resource TransactionSynchronizationRegistry transaction;

  /** For everyone of the organisation; the e-mail goes to its contact address. */
  public Notification notify(
      Organisation to, String kind, BilingualText subject, BilingualText body, String link) {
    Notification n = new Notification(to, kind, subject, body, link, clock.now());
    em.persist(n);
    mail(to.contactEmail(), subject, body, link);
    return n;
  }

  /**
   * For one person; the e-mail goes to their own address, or to their organisation's contact
   * address when they gave none.
   */
  public Notification notify(
      Account person, String kind, BilingualText subject, BilingualText body, String link) {
    Notification n = Notification.toPerson(person, kind, subject, body, link, clock.now());
    em.persist(n);
    String own = person.email();
    mail(
        own != null && !own.isBlank() ? own : person.organisation().contactEmail(),
        subject,
        body,
        link);
    return n;
  }

  private void mail(String address, BilingualText subject, BilingualText body, String link) {
    if (address == null || address.isBlank() || !mailer.enabled()) {
      return;
    }
    em.persist(new OutboxMail(address, mailSubject(subject), mailText(body, link), clock.now()));
    // One send after the commit covers every mail of the transaction.
    if (transaction.getResource(OutboxJob.Queued.class) == null) {
      transaction.putResource(OutboxJob.Queued.class, Boolean.TRUE);
      queued.fire(new OutboxJob.Queued());
    }
  }

  /** Both languages, Chinese first, since many readers speak it first. */
  static String mailSubject(BilingualText subject) {
    return subject.zh().equals(subject.en()) ? subject.zh() : subject.zh() + " / " + subject.en();
  }

  static String mailText(BilingualText body, String link) {
    StringBuilder t = new StringBuilder(body.zh()).append("\n\n").append(body.en());
    if (link != null) {
      t.append("\n\n").append(link);
    }
    return t.append("\n").toString();
  }
}
