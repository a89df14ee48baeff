package org.clinbridge.licensing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.clinbridge.licensing.entity.ApplicationState;
import org.clinbridge.licensing.entity.Certificate;
import org.clinbridge.licensing.entity.CertificateState;
import org.clinbridge.licensing.entity.LicenceApplication;
import org.clinbridge.notifications.control.DueItem;
import org.clinbridge.notifications.control.DueItems;
import org.clinbridge.notifications.control.Lead;
import org.clinbridge.notifications.control.Reminders;

/**
 * What licensing holds a start-up to: the supplement the authority asked for (30, 7 and 1 working
 * days before its due date, and overdue: an application whose supplement is late is refused), and
 * the renewal of a registration certificate, applied for no later than six months before it expires
 * (reminders 18, 12 and 7 months before expiry and on the last day to apply, then overdue, since a
 * certificate not renewed in time lapses). A renewed certificate has a new expiry, so its next
 * cycle has keys of its own.
 */
@ApplicationScoped
public class LicensingReminders implements DueItems {
  static final List<Lead> SUPPLEMENT_LEADS =
      List.of(Lead.workingDays(30), Lead.workingDays(7), Lead.workingDays(1));

  /** Months before the last day to apply, itself six months before expiry. */
  static final List<Lead> RENEWAL_LEADS =
      List.of(Lead.months(12), Lead.months(6), Lead.months(1), Lead.months(0));

  @PersistenceContext EntityManager em;

  @Override
  public List<DueItem> due(LocalDate today, LocalDate overdueSince) {
    List<DueItem> items = new ArrayList<>();
    em.createQuery(
            "select a from LicenceApplication a join fetch a.project p join fetch p.owner"
                + " where a.state = :requested and a.voiding.voided = false"
                + " and a.supplementDueOn >= :from and a.supplementDueOn <= :to",
            LicenceApplication.class)
        .setParameter("requested", ApplicationState.SUPPLEMENT_REQUESTED)
        .setParameter("from", overdueSince)
        .setParameter("to", Reminders.horizon(today, SUPPLEMENT_LEADS))
        .getResultList()
        .forEach(a -> items.add(supplement(a)));
    // The renewal deadline is six months before expiry, so expiry bounds the query (its index).
    em.createQuery(
            "select c from Certificate c join fetch c.project p join fetch p.owner"
                + " where c.state in :live and c.voiding.voided = false"
                + " and c.expiresOn >= :from and c.expiresOn <= :to",
            Certificate.class)
        .setParameter("live", EnumSet.of(CertificateState.ACTIVE, CertificateState.EXPIRING_SOON))
        .setParameter("from", overdueSince.plusMonths(Certificate.RENEWAL_LEAD_MONTHS))
        .setParameter(
            "to",
            Reminders.horizon(today, RENEWAL_LEADS).plusMonths(Certificate.RENEWAL_LEAD_MONTHS))
        .getResultList()
        .forEach(c -> items.add(renewal(c)));
    return items;
  }

  private static DueItem supplement(LicenceApplication a) {
    return DueItem.of(
        "licence-supplement:" + a.publicId() + ":" + a.supplementRequestedOn(),
        "licence-supplement",
        a.project().owner(),
        a.supplementDueOn(),
        DueItem.what("licence-supplement", a.product(), a.project().code()),
        "/api/licence-applications/" + a.publicId(),
        SUPPLEMENT_LEADS,
        true);
  }

  private static DueItem renewal(Certificate c) {
    return DueItem.of(
        "certificate-renewal:" + c.publicId() + ":" + c.expiresOn(),
        "certificate-renewal",
        c.project().owner(),
        c.renewalDeadline(),
        DueItem.what(
            "certificate-renewal", c.number(), c.project().code(), c.expiresOn().toString()),
        "/api/certificates/" + c.publicId(),
        RENEWAL_LEADS,
        true);
  }
}
