package org.clinbridge.scenes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.persistence.Like;
import org.clinbridge.reference.entity.DeviceClass;
import org.clinbridge.scenes.entity.Publication;
import org.clinbridge.scenes.entity.Scene;
import org.clinbridge.scenes.entity.SceneType;

/**
 * Scene queries. Who may see what is decided here, once: active scenes are visible to every
 * signed-in user; drafts and retired scenes only to their hospital (and the district).
 */
@ApplicationScoped
public class Scenes {
  public static final String CURSOR_TAG = "scenes";

  @PersistenceContext EntityManager em;

  /**
   * The catalogue's filters; null means "any".
   *
   * @param ownHospital internal key of the caller's hospital: with it, that hospital's drafts and
   *     retired scenes are listed too (when {@code publication} asks for them)
   * @param everything the caller is a district administrator and sees every scene
   * @param trl scenes whose TRL range contains this level
   * @param openAt scenes whose application window is open at this instant
   */
  public record Filter(
      Publication publication,
      Long ownHospital,
      boolean everything,
      boolean mineOnly,
      SceneType type,
      String department,
      String subcatalogue,
      DeviceClass deviceClass,
      Integer trl,
      OffsetDateTime openAt,
      UUID hospital,
      String text) {}

  /** The scene with this public id if the caller may see it. */
  public Optional<Scene> visible(UUID publicId, Long callerOrganisation, boolean everything) {
    return byPublicId(publicId)
        .filter(
            s ->
                everything
                    || s.publication() == Publication.ACTIVE
                    || (callerOrganisation != null && s.belongsTo(callerOrganisation)));
  }

  public Optional<Scene> byPublicId(UUID publicId) {
    return em.createQuery("select s from Scene s where s.publicId = :id", Scene.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  /**
   * A hospital's scenes in any publication, newest first, at most {@code max}: a filter's choice.
   */
  public List<Scene> ofHospital(long hospitalRef, int max) {
    return em.createQuery(
            "select s from Scene s where s.hospital.id = :h order by s.createdAt desc", Scene.class)
        .setParameter("h", hospitalRef)
        .setMaxResults(max)
        .getResultList();
  }

  /** Up to {@code limit + 1} scenes, newest first, after the cursor. */
  public List<Scene> page(Filter f, PageRequest page) {
    StringBuilder jpql = new StringBuilder("select s from Scene s where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    Publication publication = f.publication() == null ? Publication.ACTIVE : f.publication();
    jpql.append(" and s.publication = :publication");
    params.put("publication", publication);
    if (f.mineOnly() || (publication != Publication.ACTIVE && !f.everything())) {
      // Others' drafts and retired scenes do not exist for this caller.
      jpql.append(" and s.hospital.id = :own");
      params.put("own", f.ownHospital() == null ? -1L : f.ownHospital());
    }
    if (f.type() != null) {
      jpql.append(" and s.type = :type");
      params.put("type", f.type());
    }
    if (f.hospital() != null) {
      jpql.append(" and s.hospital.publicId = :hospital");
      params.put("hospital", f.hospital());
    }
    if (f.department() != null) {
      jpql.append(" and (lower(s.department.en) like :dept or s.department.zh like :dept)");
      params.put("dept", Like.containing(f.department().toLowerCase(Locale.ROOT)));
    }
    if (f.subcatalogue() != null) {
      // Subqueries rather than MEMBER OF: EclipseLink joins the collection for MEMBER OF, which
      // drops the scenes with an empty set ("accepts any") that IS EMPTY should keep.
      jpql.append(
          " and (not exists (select s2.id from Scene s2 join s2.subcatalogues c2 where s2.id = s.id)"
              + " or exists (select s3.id from Scene s3 join s3.subcatalogues c3"
              + " where s3.id = s.id and c3 = :subcat))");
      params.put("subcat", f.subcatalogue());
    }
    if (f.deviceClass() != null) {
      jpql.append(
          " and (not exists (select s4.id from Scene s4 join s4.deviceClasses d4 where s4.id = s.id)"
              + " or exists (select s5.id from Scene s5 join s5.deviceClasses d5"
              + " where s5.id = s.id and d5 = :deviceClass))");
      params.put("deviceClass", f.deviceClass());
    }
    if (f.trl() != null) {
      jpql.append(" and s.trlMin <= :trl and s.trlMax >= :trl");
      params.put("trl", f.trl());
    }
    if (f.openAt() != null) {
      jpql.append(" and s.opensAt <= :now and s.closesAt > :now and s.progress not in :finished");
      params.put("now", f.openAt());
      params.put("finished", org.clinbridge.scenes.entity.Progress.finishedOnes());
    }
    if (f.text() != null) {
      jpql.append(
          " and (lower(s.title.en) like :text or s.title.zh like :text"
              + " or lower(s.description.en) like :text or s.description.zh like :text)");
      params.put("text", Like.containing(f.text().toLowerCase(Locale.ROOT)));
    }
    if (!page.first()) {
      Cursor c = Cursor.decode(page.cursor(), CURSOR_TAG, 2);
      OffsetDateTime at;
      UUID id;
      try {
        at = OffsetDateTime.parse(c.key(0));
        id = UUID.fromString(c.key(1));
      } catch (RuntimeException e) {
        throw org.clinbridge.platform.problem.ProblemException.invalidField(
            "cursor", "paging.cursor.invalid");
      }
      jpql.append(" and (s.createdAt < :at or (s.createdAt = :at and s.publicId < :after))");
      params.put("at", at);
      params.put("after", id);
    }
    jpql.append(" order by s.createdAt desc, s.publicId desc");
    TypedQuery<Scene> q = em.createQuery(jpql.toString(), Scene.class);
    params.forEach(q::setParameter);
    return new ArrayList<>(q.setMaxResults(page.limit() + 1).getResultList());
  }

  public static Cursor cursorOf(Scene s) {
    return Cursor.of(CURSOR_TAG, s.createdAt(), s.publicId());
  }
}
