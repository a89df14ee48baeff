package org.clinbridge.projects.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import org.clinbridge.projects.entity.ProjectCode;

/**
 * Hands out project codes from the database sequence {@code project_code_seq}: unique across all
 * instances sharing the database, without a lock (H2 in PostgreSQL mode knows nextval too).
 */
@ApplicationScoped
public class ProjectCodes {
  @PersistenceContext EntityManager em;

  public String next(OffsetDateTime at) {
    Number n =
        (Number) em.createNativeQuery("select nextval('project_code_seq')").getSingleResult();
    return ProjectCode.of(at.getYear(), n.longValue());
  }
}
