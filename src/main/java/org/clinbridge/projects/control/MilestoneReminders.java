package org.clinbridge.projects.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.clinbridge.notifications.control.DueItem;
import org.clinbridge.notifications.control.DueItems;
import org.clinbridge.notifications.control.Lead;
import org.clinbridge.notifications.control.Reminders;
import org.clinbridge.projects.entity.Milestone;
import org.clinbridge.projects.entity.MilestoneStatus;

/**
 * Open milestones falling due (30, 7 and 1 working days before) and overdue, for the project's
 * owner: the start-up that must reach them with evidence.
 */
@ApplicationScoped
public class MilestoneReminders implements DueItems {
  static final List<Lead> LEADS =
      List.of(Lead.workingDays(30), Lead.workingDays(7), Lead.workingDays(1));

  @PersistenceContext EntityManager em;

  @Override
  public List<DueItem> due(LocalDate today, LocalDate overdueSince) {
    return em
        .createQuery(
            "select m from Milestone m join fetch m.project p join fetch p.owner"
                + " where m.status = :open and m.dueOn >= :from and m.dueOn <= :to",
            Milestone.class)
        .setParameter("open", MilestoneStatus.OPEN)
        .setParameter("from", overdueSince)
        .setParameter("to", Reminders.horizon(today, LEADS))
        .getResultList()
        .stream()
        .map(MilestoneReminders::item)
        .toList();
  }

  private static DueItem item(Milestone m) {
    return DueItem.of(
        "milestone:" + m.publicId(),
        "milestone",
        m.project().owner(),
        m.dueOn(),
        DueItem.what("milestone", m.title(), m.project().code()),
        "/api/projects/" + m.project().publicId() + "/milestones/" + m.publicId(),
        LEADS,
        true);
  }
}
