package org.clinbridge.licensing.control;

import static org.clinbridge.platform.persistence.NativeRows.count;
import static org.clinbridge.platform.persistence.NativeRows.date;
import static org.clinbridge.platform.persistence.NativeRows.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinbridge.licensing.entity.ApplicationState;
import org.clinbridge.licensing.entity.Certificate;
import org.clinbridge.projects.control.ManagedBy;

/**
 * Licences in figures, computed by the database: applications by state (voided ones are not
 * counted), the supplements the authorities asked for with their statutory due dates (a late
 * supplement gets the application refused), and the registration certificates in their renewal
 * window (from the alert date to expiry; the renewal must be applied for six months before expiry).
 */
@ApplicationScoped
public class LicenceFigures {
  /** Listed deadlines: the first ones, and how many there are in all. */
  static final int FIRST = 20;

  public record StateFigure(ApplicationState state, long applications) {}

  /**
   * A dated obligation of a start-up.
   *
   * @param kind {@code licence-supplement} or {@code certificate-renewal}
   * @param reference the certificate number, or the authority's reference of the application
   * @param due the last day: the supplement's due date, or the last day to apply for renewal
   * @param expires the certificate's expiry; null for a supplement
   */
  public record Deadline(
      String kind,
      UUID id,
      String reference,
      String productZh,
      String productEn,
      UUID project,
      String projectCode,
      LocalDate due,
      LocalDate expires) {}

  public record Deadlines(long count, List<Deadline> first) {}

  static final String STATES =
      "select a.state, count(*) from licence_application a where a.voided = false";

  static final String SUPPLEMENTS =
      " from licence_application a join project p on p.id = a.project_id"
          + " where a.state = 'SUPPLEMENT_REQUESTED' and a.voided = false";

  static final String RENEWALS =
      " from licence_certificate c join project p on p.id = c.project_id"
          + " where c.state in ('ACTIVE', 'EXPIRING_SOON') and c.voided = false"
          + " and c.kind = 'REGISTRATION' and c.alert_on <= ?1 and c.expires_on >= ?1";

  @PersistenceContext EntityManager em;

  public List<StateFigure> states(ManagedBy scope) {
    return scope.rows(em, STATES, "a.project_id", " group by a.state order by a.state", 0).stream()
        .map(r -> new StateFigure(ApplicationState.valueOf((String) r[0]), count(r[1])))
        .toList();
  }

  /** Supplements asked for and not yet given, the earliest due first (late ones included). */
  public Deadlines supplements(ManagedBy scope) {
    return deadlines(
        "licence-supplement",
        "select a.public_id, a.authority_reference, a.product_zh, a.product_en, p.public_id,"
            + " p.code, a.supplement_due_on",
        SUPPLEMENTS,
        "a.project_id",
        " order by a.supplement_due_on, a.public_id",
        scope);
  }

  /** Registration certificates in their renewal window on {@code today}, the earliest first. */
  public Deadlines renewals(LocalDate today, ManagedBy scope) {
    return deadlines(
        "certificate-renewal",
        "select c.public_id, c.number, c.product_zh, c.product_en, p.public_id, p.code,"
            + " c.expires_on",
        RENEWALS,
        "c.project_id",
        " order by c.expires_on, c.public_id",
        scope,
        today);
  }

  /**
   * How many rows {@code from} holds, and the first of them; a renewal's due day is the last day to
   * apply (its seventh column is the expiry), a supplement's is its own.
   */
  private Deadlines deadlines(
      String kind,
      String select,
      String from,
      String projectColumn,
      String order,
      ManagedBy scope,
      Object... parameters) {
    long n = scope.count(em, "select count(*)" + from, projectColumn, parameters);
    boolean renewal = kind.equals("certificate-renewal");
    List<Deadline> first =
        scope.rows(em, select + from, projectColumn, order, FIRST, parameters).stream()
            .map(
                r -> {
                  LocalDate day = date(r[6]);
                  return new Deadline(
                      kind,
                      uuid(r[0]),
                      (String) r[1],
                      (String) r[2],
                      (String) r[3],
                      uuid(r[4]),
                      (String) r[5],
                      renewal ? day.minusMonths(Certificate.RENEWAL_LEAD_MONTHS) : day,
                      renewal ? day : null);
                })
            .toList();
    return new Deadlines(n, first);
  }
}
