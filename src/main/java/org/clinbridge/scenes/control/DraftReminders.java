package org.clinbridge.scenes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.clinbridge.notifications.control.DueItem;
import org.clinbridge.notifications.control.DueItems;
import org.clinbridge.notifications.control.Lead;
import org.clinbridge.notifications.control.Reminders;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.scenes.entity.Application;
import org.clinbridge.scenes.entity.ApplicationStatus;
import org.clinbridge.scenes.entity.Publication;

/**
 * Draft applications to published scenes whose application window closes soon (7 and 1 working days
 * before its last day), for the applicant: a draft not submitted in time is lost work. Once the
 * window has closed there is nothing left to do, so no overdue reminder.
 */
@ApplicationScoped
public class DraftReminders implements DueItems {
  static final List<Lead> LEADS = List.of(Lead.workingDays(7), Lead.workingDays(1));

  @PersistenceContext EntityManager em;
  @Inject DistrictClock clock;

  @Override
  public List<DueItem> due(LocalDate today, LocalDate overdueSince) {
    ZoneId zone = clock.zone();
    OffsetDateTime from = today.atStartOfDay(zone).toOffsetDateTime();
    OffsetDateTime to =
        Reminders.horizon(today, LEADS).plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    return em
        .createQuery(
            "select a from Application a join fetch a.scene s join fetch a.project"
                + " join fetch a.applicant where a.status = :draft and s.publication = :active"
                + " and s.closesAt > :from and s.closesAt <= :to",
            Application.class)
        .setParameter("draft", ApplicationStatus.DRAFT)
        .setParameter("active", Publication.ACTIVE)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(a -> item(a, zone))
        .toList();
  }

  /**
   * The last day to submit: the window's closing day, or the day before when it closes at 00:00.
   */
  static LocalDate lastDay(OffsetDateTime closesAt, ZoneId zone) {
    return closesAt.atZoneSameInstant(zone).minusNanos(1).toLocalDate();
  }

  private static DueItem item(Application a, ZoneId zone) {
    return DueItem.of(
        "scene-draft:" + a.publicId(),
        "scene-draft",
        a.applicant(),
        lastDay(a.scene().closesAt(), zone),
        DueItem.what("scene-draft", a.scene().title(), a.project().code()),
        "/api/applications/" + a.publicId(),
        LEADS,
        false);
  }
}
