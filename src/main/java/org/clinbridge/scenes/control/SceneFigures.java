package org.clinbridge.scenes.control;

import static org.clinbridge.platform.persistence.NativeRows.count;
import static org.clinbridge.platform.persistence.NativeRows.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.projects.control.ManagedBy;
import org.clinbridge.scenes.entity.SceneType;

/**
 * Hospitals' scenes in figures, computed by the database, per hospital and scene type: scenes
 * published in a period with their slots and how many are taken (the fill rate), and the
 * applications submitted in the period with how many were accepted. A technology manager's figures
 * count their projects' applications only (the scenes' slots are the hospitals' business).
 */
@ApplicationScoped
public class SceneFigures {
  public record HospitalFigure(
      UUID hospital,
      String hospitalZh,
      String hospitalEn,
      SceneType type,
      long opened,
      long capacity,
      long filled,
      Double fillRate,
      long applications,
      long accepted,
      Double acceptanceRate) {}

  static final String OPENED =
      "select o.public_id, o.name_zh, o.name_en, s.type, count(*), sum(s.capacity),"
          + " sum(s.accepted_count) from scene s join organisation o on o.id = s.hospital_id"
          + " where s.published_at >= ?1 and s.published_at < ?2";

  static final String GROUP = " group by o.public_id, o.name_zh, o.name_en, s.type";

  /**
   * Applications of a period counted per scene first, from {@code scene_application_period_idx}
   * alone, then per hospital and type: the join handles one row per scene, not per application.
   */
  static final String APPLIED =
      "select a.scene_id, count(*) n, count(case when a.status in"
          + " ('ACCEPTED', 'ACCEPTED_WITH_CONDITIONS') then 1 end) accepted"
          + " from scene_application a where a.submitted_at >= ?1 and a.submitted_at < ?2";

  static final String APPLIED_BY_HOSPITAL =
      " group by a.scene_id) x join scene s on s.id = x.scene_id"
          + " join organisation o on o.id = s.hospital_id"
          + " group by o.public_id, o.name_zh, o.name_en, s.type";

  @PersistenceContext EntityManager em;

  public List<HospitalFigure> hospitals(OffsetDateTime from, OffsetDateTime to, ManagedBy scope) {
    Map<String, Object[]> opened = new LinkedHashMap<>();
    if (scope.wholeDistrict()) {
      for (Object[] r : scope.rows(em, OPENED, null, GROUP, 0, from, to)) {
        opened.put(key(r), r);
      }
    }
    Map<String, Object[]> applied = new LinkedHashMap<>();
    for (Object[] r :
        scope.rows(
            em,
            "select o.public_id, o.name_zh, o.name_en, s.type, sum(x.n), sum(x.accepted) from ("
                + APPLIED,
            "a.project_id",
            APPLIED_BY_HOSPITAL,
            0,
            from,
            to)) {
      applied.put(key(r), r);
    }
    Map<String, Object[]> names = new java.util.TreeMap<>();
    opened.forEach(names::put);
    applied.forEach(names::putIfAbsent);
    List<HospitalFigure> figures = new ArrayList<>();
    names.forEach(
        (k, r) -> {
          Object[] o = opened.get(k);
          Object[] a = applied.get(k);
          long capacity = o == null ? 0 : count(o[5]);
          long filled = o == null ? 0 : count(o[6]);
          long applications = a == null ? 0 : count(a[4]);
          long accepted = a == null ? 0 : count(a[5]);
          figures.add(
              new HospitalFigure(
                  uuid(r[0]),
                  (String) r[1],
                  (String) r[2],
                  SceneType.valueOf((String) r[3]),
                  o == null ? 0 : count(o[4]),
                  capacity,
                  filled,
                  capacity == 0 ? null : (double) filled / capacity,
                  applications,
                  accepted,
                  applications == 0 ? null : (double) accepted / applications));
        });
    return figures;
  }

  /** Sorted by the hospital's English name, then type, for a stable table and chart. */
  private static String key(Object[] r) {
    return r[2] + "\u0000" + r[0] + "\u0000" + r[3];
  }
}
