package org.clinbridge.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.clinbridge.notifications.entity.Notification;
import org.clinbridge.notifications.entity.ReminderSent;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.time.DistrictClock;

/**
 * Sends one reminder in a transaction of its own: the record that it went out, the inbox message
 * and the outbox e-mail commit together or not at all, so a reminder is neither lost nor sent twice
 * (a second writer of the same key fails on the primary key and rolls back its message).
 */
@ApplicationScoped
public class ReminderSender {
  @PersistenceContext EntityManager em;
  @Inject Notifier notifier;
  @Inject DistrictClock clock;

  /** False when the key was sent meanwhile. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean send(Reminders.Reminder r, OffsetDateTime now) {
    if (em.find(ReminderSent.class, r.key()) != null) {
      return false;
    }
    DueItem item = r.item();
    String kind = item.kind() + (r.overdue() ? "-overdue" : "-due");
    ReminderSent record = new ReminderSent(r.key(), kind, now);
    em.persist(record);
    BilingualText subject = text(r, "subject", clock.zone());
    BilingualText body = text(r, "body", clock.zone());
    // The area read its items in another persistence context: refer to them by id here.
    Notification n =
        item.person() != null
            ? notifier.notify(
                em.getReference(Account.class, item.person().id()),
                kind,
                subject,
                body,
                item.link())
            : notifier.notify(
                em.getReference(Organisation.class, item.organisation().id()),
                kind,
                subject,
                body,
                item.link());
    em.flush();
    record.sentAs(n);
    return true;
  }

  private static BilingualText text(Reminders.Reminder r, String part, ZoneId zone) {
    return new BilingualText(
        text(r, part, Messages.CHINESE, r.item().what().zh(), zone),
        text(r, part, Messages.ENGLISH, r.item().what().en(), zone));
  }

  /** A service level: the deadline with its time in the district, and the working time left. */
  private static String instantText(
      Reminders.Reminder r, String part, Locale locale, String what, ZoneId zone) {
    String at =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(r.item().dueAt().atZone(zone));
    long minutes = Math.max(0, r.item().workingTimeLeft().toMinutes());
    return Messages.ui(locale)
        .text(
            "reminder." + (r.overdue() ? "breached" : "soon-hours") + "." + part,
            what,
            at,
            minutes / 60,
            String.format("%02d", minutes % 60));
  }

  private static String text(
      Reminders.Reminder r, String part, Locale locale, String what, ZoneId zone) {
    if (r.item().dueAt() != null) {
      return instantText(r, part, locale, what, zone);
    }
    String variant;
    if (r.overdue()) {
      variant = r.workingDays() == null ? "overdue-date" : "overdue";
    } else if (r.workingDays() != null && r.workingDays() == 0) {
      variant = "today";
    } else {
      variant = r.workingDays() == null ? "soon-date" : "soon";
    }
    LocalDate due = r.item().due();
    return Messages.ui(locale)
        .text(
            "reminder." + variant + "." + part,
            what,
            due.toString(),
            r.workingDays() == null ? 0 : Math.abs(r.workingDays()));
  }
}
