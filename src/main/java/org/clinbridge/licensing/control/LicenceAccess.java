package org.clinbridge.licensing.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.clinbridge.licensing.entity.Certificate;
import org.clinbridge.licensing.entity.LicenceApplication;
import org.clinbridge.platform.persistence.JpqlWhere;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.control.ProjectAccess;

/**
 * Who sees and changes licence applications and certificates: exactly who sees and edits their
 * project ({@link ProjectAccess}): the start-up's own members, its technology manager, district
 * administrators. Anyone else gets 404, as if the record did not exist.
 */
@RequestScoped
public class LicenceAccess {
  public static final String APPLICATION = "licence-application";
  public static final String CERTIFICATE = "licence-certificate";

  @PersistenceContext EntityManager em;
  @Inject ProjectAccess projects;
  @Inject Caller caller;

  public LicenceApplication visibleApplication(UUID publicId) {
    List<LicenceApplication> found =
        em.createQuery(
                "select a from LicenceApplication a join fetch a.project p join fetch p.owner"
                    + " where a.publicId = :id",
                LicenceApplication.class)
            .setParameter("id", publicId)
            .getResultList();
    if (found.isEmpty() || !projects.canSee(found.get(0).project())) {
      throw ProblemException.notFound(APPLICATION, publicId);
    }
    return found.get(0);
  }

  /** The application if the caller may change it (the project's people, manager, admins). */
  public LicenceApplication editableApplication(UUID publicId) {
    LicenceApplication a = visibleApplication(publicId);
    projects.editable(a.project().publicId());
    return a;
  }

  public Certificate visibleCertificate(UUID publicId) {
    List<Certificate> found =
        em.createQuery(
                "select c from Certificate c join fetch c.project p join fetch p.owner"
                    + " where c.publicId = :id",
                Certificate.class)
            .setParameter("id", publicId)
            .getResultList();
    if (found.isEmpty() || !projects.canSee(found.get(0).project())) {
      throw ProblemException.notFound(CERTIFICATE, publicId);
    }
    return found.get(0);
  }

  public Certificate editableCertificate(UUID publicId) {
    Certificate c = visibleCertificate(publicId);
    projects.editable(c.project().publicId());
    return c;
  }

  /**
   * Limits a list to the projects the caller sees, as {@link ProjectAccess#scope()} does in SQL:
   * {@code project} is the JPQL path of the records' project.
   */
  public JpqlWhere scoped(JpqlWhere where, String project) {
    if (caller.isDistrictAdmin()) {
      return where;
    }
    boolean member = caller.signedIn() && caller.has(Role.START_UP_MEMBER);
    boolean manager = caller.signedIn() && caller.has(Role.TECH_MANAGER);
    if (member && manager) {
      return where.when(
          true,
          "(" + project + ".owner.id = :scopeOrg or " + project + ".managerAccountId = :scopeAcc)",
          "scopeOrg",
          caller.organisationRef(),
          "scopeAcc",
          caller.accountId().toString());
    }
    if (member) {
      return where.when(
          true, project + ".owner.id = :scopeOrg", "scopeOrg", caller.organisationRef());
    }
    if (manager) {
      return where.when(
          true,
          project + ".managerAccountId = :scopeAcc",
          "scopeAcc",
          caller.accountId().toString());
    }
    return where.when(true, "1 = 0");
  }
}
