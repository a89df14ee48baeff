package org.clinbridge.consultation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The desk's figures over a period of asking, computed by the database: counts, percentiles of the
 * working minutes each consultation's first response and resolution took (fixed on the row when
 * they happened, {@code first_response_minutes} / {@code resolution_minutes}), breaches as recorded
 * once per clock, and ratings; plus the backlog as it stands. A merged duplicate is not a question
 * of its own and is left out.
 */
@ApplicationScoped
public class DeskStatistics {
  /** What the figures are grouped by; the column is ours, never the caller's text. */
  public enum By {
    ALL("'all'"),
    TOPIC("topic"),
    GROUP("coalesce(specialist_group, '')"),
    CONSULTANT("coalesce(assignee, '')");

    final String column;

    By(String column) {
      this.column = column;
    }
  }

  /** One row of figures; minutes are working minutes, null where nothing was counted. */
  public record Figures(
      String key,
      long asked,
      long answered,
      Double firstResponseP50,
      Double firstResponseP90,
      long resolved,
      Double resolutionP50,
      Double resolutionP90,
      long firstResponseBreaches,
      long resolutionBreaches,
      long nextUpdateBreaches,
      long ratings,
      Double averageRating,
      @Schema(description = "First-response breaches per question asked; absent when none asked")
          Double firstResponseBreachRate,
      @Schema(description = "Resolution breaches per question asked; absent when none asked")
          Double resolutionBreachRate) {}

  /** Open consultations of a topic and group in one state. */
  public record Backlog(String topic, String group, String status, long count) {}

  static final String BACKLOG =
      "select topic, coalesce(specialist_group, ''), status, count(*) from consultation"
          + " where status in ('NEW', 'OPEN', 'PENDING_CUSTOMER', 'REOPENED')"
          + " group by topic, specialist_group, status"
          + " order by topic, specialist_group, status";

  @PersistenceContext EntityManager em;

  /** The figures of consultations asked in [from, to), one row per key of {@code by}. */
  public List<Figures> figures(By by, OffsetDateTime from, OffsetDateTime to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(sql(by)).setParameter(1, from).setParameter(2, to).getResultList();
    List<Figures> figures = new ArrayList<>();
    for (Object[] r : rows) {
      long asked = count(r[1]);
      figures.add(
          new Figures(
              String.valueOf(r[0]),
              asked,
              count(r[2]),
              real(r[3]),
              real(r[4]),
              count(r[5]),
              real(r[6]),
              real(r[7]),
              count(r[8]),
              count(r[9]),
              count(r[10]),
              count(r[11]),
              real(r[12]),
              asked == 0 ? null : (double) count(r[8]) / asked,
              asked == 0 ? null : (double) count(r[9]) / asked));
    }
    return figures;
  }

  /** The figures' SQL (PostgreSQL and H2 alike; ?1 and ?2 the period's ends). */
  static String sql(By by) {
    String key = by.column;
    return "select "
        + key
        + " k, count(*), count(first_response_at),"
        + " percentile_cont(0.5) within group (order by first_response_minutes),"
        + " percentile_cont(0.9) within group (order by first_response_minutes),"
        + " count(resolution_minutes),"
        + " percentile_cont(0.5) within group (order by resolution_minutes),"
        + " percentile_cont(0.9) within group (order by resolution_minutes),"
        + " count(first_response_breached_at), count(resolution_breached_at),"
        + " coalesce(sum(next_update_breaches), 0), count(rating), avg(cast(rating as double precision))"
        + " from consultation where created_at >= ?1 and created_at < ?2 and status <> 'MERGED'"
        + (by == By.ALL ? "" : " group by " + key + " order by " + key);
  }

  /** The open consultations now, by topic, group and state. */
  public List<Backlog> backlog() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(BACKLOG).getResultList();
    return rows.stream()
        .map(
            r ->
                new Backlog(
                    (String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()))
        .toList();
  }

  private static long count(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  private static Double real(Object o) {
    return o == null ? null : ((Number) o).doubleValue();
  }
}
