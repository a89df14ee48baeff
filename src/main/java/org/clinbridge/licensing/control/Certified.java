package org.clinbridge.licensing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.licensing.entity.CertificateState;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.projects.entity.Project;

/**
 * Which projects hold a registration certificate or filing in force today: not voided, ACTIVE or
 * with its renewal submitted, and not past its last day (a filing has none). What a scene that
 * requires a certificate checks, in its matching too.
 */
@ApplicationScoped
public class Certified {
  /** The same rule for native SQL: {@code %s} is the project id column, {@code ?%d} today. */
  private static final String IN_FORCE_SQL =
      "exists (select 1 from licence_certificate lc where lc.project_id = %s"
          + " and lc.voided = false and lc.state in ('ACTIVE', 'RENEWAL_SUBMITTED')"
          + " and (lc.expires_on is null or lc.expires_on >= ?%d))";

  private static final List<CertificateState> IN_FORCE =
      List.of(CertificateState.ACTIVE, CertificateState.RENEWAL_SUBMITTED);

  @PersistenceContext EntityManager em;
  @Inject DistrictClock clock;

  /** A native-SQL condition on {@code projectId} with today bound to parameter {@code today}. */
  public static String inForceSql(String projectId, int todayParameter) {
    return IN_FORCE_SQL.formatted(projectId, todayParameter);
  }

  public boolean holds(Project p) {
    return !among(List.of(p)).isEmpty();
  }

  /** The public ids of those among these projects that hold one, in one statement. */
  public Set<UUID> amongPublicIds(Collection<UUID> projects) {
    if (projects.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select distinct c.project.publicId from Certificate c"
                    + " where c.project.publicId in :projects"
                    + " and c.voiding.voided = false and c.state in :states"
                    + " and (c.expiresOn is null or c.expiresOn >= :today)",
                UUID.class)
            .setParameter("projects", projects)
            .setParameter("states", IN_FORCE)
            .setParameter("today", clock.today())
            .getResultList());
  }

  /** The ids of those among {@code projects} that hold one, in one statement. */
  public Set<Long> among(Collection<Project> projects) {
    if (projects.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select distinct c.project.id from Certificate c where c.project in :projects"
                    + " and c.voiding.voided = false and c.state in :states"
                    + " and (c.expiresOn is null or c.expiresOn >= :today)",
                Long.class)
            .setParameter("projects", projects)
            .setParameter("states", IN_FORCE)
            .setParameter("today", clock.today())
            .getResultList());
  }
}
