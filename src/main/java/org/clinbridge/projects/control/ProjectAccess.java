package org.clinbridge.projects.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.entity.Actor;
import org.clinbridge.projects.entity.Project;

/**
 * Who may see and do what with a project, in one place. A start-up member sees the projects of
 * their own organisation; a technology manager those assigned to them; a district administrator
 * all; anyone else none. A project the caller may not see answers 404, as if it did not exist.
 *
 * <p>Other areas (funding, contracts, ip, scenes) load projects through {@link #visible} and {@link
 * #managed} so that the rule is the same everywhere.
 */
@RequestScoped
public class ProjectAccess {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  /** The project if the caller may see it, else 404. */
  public Project visible(UUID publicId) {
    Project p = byPublicId(publicId);
    if (p == null || !canSee(p)) {
      throw ProblemException.notFound("project", publicId);
    }
    return p;
  }

  /**
   * The project if the caller manages it (its assigned technology manager, or a district
   * administrator): stage moves, TRL assessments, milestone reviews. One who may only see it gets
   * 403; one who may not even see it, 404.
   */
  public Project managed(UUID publicId) {
    Project p = visible(publicId);
    if (!manages(p)) {
      throw forbidden();
    }
    return p;
  }

  /**
   * The project if the caller may edit its description: its owner's members, its manager, admins.
   */
  public Project editable(UUID publicId) {
    Project p = visible(publicId);
    if (!canEdit(p)) {
      throw forbidden();
    }
    return p;
  }

  /** Its owner's members, its manager and district administrators edit it and its milestones. */
  public boolean canEdit(Project p) {
    return manages(p) || ownedByCaller(p);
  }

  public boolean canSee(Project p) {
    if (!caller.signedIn()) {
      return false;
    }
    return caller.isDistrictAdmin() || ownedByCaller(p) || assignedToCaller(p);
  }

  public boolean manages(Project p) {
    return caller.isDistrictAdmin() || assignedToCaller(p);
  }

  private boolean ownedByCaller(Project p) {
    return caller.has(Role.START_UP_MEMBER) && p.owner().id() == caller.organisationRef();
  }

  private boolean assignedToCaller(Project p) {
    return caller.has(Role.TECH_MANAGER) && caller.accountId().equals(p.managerAccountId());
  }

  /** The caller as recorded on dated events. */
  public Actor actor() {
    return new Actor(caller.accountId(), caller.username());
  }

  /**
   * The same rule as SQL over a table aliased {@code p} with columns {@code owner_id} and {@code
   * manager_account_id}, for lists and exports.
   */
  public Scope scope() {
    if (caller.isDistrictAdmin()) {
      return new Scope("1 = 1", List.of());
    }
    List<String> any = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (caller.signedIn() && caller.has(Role.START_UP_MEMBER)) {
      any.add("p.owner_id = ?");
      params.add(caller.organisationRef());
    }
    if (caller.signedIn() && caller.has(Role.TECH_MANAGER)) {
      any.add("p.manager_account_id = ?");
      params.add(caller.accountId().toString());
    }
    if (any.isEmpty()) {
      return new Scope("1 = 0", List.of());
    }
    return new Scope("(" + String.join(" or ", any) + ")", params);
  }

  /** A SQL condition and its positional parameters. */
  public record Scope(String sql, List<Object> params) {}

  private Project byPublicId(UUID publicId) {
    List<Project> found =
        em.createQuery(
                "select p from Project p join fetch p.owner where p.publicId = :id", Project.class)
            .setParameter("id", publicId)
            .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  public static ProblemException forbidden() {
    return ProblemException.forbidden();
  }
}
