package org.clinbridge.funding.control;

import static org.clinbridge.platform.persistence.NativeRows.amount;
import static org.clinbridge.platform.persistence.NativeRows.count;
import static org.clinbridge.platform.persistence.NativeRows.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinbridge.projects.control.ManagedBy;
import org.clinbridge.projects.control.Upcoming;

/**
 * The proof-of-concept fund in figures, computed by the database. For the district, each pool's own
 * committed and released columns (the ledger keeps them exact under races); for a technology
 * manager, the sums of the grants to their projects. Grants' tranches by the outcome of the
 * milestone review that releases them (no review yet is PENDING), for grants awarded in a period.
 * What remains of a pool is always the pool's own: what a manager's start-ups may still apply for.
 */
@ApplicationScoped
public class FundFigures {
  public record PoolFigure(
      UUID id,
      String nameZh,
      String nameEn,
      BigDecimal total,
      BigDecimal committed,
      BigDecimal released,
      BigDecimal remaining) {}

  /** Tranches of one milestone outcome and state, with their amounts. */
  public record OutcomeFigure(String outcome, String tranche, long tranches, BigDecimal amount) {}

  static final String POOLS =
      "select public_id, name_zh, name_en, total, committed, released, committed from fund_pool"
          + " order by period_start desc, public_id";

  static final String MANAGER_POOLS =
      "select f.public_id, f.name_zh, f.name_en, f.total, sum(g.amount),"
          + " sum((select coalesce(sum(t.amount), 0) from grant_tranche t"
          + " where t.grant_id = g.id and t.status = 'RELEASED')), f.committed"
          + " from fund_pool f join fund_grant g on g.pool_id = f.id where 1 = 1";

  static final String OUTCOMES =
      "select coalesce(m.latest_decision, 'PENDING'), t.status, count(*), sum(t.amount)"
          + " from grant_tranche t join fund_grant g on g.id = t.grant_id"
          + " join milestone m on m.id = t.milestone_id"
          + " where g.awarded_on >= ?1 and g.awarded_on < ?2";

  @PersistenceContext EntityManager em;

  public List<PoolFigure> pools(ManagedBy scope) {
    List<Object[]> rows =
        scope.wholeDistrict()
            ? scope.rows(em, POOLS, null, "", 0)
            : scope.rows(
                em,
                MANAGER_POOLS,
                "g.project_id",
                " group by f.id, f.public_id, f.name_zh, f.name_en, f.total, f.committed,"
                    + " f.period_start order by f.period_start desc, f.public_id",
                0);
    return rows.stream()
        .map(
            r -> {
              BigDecimal total = amount(r[3]);
              return new PoolFigure(
                  uuid(r[0]),
                  (String) r[1],
                  (String) r[2],
                  total,
                  amount(r[4]),
                  amount(r[5]),
                  total.subtract(amount(r[6])));
            })
        .toList();
  }

  static final String TRANCHES_DUE =
      "select m.due_on, p.public_id, p.code, m.title_zh, m.title_en, t.status, t.amount,"
          + " f.public_id from grant_tranche t join fund_grant g on g.id = t.grant_id"
          + " join fund_pool f on f.id = g.pool_id join milestone m on m.id = t.milestone_id"
          + " join project p on p.id = g.project_id"
          + " where t.status = 'PLANNED' and m.status <> 'CANCELLED' and m.due_on <= ?1";

  /**
   * Planned tranches of the manager's projects whose milestone falls due by {@code until} (the
   * review that releases them is then due).
   */
  public List<Upcoming> tranchesDue(LocalDate until, ManagedBy scope, int max) {
    return Upcoming.of(
        "tranche-review",
        scope.rows(em, TRANCHES_DUE, "g.project_id", " order by m.due_on", max, until),
        "app/fund-pool.xhtml?id=",
        java.time.ZoneOffset.UTC);
  }

  public List<OutcomeFigure> outcomes(LocalDate from, LocalDate to, ManagedBy scope) {
    return scope
        .rows(
            em,
            OUTCOMES,
            "g.project_id",
            " group by coalesce(m.latest_decision, 'PENDING'), t.status order by 1, 2",
            0,
            from,
            to)
        .stream()
        .map(r -> new OutcomeFigure((String) r[0], (String) r[1], count(r[2]), amount(r[3])))
        .toList();
  }
}
