package org.clinbridge.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinbridge.platform.jobs.control.Job;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.reference.control.WorkingCalendar;
import org.clinbridge.reference.entity.CalendarDays;
import org.clinbridge.reference.entity.CalendarNotHeld;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code reminders} job: asks every area's {@link DueItems} what falls due, works out with the
 * working-day calendar which reminder each item is due for today ({@link Reminders}), and sends
 * each reminder key once ({@link ReminderSender}), to the inbox and by e-mail. Runs hourly by
 * default ({@code reminders.interval-seconds}) so that a reminder goes out the first hour of its
 * day, and again harmlessly: a key already sent is skipped.
 */
@ApplicationScoped
public class ReminderJob implements Job {
  private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

  @Inject @Any Instance<DueItems> sources;
  @Inject WorkingCalendar calendar;
  @Inject ReminderSender sender;
  @Inject DistrictClock clock;
  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "reminders.interval-seconds", defaultValue = "3600")
  long intervalSeconds;

  @Override
  public String name() {
    return "reminders";
  }

  @Override
  public Duration interval() {
    return Duration.ofSeconds(Math.max(60, intervalSeconds));
  }

  @Override
  public String run(OffsetDateTime now) {
    LocalDate today = now.atZoneSameInstant(clock.zone()).toLocalDate();
    CalendarDays days = calendar.days();
    List<Reminders.Reminder> candidates = new ArrayList<>();
    int items = 0;
    int notHeld = 0;
    for (DueItems source : sources) {
      for (DueItem item : source.due(today, today.minusDays(Reminders.OVERDUE_WINDOW_DAYS))) {
        items++;
        try {
          Reminders.due(item, today, days).ifPresent(candidates::add);
        } catch (CalendarNotHeld e) {
          notHeld++;
          LOG.log(Level.WARNING, "No reminder for " + item.key() + ": " + e.getMessage());
        }
      }
    }
    Set<String> sent = alreadySent(candidates);
    int sentNow = 0;
    int failed = 0;
    for (Reminders.Reminder r : candidates) {
      if (sent.contains(r.key())) {
        continue;
      }
      try {
        if (sender.send(r, now)) {
          sentNow++;
        }
      } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
        // Another run wrote the same key first, or this one failed: the next run decides again.
        failed++;
        LOG.log(Level.WARNING, "Reminder " + r.key() + " not sent now; the next run retries", e);
      }
    }
    return items
        + " items, "
        + candidates.size()
        + " due, "
        + sentNow
        + " sent"
        + (failed > 0 ? ", " + failed + " failed" : "")
        + (notHeld > 0 ? ", " + notHeld + " beyond the calendar" : "");
  }

  /** The candidates' keys sent before: one query per 500 keys, not one per reminder. */
  private Set<String> alreadySent(List<Reminders.Reminder> candidates) {
    Set<String> sent = new HashSet<>();
    List<String> keys = candidates.stream().map(Reminders.Reminder::key).toList();
    for (int i = 0; i < keys.size(); i += 500) {
      sent.addAll(
          em.createQuery("select r.key from ReminderSent r where r.key in :keys", String.class)
              .setParameter("keys", keys.subList(i, Math.min(keys.size(), i + 500)))
              .getResultList());
    }
    return sent;
  }
}
