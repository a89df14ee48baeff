package org.clinbridge.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.notifications.entity.Notification;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;

/**
 * A person's inbox: their organisation's messages and those addressed to them alone, newest first.
 * A message for another person of the same organisation is not theirs to see.
 */
@ApplicationScoped
public class Notifications {
  public static final String CURSOR_TAG = "inbox";

  @PersistenceContext EntityManager em;

  /** Whose messages: the organisation's, and the person's own; outer join so both show. */
  private static final String MINE =
      "select n from Notification n left join n.person p where n.recipient.id = :org"
          + " and (n.personRef is null or p.publicId = :me)";

  public List<Notification> page(
      long organisationRef, UUID me, boolean unreadOnly, PageRequest page) {
    StringBuilder jpql = new StringBuilder(MINE);
    if (unreadOnly) {
      jpql.append(" and n.readAt is null");
    }
    OffsetDateTime at = null;
    UUID after = null;
    if (!page.first()) {
      Cursor c = Cursor.decode(page.cursor(), CURSOR_TAG, 2);
      try {
        at = OffsetDateTime.parse(c.key(0));
        after = UUID.fromString(c.key(1));
      } catch (RuntimeException e) {
        throw ProblemException.invalidField("cursor", "paging.cursor.invalid");
      }
      jpql.append(" and (n.createdAt < :at or (n.createdAt = :at and n.publicId < :after))");
    }
    jpql.append(" order by n.createdAt desc, n.publicId desc");
    TypedQuery<Notification> q =
        em.createQuery(jpql.toString(), Notification.class)
            .setParameter("org", organisationRef)
            .setParameter("me", nobodyIfNull(me));
    if (at != null) {
      q.setParameter("at", at).setParameter("after", after);
    }
    return q.setMaxResults(page.limit() + 1).getResultList();
  }

  public long unread(long organisationRef, UUID me) {
    return em.createQuery(
            MINE.replace("select n ", "select count(n) ") + " and n.readAt is null", Long.class)
        .setParameter("org", organisationRef)
        .setParameter("me", nobodyIfNull(me))
        .getSingleResult();
  }

  public Optional<Notification> mine(UUID publicId, long organisationRef, UUID me) {
    return em.createQuery(MINE + " and n.publicId = :id", Notification.class)
        .setParameter("id", publicId)
        .setParameter("org", organisationRef)
        .setParameter("me", nobodyIfNull(me))
        .getResultStream()
        .findFirst();
  }

  /** A caller without an account of ours (none today) sees only the organisation's messages. */
  private static UUID nobodyIfNull(UUID me) {
    return me == null ? new UUID(0, 0) : me;
  }

  public static Cursor cursorOf(Notification n) {
    return Cursor.of(CURSOR_TAG, n.createdAt(), n.publicId());
  }
}
