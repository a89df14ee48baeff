package org.clinbridge.organisations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.clinbridge.platform.security.Role;

/**
 * The accounts that may be assigned to projects as technology managers, and their names for
 * display. The organisations area owns the account tables; a project keeps only the account's
 * public id and asks here, so no other area reads those tables itself.
 */
@ApplicationScoped
public class TechnologyManagers {
  @PersistenceContext EntityManager em;

  /** An enabled account holding the TECH_MANAGER role. */
  public boolean isManager(UUID accountId) {
    return em.createQuery(
                "select count(a) from Account a join a.roles r"
                    + " where a.publicId = :id and r = :role and a.enabled = true",
                Long.class)
            .setParameter("id", accountId)
            .setParameter("role", Role.TECH_MANAGER)
            .getSingleResult()
        > 0;
  }

  /** An enabled technology manager, as a district administrator picks one. */
  public record Manager(UUID id, String name, String username) implements java.io.Serializable {}

  /**
   * The enabled technology managers by name, at most {@code max}: the choice of the project page's
   * manager dialog (a district has tens of them; the dialog filters them as one types). Read as
   * values, not accounts, so their eagerly fetched roles are not read one account at a time.
   */
  public List<Manager> all(int max) {
    return em.createQuery(
            "select new org.clinbridge.organisations.control.TechnologyManagers.Manager("
                + "a.publicId, a.displayName, a.username) from Account a join a.roles r"
                + " where r = :role and a.enabled = true order by a.displayName, a.username",
            Manager.class)
        .setParameter("role", Role.TECH_MANAGER)
        .setMaxResults(max)
        .getResultList();
  }

  /** Display names of the given accounts; unknown ids are left out. */
  public Map<UUID, String> names(Collection<UUID> accountIds) {
    List<UUID> ids = accountIds.stream().filter(Objects::nonNull).distinct().toList();
    Map<UUID, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    for (Object[] row :
        em.createQuery(
                "select a.publicId, a.displayName from Account a where a.publicId in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      names.put((UUID) row[0], (String) row[1]);
    }
    return names;
  }

  public String name(UUID accountId) {
    return accountId == null ? null : names(List.of(accountId)).get(accountId);
  }
}
