package org.clinbridge.scenes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.clinbridge.licensing.control.Certified;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.projects.control.ProjectColumns;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.scenes.entity.Scene;

/**
 * Recommends scenes for a project and projects for a scene, ranked by {@link SceneFit}. The
 * database narrows the field first (at most one unmet hard rule, so near misses are shown with what
 * is missing); the exact fit and its reasons are then computed for the few that remain.
 */
@ApplicationScoped
public class SceneMatcher {
  /** How many near candidates the database hands over for exact ranking. */
  static final int SHORTLIST = 100;

  @PersistenceContext EntityManager em;
  @Inject Certified certified;
  @Inject DistrictClock clock;

  public record Match<T>(T item, SceneFit.Fit fit) {}

  /** Active scenes whose window has not closed, best fit first. */
  public List<Match<Scene>> scenesFor(Project project, int limit, OffsetDateTime now) {
    SceneFit.Candidate c = Applications.candidate(project, certified.holds(project));
    String sql =
        "select id from (select s.id, s.created_at, s.public_id, ("
            + " (case when not exists (select 1 from scene_subcatalogue c where c.scene_id = s.id)"
            + "   or exists (select 1 from scene_subcatalogue c where c.scene_id = s.id and c.code = ?2)"
            + "   then 0 else 1 end)"
            + " + (case when not exists (select 1 from scene_device_class d where d.scene_id = s.id)"
            + "   or exists (select 1 from scene_device_class d where d.scene_id = s.id"
            + "   and d.device_class = ?3) then 0 else 1 end)"
            + " + (case when ?4 between s.trl_min and s.trl_max then 0 else 1 end)"
            + " + (case when s.certificate_required = false or ?5 = true then 0 else 1 end)"
            + " + (case when s.opens_at <= ?1 then 0 else 1 end)) as missed"
            + " from scene s where s.publication = 'ACTIVE' and s.closes_at > ?1"
            + " and s.progress not in ('COMPLETED', 'TERMINATED', 'WITHDRAWN')) m"
            // Full fits first: near misses only fill the shortlist, never push a fit out of it.
            + " where m.missed <= 1 order by m.missed, m.created_at desc, m.public_id desc";
    Query q =
        em.createNativeQuery(sql)
            .setParameter(1, now)
            .setParameter(2, c.subcatalogue() == null ? "" : c.subcatalogue())
            .setParameter(3, c.deviceClass() == null ? "" : c.deviceClass())
            .setParameter(4, c.trl())
            .setParameter(5, c.certificate())
            .setMaxResults(SHORTLIST);
    List<Long> ids = ids(q.getResultList());
    if (ids.isEmpty()) {
      return List.of();
    }
    // The fit reads each scene's sets, the view its hospital: fetch them in a few batched
    // statements rather than one per scene.
    List<Scene> shortlist =
        em.createQuery("select s from Scene s where s.id in :ids", Scene.class)
            .setParameter("ids", ids)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "s.subcatalogues")
            .setHint("eclipselink.batch", "s.deviceClasses")
            .setHint("eclipselink.batch", "s.hospital")
            .getResultList();
    return rank(shortlist, s -> SceneFit.of(Applications.terms(s), c, now), limit);
  }

  /** Findable active projects for a scene, best fit first. */
  public List<Match<Project>> projectsFor(Scene scene, int limit, OffsetDateTime now) {
    SceneFit.Terms t = Applications.terms(scene);
    // Over the projects area's table, through the columns it names (ProjectColumns).
    StringBuilder sql =
        new StringBuilder("select id from (select p.")
            .append(ProjectColumns.ID)
            .append(" as id, p.")
            .append(ProjectColumns.CODE)
            .append(" as code, p.")
            .append(ProjectColumns.TRL)
            .append(" as trl, (");
    List<Object> params = new ArrayList<>();
    sql.append(inOrAny("p." + ProjectColumns.SUBCATALOGUE, t.subcatalogues(), params));
    sql.append(" + ")
        .append(inOrAny("p." + ProjectColumns.EXPECTED_CLASS, t.deviceClasses(), params));
    params.add(t.trlMin());
    params.add(t.trlMax());
    sql.append(" + (case when p.")
        .append(ProjectColumns.TRL)
        .append(" between ?")
        .append(params.size() - 1)
        .append(" and ?")
        .append(params.size())
        .append(" then 0 else 1 end)");
    if (t.certificateRequired()) {
      params.add(clock.today());
      sql.append(" + (case when ")
          .append(Certified.inForceSql("p." + ProjectColumns.ID, params.size()))
          .append(" then 0 else 1 end)");
    }
    // Full fits first, then the TRL nearest the middle of the scene's range: a near miss only
    // fills the shortlist, it never pushes a full fit out of it.
    sql.append(") as missed from ")
        .append(ProjectColumns.TABLE)
        .append(" p where ")
        .append(ProjectColumns.offeredToHospitals("p"))
        .append(") m")
        .append(" where m.missed <= 1 order by m.missed, abs(m.trl * 2 - ")
        .append(t.trlMin() + t.trlMax())
        .append("), m.code");
    Query q = em.createNativeQuery(sql.toString());
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    List<Long> ids = ids(q.setMaxResults(SHORTLIST).getResultList());
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Project> shortlist =
        em.createQuery("select p from Project p where p.id in :ids", Project.class)
            .setParameter("ids", ids)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "p.owner")
            .getResultList();
    Set<Long> holding = t.certificateRequired() ? certified.among(shortlist) : Set.of();
    return rank(
        shortlist,
        p -> SceneFit.of(t, Applications.candidate(p, holding.contains(p.id())), now),
        limit);
  }

  /** {@code (case when col in (...) then 0 else 1 end)}, or 0 when the set accepts any. */
  private static String inOrAny(
      String column, java.util.Set<String> accepted, List<Object> params) {
    if (accepted.isEmpty()) {
      return "0";
    }
    StringBuilder in = new StringBuilder("(case when ").append(column).append(" in (");
    String sep = "";
    for (String v : new java.util.TreeSet<>(accepted)) {
      params.add(v);
      in.append(sep).append('?').append(params.size());
      sep = ", ";
    }
    return in.append(") then 0 else 1 end)").toString();
  }

  private static List<Long> ids(List<?> rows) {
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }

  /** Fits first, then fewest missing, then highest score. */
  static <T> List<Match<T>> rank(List<T> items, Function<T, SceneFit.Fit> fit, int limit) {
    return items.stream()
        .map(i -> new Match<>(i, fit.apply(i)))
        .sorted(
            Comparator.<Match<T>>comparingInt(m -> m.fit().missing().size())
                .thenComparing(Comparator.<Match<T>>comparingInt(m -> m.fit().score()).reversed()))
        .limit(limit)
        .toList();
  }
}
