package org.clinbridge.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clinbridge.notifications.entity.Notification;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.time.DistrictClock;

/**
 * Puts a message in an organisation's inbox, in the caller's transaction, and asks for the same
 * message by e-mail to the organisation's contact address once that transaction commits.
 */
@ApplicationScoped
public class Notifier {
  @PersistenceContext EntityManager em;
  @Inject Event<Mailer.Outgoing> mail;
  @Inject DistrictClock clock;

  public Notification notify(
      Organisation to, String kind, BilingualText subject, BilingualText body, String link) {
    Notification n = new Notification(to, kind, subject, body, link, clock.now());
    em.persist(n);
    String address = to.contactEmail();
    if (address != null && !address.isBlank()) {
      mail.fire(new Mailer.Outgoing(address, mailSubject(subject), mailText(body, link)));
    }
    return n;
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
