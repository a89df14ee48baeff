package org.clinbridge.contracts.control;

import static org.clinbridge.platform.persistence.NativeRows.amount;
import static org.clinbridge.platform.persistence.NativeRows.count;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clinbridge.contracts.entity.ContractType;
import org.clinbridge.projects.control.ManagedBy;
import org.clinbridge.projects.control.Upcoming;

/**
 * Technology contracts in figures, computed by the database: per month of signing and type, how
 * many were signed and for how much, and how many of them the office registered with the technical
 * income it certified (the district's headline: about 5 billion CNY of contracts a year).
 */
@ApplicationScoped
public class ContractFigures {
  /** One month ({@code yyyy-MM}) and type. */
  public record MonthFigure(
      String month,
      ContractType type,
      long signed,
      BigDecimal amount,
      long registered,
      BigDecimal registeredAmount,
      BigDecimal certifiedIncome) {}

  /**
   * Year and month as numbers, so the same SQL runs on PostgreSQL and H2; every column is in {@code
   * technology_contract_period_idx}, so the sums come from the index alone.
   */
  static final String MONTHS =
      "select extract(year from c.signed_on) y, extract(month from c.signed_on) m, c.type,"
          + " count(*), sum(c.amount), count(case when c.state = 'REGISTERED' then 1 end),"
          + " sum(case when c.state = 'REGISTERED' then c.amount end), sum(c.certified_income)"
          + " from technology_contract c where c.signed_on >= ?1 and c.signed_on < ?2";

  @PersistenceContext EntityManager em;

  /** Contracts signed in [from, to). */
  public List<MonthFigure> months(LocalDate from, LocalDate to, ManagedBy scope) {
    return scope
        .rows(
            em,
            MONTHS,
            "c.project_id",
            " group by extract(year from c.signed_on), extract(month from c.signed_on), c.type"
                + " order by 1, 2, 3",
            0,
            from,
            to)
        .stream()
        .map(
            r ->
                new MonthFigure(
                    String.format("%04d-%02d", count(r[0]), count(r[1])),
                    ContractType.valueOf((String) r[2]),
                    count(r[3]),
                    amount(r[4]),
                    count(r[5]),
                    amount(r[6]),
                    amount(r[7])))
        .toList();
  }

  static final String REVIEWS_DUE =
      "select c.review_due_on, p.public_id, p.code, c.title_zh, c.title_en, c.state, c.amount,"
          + " c.public_id from technology_contract c join project p on p.id = c.project_id"
          + " where c.state in ('SUBMITTED', 'UNDER_REVIEW') and c.review_due_on <= ?1";

  /** Contracts of the manager's projects the office must decide on by {@code until}. */
  public List<Upcoming> reviewsDue(LocalDate until, ManagedBy scope, int max) {
    return Upcoming.of(
        "contract-review",
        scope.rows(em, REVIEWS_DUE, "c.project_id", " order by c.review_due_on", max, until),
        "app/contract.xhtml?id=",
        java.time.ZoneOffset.UTC);
  }
}
