package org.clinbridge.ip.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.ip.entity.ListingInterest;
import org.clinbridge.ip.entity.TechnologyListing;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;

/** Queries over technology listings and the interest in them. */
@ApplicationScoped
public class Listings {
  public static final String CURSOR_TAG = "listings";

  @PersistenceContext EntityManager em;

  public Optional<TechnologyListing> byPublicId(UUID id) {
    return em.createQuery(
            "select l from TechnologyListing l join fetch l.project where l.publicId = :id",
            TechnologyListing.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** Listings, newest first; withdrawn ones only when asked for. */
  public List<TechnologyListing> page(boolean withWithdrawn, PageRequest page) {
    String where = withWithdrawn ? "1 = 1" : "l.withdrawn = false";
    String order = " order by l.listedAt desc, l.publicId desc";
    var q =
        page.first()
            ? em.createQuery(
                "select l from TechnologyListing l join fetch l.project where " + where + order,
                TechnologyListing.class)
            : em.createQuery(
                    "select l from TechnologyListing l join fetch l.project where "
                        + where
                        + " and (l.listedAt < :at or (l.listedAt = :at and l.publicId < :id))"
                        + order,
                    TechnologyListing.class)
                .setParameter("at", key(page, 0, OffsetDateTime::parse))
                .setParameter("id", key(page, 1, UUID::fromString));
    return q.setMaxResults(page.limit() + 1).getResultList();
  }

  public static Cursor cursorOf(TechnologyListing l) {
    return Cursor.of(CURSOR_TAG, l.listedAt(), l.publicId());
  }

  public List<ListingInterest> interests(TechnologyListing l) {
    return em.createQuery(
            "select i from ListingInterest i join fetch i.company where i.listing = :l"
                + " order by i.createdAt, i.publicId",
            ListingInterest.class)
        .setParameter("l", l)
        .getResultList();
  }

  public Optional<ListingInterest> interest(TechnologyListing l, UUID id) {
    return em.createQuery(
            "select i from ListingInterest i join fetch i.company"
                + " where i.listing = :l and i.publicId = :id",
            ListingInterest.class)
        .setParameter("l", l)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  private static <T> T key(PageRequest page, int i, java.util.function.Function<String, T> parse) {
    return Cursor.decode(page.cursor(), CURSOR_TAG, 2).key(i, parse);
  }
}
