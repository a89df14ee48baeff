package org.clinbridge.projects.control;

import static org.clinbridge.platform.persistence.NativeRows.count;
import static org.clinbridge.platform.persistence.NativeRows.real;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clinbridge.projects.entity.ProjectStatus;
import org.clinbridge.projects.entity.Stage;

/**
 * The incubation pipeline in figures, computed by the database: how many projects stand in each
 * stage and status now, how many reached each stage (a project in a later stage has passed the
 * earlier ones), the conversion from one stage to the next, how long the stays that ended in a
 * period lasted (median days, fixed on the event that left the stage), the advances of the period,
 * and the TRL distribution of live projects.
 */
@ApplicationScoped
public class PipelineFigures {
  /** One stage: counts now, the stays that ended in the period, the conversion to the next. */
  public record StageFigure(
      Stage stage,
      long active,
      long onHold,
      long graduated,
      long terminated,
      long reached,
      Double conversionToNext,
      long entered,
      long staysEnded,
      Double medianDays) {}

  /** Projects of one TRL that are still live (active or on hold). */
  public record TrlFigure(int trl, long projects) {}

  /** The figures of one scope. */
  public record Pipeline(List<StageFigure> stages, List<TrlFigure> trl) {}

  /** Projects by stage, status and TRL: an index-only scan of {@code project_pipeline_idx}. */
  static final String NOW = "select stage, status, trl, count(*) from project where 1 = 1";

  /**
   * Stays that ended in [?1, ?2): each leaving event (advanced, returned, graduated) with the stage
   * it left and the instant of the latest event before it that entered a stage; the leaving events
   * of a period come from {@code project_event_occurred_idx}, each entry from the primary-key-like
   * {@code (project_id, seq)} index. Days are real numbers from the epoch seconds, as on H2.
   */
  /**
   * Stays that ended in [?1, ?2): each leaving event (advanced, returned, graduated) carries the
   * stage it left and the days spent there (V101), so this is an index-only scan of {@code
   * project_event_period_idx}.
   */
  static final String STAYS =
      "select e.from_stage, count(*), percentile_cont(0.5) within group (order by e.stay_days)"
          + " from project_event e"
          + " where e.occurred_at >= ?1 and e.occurred_at < ?2"
          + " and e.kind in ('ADVANCED', 'RETURNED', 'GRADUATED') and e.from_stage is not null";

  /** Stages entered in [?1, ?2) by registration or an advance. */
  static final String ENTERED =
      "select e.to_stage, count(*) from project_event e"
          + " where e.occurred_at >= ?1 and e.occurred_at < ?2"
          + " and e.kind in ('REGISTERED', 'ADVANCED')";

  @PersistenceContext EntityManager em;

  public Pipeline figures(OffsetDateTime from, OffsetDateTime to, ManagedBy scope) {
    Map<Stage, long[]> now = new EnumMap<>(Stage.class);
    Map<Integer, Long> trl = new TreeMap<>();
    for (Object[] r : scope.rows(em, NOW, "id", " group by stage, status, trl", 0)) {
      Stage stage = Stage.valueOf((String) r[0]);
      ProjectStatus status = ProjectStatus.valueOf((String) r[1]);
      long n = count(r[3]);
      now.computeIfAbsent(stage, s -> new long[ProjectStatus.values().length])[status.ordinal()] +=
          n;
      if (status == ProjectStatus.ACTIVE || status == ProjectStatus.ON_HOLD) {
        trl.merge(((Number) r[2]).intValue(), n, Long::sum);
      }
    }
    Map<Stage, Object[]> stays =
        byStage(scope.rows(em, STAYS, "e.project_id", " group by e.from_stage", 0, from, to));
    Map<Stage, Object[]> entered =
        byStage(scope.rows(em, ENTERED, "e.project_id", " group by e.to_stage", 0, from, to));

    Stage[] stages = Stage.values();
    long[] reached = new long[stages.length];
    for (int i = stages.length - 1; i >= 0; i--) {
      long here = total(now.get(stages[i]));
      reached[i] = here + (i + 1 < stages.length ? reached[i + 1] : 0);
    }
    List<StageFigure> figures = new ArrayList<>();
    for (int i = 0; i < stages.length; i++) {
      long[] n = now.getOrDefault(stages[i], new long[ProjectStatus.values().length]);
      Object[] stay = stays.get(stages[i]);
      Object[] in = entered.get(stages[i]);
      figures.add(
          new StageFigure(
              stages[i],
              n[ProjectStatus.ACTIVE.ordinal()],
              n[ProjectStatus.ON_HOLD.ordinal()],
              n[ProjectStatus.GRADUATED.ordinal()],
              n[ProjectStatus.TERMINATED.ordinal()],
              reached[i],
              i + 1 < stages.length && reached[i] > 0 ? (double) reached[i + 1] / reached[i] : null,
              in == null ? 0 : count(in[1]),
              stay == null ? 0 : count(stay[1]),
              stay == null ? null : real(stay[2])));
    }
    List<TrlFigure> levels = new ArrayList<>();
    for (int level = 1; level <= 9; level++) {
      levels.add(new TrlFigure(level, trl.getOrDefault(level, 0L)));
    }
    return new Pipeline(figures, levels);
  }

  static final String MILESTONES_DUE =
      "select m.due_on, p.public_id, p.code, m.title_zh, m.title_en, m.status, null,"
          + " p.public_id from milestone m join project p on p.id = m.project_id"
          + " where m.status = 'OPEN' and m.due_on <= ?1";

  /** Open milestones of the manager's projects due by {@code until}, overdue ones included. */
  public List<Upcoming> milestonesDue(LocalDate until, ManagedBy scope, int max) {
    return Upcoming.of(
        "milestone-due",
        scope.rows(em, MILESTONES_DUE, "m.project_id", " order by m.due_on", max, until),
        "app/project.xhtml?id=",
        java.time.ZoneOffset.UTC);
  }

  private static Map<Stage, Object[]> byStage(List<Object[]> rows) {
    Map<Stage, Object[]> map = new EnumMap<>(Stage.class);
    for (Object[] r : rows) {
      map.put(Stage.valueOf((String) r[0]), r);
    }
    return map;
  }

  private static long total(long[] counts) {
    long sum = 0;
    if (counts != null) {
      for (long c : counts) {
        sum += c;
      }
    }
    return sum;
  }
}
