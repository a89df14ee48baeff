package org.clinbridge.scenes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.persistence.JpqlWhere;
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
    Publication publication = f.publication() == null ? Publication.ACTIVE : f.publication();
    // Others' drafts and retired scenes do not exist for this caller.
    boolean ownOnly = f.mineOnly() || (publication != Publication.ACTIVE && !f.everything());
    String text = f.text() == null ? null : Like.containing(f.text().toLowerCase(Locale.ROOT));
    String department =
        f.department() == null ? null : Like.containing(f.department().toLowerCase(Locale.ROOT));
    JpqlWhere where =
        new JpqlWhere()
            .when(true, "s.publication = :publication", "publication", publication)
            .when(
                ownOnly,
                "s.hospital.id = :own",
                "own",
                f.ownHospital() == null ? -1L : f.ownHospital())
            .ifSet(f.type(), "s.type = :type", "type")
            .ifSet(f.hospital(), "s.hospital.publicId = :hospital", "hospital")
            .ifSet(
                department,
                "(lower(s.department.en) like :dept or s.department.zh like :dept)",
                "dept")
            // Subqueries rather than MEMBER OF: EclipseLink joins the collection for MEMBER OF,
            // which drops the scenes with an empty set ("accepts any") that IS EMPTY should keep.
            .ifSet(
                f.subcatalogue(),
                "(not exists (select s2.id from Scene s2 join s2.subcatalogues c2"
                    + " where s2.id = s.id) or exists (select s3.id from Scene s3"
                    + " join s3.subcatalogues c3 where s3.id = s.id and c3 = :subcat))",
                "subcat")
            .ifSet(
                f.deviceClass(),
                "(not exists (select s4.id from Scene s4 join s4.deviceClasses d4"
                    + " where s4.id = s.id) or exists (select s5.id from Scene s5"
                    + " join s5.deviceClasses d5 where s5.id = s.id and d5 = :deviceClass))",
                "deviceClass")
            .ifSet(f.trl(), "s.trlMin <= :trl and s.trlMax >= :trl", "trl")
            .when(
                f.openAt() != null,
                "s.opensAt <= :now and s.closesAt > :now and s.progress not in :finished",
                "now",
                f.openAt(),
                "finished",
                org.clinbridge.scenes.entity.Progress.finishedOnes())
            .ifSet(
                text,
                "(lower(s.title.en) like :text or s.title.zh like :text"
                    + " or lower(s.description.en) like :text or s.description.zh like :text)",
                "text")
            .beforeCreated(page, CURSOR_TAG, "s.createdAt", "s.publicId");
    return new ArrayList<>(
        where
            .query(
                em,
                "select s from Scene s",
                "order by s.createdAt desc, s.publicId desc",
                Scene.class)
            .setMaxResults(page.limit() + 1)
            .getResultList());
  }

  public static Cursor cursorOf(Scene s) {
    return JpqlWhere.createdCursor(CURSOR_TAG, s.createdAt(), s.publicId());
  }
}
