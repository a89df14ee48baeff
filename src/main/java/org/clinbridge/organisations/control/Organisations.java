package org.clinbridge.organisations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.persistence.JpqlWhere;
import org.clinbridge.platform.persistence.Like;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;

/**
 * Organisations: look-ups, the scoped list, and registration with its uniqueness rule. The {@code
 * visible...} methods apply the caller's scope (a district admin sees all, anyone else their own
 * organisation); the plain look-ups are for sign-in and other system use.
 */
@ApplicationScoped
public class Organisations {
  public static final String CURSOR_TAG = "org";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject Event<Changed> changed;

  /** Filters of the organisation list; {@code null} means "any". */
  public record Filter(OrganisationKind kind, Boolean active, String text) {}

  public Optional<Organisation> byPublicId(UUID id) {
    return em.createQuery("select o from Organisation o where o.publicId = :id", Organisation.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** The organisation if the caller may see it; otherwise a 404, as if it did not exist. */
  public Organisation visible(UUID id) {
    return byPublicId(id)
        .filter(o -> caller.canSee(o.id()))
        .orElseThrow(() -> ProblemException.notFound("organisation", id));
  }

  public Optional<Organisation> byUscc(String uscc) {
    return em.createQuery("select o from Organisation o where o.uscc = :u", Organisation.class)
        .setParameter("u", uscc)
        .getResultStream()
        .findFirst();
  }

  public Optional<Organisation> firstOfKind(OrganisationKind kind) {
    return em.createQuery(
            "select o from Organisation o where o.kind = :k order by o.id", Organisation.class)
        .setParameter("k", kind)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Up to {@code limit + 1} visible organisations after the cursor, in creation order. */
  public List<Organisation> page(PageRequest request, Filter filter) {
    String text = Like.containing(filter.text());
    return new JpqlWhere()
        .when(!caller.isDistrictAdmin(), "o.id = :own", "own", caller.organisationRef())
        .ifSet(filter.kind(), "o.kind = :kind", "kind")
        .ifSet(filter.active(), "o.active = :active", "active")
        .when(
            text != null,
            "(lower(o.name.en) like :text or o.name.zh like :text or o.uscc like :upper"
                + " or lower(o.contactName) like :text)",
            "text",
            text == null ? null : text.toLowerCase(Locale.ROOT),
            "upper",
            text == null ? null : text.toUpperCase(Locale.ROOT))
        .afterCreated(request, CURSOR_TAG, "o.createdAt", "o.publicId")
        .query(
            em,
            "select o from Organisation o",
            "order by o.createdAt, o.publicId",
            Organisation.class)
        .setMaxResults(request.limit() + 1)
        .getResultList();
  }

  public static Cursor cursorOf(Organisation o) {
    return JpqlWhere.createdCursor(CURSOR_TAG, o.createdAt(), o.publicId());
  }

  /** Registers a new organisation: its USCC must be new (409 otherwise). Fires the audit event. */
  public Organisation register(Organisation organisation) {
    if (byUscc(organisation.uscc()).isPresent()) {
      throw new ProblemException(409, "uscc-taken", "uscc-taken.detail", organisation.uscc());
    }
    em.persist(organisation);
    changed.fire(
        new Changed(
            "organisation",
            organisation.publicId().toString(),
            "created",
            Map.of(),
            organisation.snapshot(),
            null,
            organisation.id()));
    return organisation;
  }

  /** Fires the audit event for a change made to a managed organisation. */
  public void changed(Organisation o, String action, Map<String, Object> before, String reason) {
    changed.fire(
        new Changed(
            "organisation", o.publicId().toString(), action, before, o.snapshot(), reason, o.id()));
  }

  /** Writes pending changes now, so that a unique-key race surfaces inside the use case. */
  public void flush() {
    em.flush();
  }

  public void add(Organisation organisation) {
    em.persist(organisation);
  }
}
