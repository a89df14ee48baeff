package org.clinbridge.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.notifications.entity.Notification;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.persistence.JpqlWhere;

/**
 * A person's inbox: their organisation's messages and those addressed to them alone, newest first.
 * A message for another person of the same organisation is not theirs to see.
 */
@ApplicationScoped
public class Notifications {
  public static final String CURSOR_TAG = "inbox";

  @PersistenceContext EntityManager em;

  /** Whose messages: the organisation's, and the person's own; outer join so both show. */
  private static final String FROM = "select n from Notification n left join n.person p";

  private static final String WHOSE =
      "n.recipient.id = :org and (n.personRef is null or p.publicId = :me)";

  private static final String MINE = FROM + " where " + WHOSE;

  public List<Notification> page(
      long organisationRef, UUID me, boolean unreadOnly, PageRequest page) {
    return new JpqlWhere()
        .when(true, WHOSE, "org", organisationRef, "me", nobodyIfNull(me))
        .when(unreadOnly, "n.readAt is null")
        .beforeCreated(page, CURSOR_TAG, "n.createdAt", "n.publicId")
        .query(em, FROM, "order by n.createdAt desc, n.publicId desc", Notification.class)
        .setMaxResults(page.limit() + 1)
        .getResultList();
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
    return JpqlWhere.createdCursor(CURSOR_TAG, n.createdAt(), n.publicId());
  }
}
