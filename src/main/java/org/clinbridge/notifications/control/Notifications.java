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

/** An organisation's inbox, newest first. */
@ApplicationScoped
public class Notifications {
  public static final String CURSOR_TAG = "inbox";

  @PersistenceContext EntityManager em;

  public List<Notification> page(long organisationRef, boolean unreadOnly, PageRequest page) {
    StringBuilder jpql =
        new StringBuilder("select n from Notification n where n.recipient.id = :org");
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
        em.createQuery(jpql.toString(), Notification.class).setParameter("org", organisationRef);
    if (at != null) {
      q.setParameter("at", at).setParameter("after", after);
    }
    return q.setMaxResults(page.limit() + 1).getResultList();
  }

  public long unread(long organisationRef) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipient.id = :org and n.readAt is null",
            Long.class)
        .setParameter("org", organisationRef)
        .getSingleResult();
  }

  public Optional<Notification> mine(UUID publicId, long organisationRef) {
    return em.createQuery(
            "select n from Notification n where n.publicId = :id and n.recipient.id = :org",
            Notification.class)
        .setParameter("id", publicId)
        .setParameter("org", organisationRef)
        .getResultStream()
        .findFirst();
  }

  public static Cursor cursorOf(Notification n) {
    return Cursor.of(CURSOR_TAG, n.createdAt(), n.publicId());
  }
}
