package org.clinbridge.contracts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinbridge.contracts.entity.ContractState;
import org.clinbridge.contracts.entity.TechnologyContract;
import org.clinbridge.notifications.control.DueItem;
import org.clinbridge.notifications.control.DueItems;
import org.clinbridge.notifications.control.Lead;
import org.clinbridge.notifications.control.Reminders;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;

/**
 * Registration reviews whose decision deadline comes (7 and 1 working days before) or has passed,
 * for the office that decides: every active district organisation, whose administrators register or
 * refuse contracts.
 */
@ApplicationScoped
public class ContractReviewReminders implements DueItems {
  static final List<Lead> LEADS = List.of(Lead.workingDays(7), Lead.workingDays(1));

  @PersistenceContext EntityManager em;

  @Override
  public List<DueItem> due(LocalDate today, LocalDate overdueSince) {
    List<TechnologyContract> reviews =
        em.createQuery(
                "select c from TechnologyContract c join fetch c.project"
                    + " where c.state = :review and c.reviewDueOn >= :from and c.reviewDueOn <= :to",
                TechnologyContract.class)
            .setParameter("review", ContractState.UNDER_REVIEW)
            .setParameter("from", overdueSince)
            .setParameter("to", Reminders.horizon(today, LEADS))
            .getResultList();
    if (reviews.isEmpty()) {
      return List.of();
    }
    List<Organisation> offices =
        em.createQuery(
                "select o from Organisation o where o.kind = :district and o.active = true",
                Organisation.class)
            .setParameter("district", OrganisationKind.DISTRICT)
            .getResultList();
    List<DueItem> items = new ArrayList<>();
    for (TechnologyContract c : reviews) {
      for (Organisation office : offices) {
        items.add(
            DueItem.of(
                "contract-review:" + c.publicId() + ":" + office.publicId(),
                "contract-review",
                office,
                c.reviewDueOn(),
                DueItem.what("contract-review", c.title(), c.project().code()),
                "/api/contracts/" + c.publicId(),
                LEADS,
                true));
      }
    }
    return items;
  }
}
