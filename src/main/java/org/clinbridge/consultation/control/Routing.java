package org.clinbridge.consultation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clinbridge.consultation.entity.ConsultationRuleViolation;
import org.clinbridge.consultation.entity.Specialist;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;

/**
 * Who answers a question: the specialist groups' members, round-robin within a group, and the
 * consultants a question may be handed to.
 *
 * <p>Round-robin gives the question to the enabled member who was given one longest ago (never
 * first). Two questions asked at once must not both go to the same member, so the pick is claimed
 * by a conditional update of the member's {@code last_assigned_at} (it must still be what was
 * read); a request that loses the race reads again and takes the next member. Portable SQL, no
 * {@code SKIP LOCKED}, so the H2 quickstart routes the same way.
 */
@ApplicationScoped
public class Routing {
  static final int ATTEMPTS = 5;

  @PersistenceContext EntityManager em;

  /**
   * The member of {@code group} who gets the next question, claimed; null if the group has none.
   */
  public String nextIn(String group, OffsetDateTime now) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      List<Specialist> members =
          em.createQuery(
                  "select s from Specialist s join fetch s.account a where s.specialistGroup ="
                      + " :g and a.enabled = true order by s.lastAssignedAt nulls first,"
                      + " a.username",
                  Specialist.class)
              .setParameter("g", group)
              .setMaxResults(1)
              .getResultList();
      if (members.isEmpty()) {
        return null;
      }
      Specialist s = members.get(0);
      var claim =
          s.lastAssignedAt() == null
              ? em.createQuery(
                  "update Specialist s set s.lastAssignedAt = :now where s.specialistGroup = :g"
                      + " and s.accountId = :a and s.lastAssignedAt is null")
              : em.createQuery(
                      "update Specialist s set s.lastAssignedAt = :now where s.specialistGroup ="
                          + " :g and s.accountId = :a and s.lastAssignedAt = :before")
                  .setParameter("before", s.lastAssignedAt());
      int claimed =
          claim
              .setParameter("now", now)
              .setParameter("g", group)
              .setParameter("a", s.account().id())
              .executeUpdate();
      if (claimed == 1) {
        return s.account().username();
      }
    }
    // Lost every race (a burst of questions to one small group): the whole station sees it.
    return null;
  }

  /** Every group's members, by group then username. */
  public List<Specialist> specialists() {
    return em.createQuery(
            "select s from Specialist s join fetch s.account a order by s.specialistGroup,"
                + " a.username",
            Specialist.class)
        .getResultList();
  }

  /** Replaces {@code group}'s members; each must be an enabled consultant of the station. */
  public void replace(String group, List<String> usernames) {
    Set<Account> members = new LinkedHashSet<>();
    for (String u : usernames) {
      members.add(consultant(u));
    }
    em.createQuery("delete from Specialist s where s.specialistGroup = :g")
        .setParameter("g", group)
        .executeUpdate();
    members.forEach(a -> em.persist(new Specialist(group, a)));
  }

  /** The enabled consultant of the station named {@code username}, else a 422. */
  public Account consultant(String username) {
    String name = username == null ? "" : Account.normalise(username);
    return em.createQuery("select a from Account a where a.username = :u", Account.class)
        .setParameter("u", name)
        .getResultStream()
        .filter(
            a ->
                a.enabled()
                    && a.roles().contains(Role.CONSULTANT)
                    && a.organisation().kind() == OrganisationKind.CONSULTATION_STATION)
        .findFirst()
        .orElseThrow(() -> ConsultationRuleViolation.notConsultant(username));
  }
}
