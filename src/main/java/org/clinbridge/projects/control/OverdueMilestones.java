package org.clinbridge.projects.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.persistence.Database;
import org.clinbridge.projects.entity.Milestone;

/**
 * The overdue milestones of the projects a caller may see (for a technology manager: the projects
 * assigned to them), most overdue first. Served by the index on (status, due_on).
 */
@ApplicationScoped
public class OverdueMilestones {
  public static final String CURSOR_TAG = "overdue";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @PersistenceContext EntityManager em;

  public List<Milestone> page(ProjectAccess.Scope scope, LocalDate today, PageRequest page) {
    StringBuilder sql =
        new StringBuilder(
            "select m.id from milestone m join project p on p.id = m.project_id"
                + " where m.status = 'OPEN' and m.due_on < ? and ");
    List<Object> params = new ArrayList<>();
    params.add(today);
    sql.append(scope.sql());
    params.addAll(scope.params());
    if (!page.first()) {
      Cursor c = Cursor.decode(page.cursor(), CURSOR_TAG, 2);
      params.add(c.key(0, LocalDate::parse));
      params.add(c.key(1, UUID::fromString));
      sql.append(" and (m.due_on, m.public_id) > (?, ?)");
    }
    sql.append(" order by m.due_on, m.public_id limit ?");
    params.add(page.limit() + 1);
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql.toString())) {
      Jdbc.bind(st, params);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Overdue milestones query failed", e);
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Milestone> found =
        new ArrayList<>(
            em.createQuery(
                    "select m from Milestone m join fetch m.project where m.id in :ids",
                    Milestone.class)
                .setParameter("ids", ids)
                .getResultList());
    Map<Long, Integer> position = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      position.put(ids.get(i), i);
    }
    found.sort(Comparator.comparing(m -> position.get(m.id())));
    return found;
  }

  public static Cursor cursorOf(Milestone m) {
    return Cursor.of(CURSOR_TAG, m.dueOn(), m.publicId());
  }
}
