package org.clinbridge.ip.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.ip.entity.Patent;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.entity.Project;

/**
 * Patents and who may see them: a district administrator; the people of the organisation that
 * recorded the patent; whoever may see a project it is linked to.
 */
@ApplicationScoped
public class Patents {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject ProjectAccess access;

  public Optional<Patent> byPublicId(UUID id) {
    return em.createQuery(
            "select p from Patent p join fetch p.owner where p.publicId = :id", Patent.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public Optional<Patent> byNumber(String number) {
    return em.createQuery("select p from Patent p where p.number = :n", Patent.class)
        .setParameter("n", number.trim().toUpperCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** The patents linked to a project, by filing date. */
  public List<Patent> ofProject(Project p) {
    return em.createQuery(
            "select pa from Patent pa join pa.projects pr where pr = :p"
                + " order by pa.filedOn, pa.publicId",
            Patent.class)
        .setParameter("p", p)
        .getResultList();
  }

  public boolean canSee(Patent p) {
    return caller.isDistrictAdmin()
        || ownedByCaller(p)
        || p.projects().stream().anyMatch(access::canSee);
  }

  /** Recorded by the caller's organisation, or linked to a project the caller manages. */
  public boolean canEdit(Patent p) {
    return caller.isDistrictAdmin()
        || ownedByCaller(p)
        || p.projects().stream().anyMatch(pr -> access.canSee(pr) && access.manages(pr));
  }

  private boolean ownedByCaller(Patent p) {
    return caller.signedIn()
        && caller.has(Role.START_UP_MEMBER)
        && p.owner().id() == caller.organisationRef();
  }
}
