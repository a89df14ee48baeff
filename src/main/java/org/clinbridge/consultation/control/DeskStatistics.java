package org.clinbridge.consultation.control;

import static org.clinbridge.platform.persistence.NativeRows.count;
import static org.clinbridge.platform.persistence.NativeRows.real;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.clinbridge.projects.control.ManagedBy;
import org.clinbridge.projects.control.Upcoming;
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

  static final String OPEN_NOW =
      "select topic, coalesce(specialist_group, ''), status, count(*) from consultation"
          + " where status in ('NEW', 'OPEN', 'PENDING_CUSTOMER', 'REOPENED')";

  static final String BACKLOG_GROUPS =
      " group by topic, specialist_group, status order by topic, specialist_group, status";

  static final String BACKLOG = OPEN_NOW + BACKLOG_GROUPS;

  @PersistenceContext EntityManager em;

  /** The figures of consultations asked in [from, to), one row per key of {@code by}. */
  public List<Figures> figures(By by, OffsetDateTime from, OffsetDateTime to) {
    return figures(by, from, to, ManagedBy.DISTRICT);
  }

  /**
   * The same, narrowed to the consultations about projects of one technology manager when {@code
   * scope} says so (the district dashboard's portfolio view).
   */
  public List<Figures> figures(By by, OffsetDateTime from, OffsetDateTime to, ManagedBy scope) {
    List<Object[]> rows = scope.rows(em, select(by), "project_id", groupBy(by), 0, from, to);
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

  static final String OPEN_ABOUT_PROJECTS =
      "select c.created_at, p.public_id, p.code, c.subject, c.subject, c.status, null,"
          + " c.public_id"
          + " from consultation c join project p on p.id = c.project_id"
          + " where c.status in ('NEW', 'OPEN', 'PENDING_CUSTOMER', 'REOPENED')";

  /**
   * Open consultations about the projects of {@code scope} (a manager's portfolio), the oldest
   * first, dated by the day they were asked in the district's zone.
   */
  public List<Upcoming> openAboutProjects(ManagedBy scope, ZoneId zone, int max) {
    return Upcoming.of(
        "consultation-open",
        scope.rows(em, OPEN_ABOUT_PROJECTS, "c.project_id", " order by c.created_at", max),
        "app/consultation.xhtml?id=",
        zone);
  }

  /** The figures' SQL (PostgreSQL and H2 alike; ?1 and ?2 the period's ends). */
  static String sql(By by) {
    return select(by) + groupBy(by);
  }

  private static String groupBy(By by) {
    return by == By.ALL ? "" : " group by " + by.column + " order by " + by.column;
  }

  private static String select(By by) {
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
        + " from consultation where created_at >= ?1 and created_at < ?2 and status <> 'MERGED'";
  }

  /** The open consultations now, by topic, group and state. */
  public List<Backlog> backlog() {
    return backlog(ManagedBy.DISTRICT);
  }

  /** The open consultations now, narrowed as {@code scope} says. */
  public List<Backlog> backlog(ManagedBy scope) {
    List<Object[]> rows = scope.rows(em, OPEN_NOW, "project_id", BACKLOG_GROUPS, 0);
    return rows.stream()
        .map(
            r ->
                new Backlog(
                    (String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()))
        .toList();
  }
}
