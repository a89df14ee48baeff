package org.clinbridge.projects.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;

/**
 * Whose projects a district figure counts: the whole district, or the portfolio of one technology
 * manager. The projects area owns the column that says who manages a project, so every other area
 * narrows its figures through {@link #and} rather than naming {@code project.manager_account_id}
 * itself (a semi-join on {@code project_manager_idx}).
 *
 * @param manager the manager's account id, or null for the whole district
 */
public record ManagedBy(UUID manager) {
  public static final ManagedBy DISTRICT = new ManagedBy(null);

  public static ManagedBy manager(UUID account) {
    return new ManagedBy(java.util.Objects.requireNonNull(account));
  }

  public boolean wholeDistrict() {
    return manager == null;
  }

  /**
   * The clause that keeps rows whose {@code projectIdColumn} is a project of the manager, bound as
   * native parameter {@code ?position}; empty for the whole district.
   */
  public String and(String projectIdColumn, int position) {
    return manager == null
        ? ""
        : " and "
            + projectIdColumn
            + " in (select mp.id from project mp where mp.manager_account_id = ?"
            + position
            + ")";
  }

  /**
   * Runs {@code select}, narrowed by this scope on {@code projectColumn}, then {@code tail} (group
   * by, order by): the rows of a figure. {@code parameters} bind {@code ?1..?n}; the manager, when
   * there is one, binds the next position. At most {@code max} rows when {@code max > 0}.
   */
  @SuppressWarnings("unchecked")
  public List<Object[]> rows(
      EntityManager em,
      String select,
      String projectColumn,
      String tail,
      int max,
      Object... parameters) {
    Query q = query(em, select + and(projectColumn, parameters.length + 1) + tail, parameters);
    if (max > 0) {
      q.setMaxResults(max);
    }
    return q.getResultList();
  }

  /** The single number {@code select count(*) ...} answers, narrowed the same way. */
  public long count(EntityManager em, String select, String projectColumn, Object... parameters) {
    Object n =
        query(em, select + and(projectColumn, parameters.length + 1), parameters).getSingleResult();
    return ((Number) n).longValue();
  }

  private Query query(EntityManager em, String sql, Object... parameters) {
    Query q = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      q.setParameter(i + 1, parameters[i]);
    }
    return bind(q, parameters.length + 1);
  }

  /** Binds the manager for {@link #and}'s clause; nothing for the whole district. */
  public Query bind(Query query, int position) {
    return manager == null ? query : query.setParameter(position, manager.toString());
  }
}
