package org.clinbridge.reference.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.reference.entity.NmpaSubcatalogue;

/** Queries over the sub-catalogues, ordered by code (the primary key, so the keyset is free). */
@ApplicationScoped
public class Subcatalogues {
  public static final String CURSOR_TAG = "subcat";

  @PersistenceContext EntityManager em;

  /** Up to {@code limit + 1} rows after the cursor, so the caller can tell if more follow. */
  public List<NmpaSubcatalogue> page(PageRequest request) {
    TypedQuery<NmpaSubcatalogue> q;
    if (request.first()) {
      q =
          em.createQuery(
              "select s from NmpaSubcatalogue s order by s.code", NmpaSubcatalogue.class);
    } else {
      String after = Cursor.decode(request.cursor(), CURSOR_TAG, 1).key(0);
      q =
          em.createQuery(
                  "select s from NmpaSubcatalogue s where s.code > :after order by s.code",
                  NmpaSubcatalogue.class)
              .setParameter("after", after);
    }
    return q.setMaxResults(request.limit() + 1).getResultList();
  }

  public Optional<NmpaSubcatalogue> byCode(String code) {
    return Optional.ofNullable(em.find(NmpaSubcatalogue.class, code));
  }
}
