package org.clinbridge.organisations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.organisations.entity.Department;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.persistence.JpqlWhere;
import org.clinbridge.platform.problem.ProblemException;

/** The departments of a hospital; callers pass an organisation they already checked is visible. */
@ApplicationScoped
public class Departments {
  public static final String CURSOR_TAG = "dept";

  @PersistenceContext EntityManager em;
  @Inject Event<Changed> changed;

  public List<Department> page(Organisation hospital, PageRequest request) {
    return new JpqlWhere()
        .when(true, "d.organisation = :o", "o", hospital)
        .afterCreated(request, CURSOR_TAG, "d.createdAt", "d.publicId")
        .query(
            em, "select d from Department d", "order by d.createdAt, d.publicId", Department.class)
        .setMaxResults(request.limit() + 1)
        .getResultList();
  }

  public static Cursor cursorOf(Department d) {
    return JpqlWhere.createdCursor(CURSOR_TAG, d.createdAt(), d.publicId());
  }

  /** A department of {@code hospital}; 404 for any other id. */
  public Department of(Organisation hospital, UUID id) {
    return em.createQuery(
            "select d from Department d where d.organisation = :o and d.publicId = :id",
            Department.class)
        .setParameter("o", hospital)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("department", id));
  }

  public Department add(Department d) {
    em.persist(d);
    changed(d, "created", Map.of(), null);
    return d;
  }

  public void changed(Department d, String action, Map<String, Object> before, String reason) {
    changed.fire(
        new Changed(
            "department",
            d.publicId().toString(),
            action,
            before,
            snapshot(d),
            reason,
            d.organisation().id()));
  }

  public static Map<String, Object> snapshot(Department d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("organisation", d.organisation().publicId().toString());
    m.put("name.zh", d.name().zh());
    m.put("name.en", d.name().en());
    m.put("active", d.active());
    if (d.deactivatedReason() != null) {
      m.put("deactivatedReason", d.deactivatedReason());
    }
    return m;
  }

  public void flush() {
    em.flush();
  }
}
