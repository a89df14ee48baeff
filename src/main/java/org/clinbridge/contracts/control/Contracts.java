package org.clinbridge.contracts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.contracts.entity.ContractState;
import org.clinbridge.contracts.entity.TechnologyContract;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.projects.entity.Project;

/** Queries over technology contracts, as keyset pages in the order they were recorded. */
@ApplicationScoped
public class Contracts {
  public static final String CURSOR_TAG = "contracts";

  @PersistenceContext EntityManager em;

  public Optional<TechnologyContract> byPublicId(UUID id) {
    return em.createQuery(
            "select c from TechnologyContract c join fetch c.project where c.publicId = :id",
            TechnologyContract.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public List<TechnologyContract> ofProject(Project p, PageRequest page) {
    return page("c.project = :p", page, q -> q.setParameter("p", p));
  }

  /**
   * Contracts in {@code state} as the office works through them: the review deadline soonest first
   * (so overdue ones lead), then the longest waiting since submission.
   */
  public List<TechnologyContract> awaiting(ContractState state, int max) {
    return em.createQuery(
            "select c from TechnologyContract c join fetch c.project where c.state = :state"
                + " order by c.reviewDueOn, c.submittedOn, c.createdAt, c.publicId",
            TechnologyContract.class)
        .setParameter("state", state)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The registration desk's list: contracts in {@code state} (any when null), only those past their
   * review deadline when {@code overdueOn} is given.
   */
  public List<TechnologyContract> registry(
      ContractState state, LocalDate overdueOn, PageRequest page) {
    StringBuilder where = new StringBuilder("1 = 1");
    if (state != null) {
      where.append(" and c.state = :state");
    }
    if (overdueOn != null) {
      where.append(" and c.state = :review and c.reviewDueOn < :today");
    }
    return page(
        where.toString(),
        page,
        q -> {
          if (state != null) {
            q.setParameter("state", state);
          }
          if (overdueOn != null) {
            q.setParameter("review", ContractState.UNDER_REVIEW).setParameter("today", overdueOn);
          }
        });
  }

  private List<TechnologyContract> page(
      String where,
      PageRequest page,
      java.util.function.Consumer<jakarta.persistence.TypedQuery<TechnologyContract>> bind) {
    String order = " order by c.createdAt, c.publicId";
    jakarta.persistence.TypedQuery<TechnologyContract> q;
    if (page.first()) {
      q =
          em.createQuery(
              "select c from TechnologyContract c join fetch c.project where " + where + order,
              TechnologyContract.class);
    } else {
      Cursor c;
      OffsetDateTime at;
      UUID id;
      c = Cursor.decode(page.cursor(), CURSOR_TAG, 2);
      at = c.key(0, OffsetDateTime::parse);
      id = c.key(1, UUID::fromString);
      q =
          em.createQuery(
                  "select c from TechnologyContract c join fetch c.project where "
                      + where
                      + " and (c.createdAt > :at or (c.createdAt = :at and c.publicId > :id))"
                      + order,
                  TechnologyContract.class)
              .setParameter("at", at)
              .setParameter("id", id);
    }
    bind.accept(q);
    return q.setMaxResults(page.limit() + 1).getResultList();
  }

  public static Cursor cursorOf(TechnologyContract c) {
    return Cursor.of(CURSOR_TAG, c.createdAt(), c.publicId());
  }
}
