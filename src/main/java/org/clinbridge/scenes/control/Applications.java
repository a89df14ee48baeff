package org.clinbridge.scenes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.persistence.JpqlWhere;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.scenes.entity.Application;
import org.clinbridge.scenes.entity.ApplicationStatus;
import org.clinbridge.scenes.entity.Scene;
import org.eclipse.persistence.config.QueryHints;

/** Application queries, and the database's hold on a scene's capacity. */
@ApplicationScoped
public class Applications {
  public static final String CURSOR_TAG = "applications";

  @PersistenceContext EntityManager em;

  public Optional<Application> byPublicId(UUID publicId) {
    return em.createQuery("select a from Application a where a.publicId = :id", Application.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  /** The project's live applications (not rejected nor withdrawn), by their scene's public id. */
  public java.util.Map<UUID, Application> liveByScene(Project project) {
    java.util.Map<UUID, Application> live = new java.util.HashMap<>();
    em.createQuery(
            "select a from Application a join fetch a.scene where a.project = :p and a.live = 1",
            Application.class)
        .setParameter("p", project)
        .getResultList()
        .forEach(a -> live.put(a.scene().publicId(), a));
    return live;
  }

  public boolean liveExists(Scene scene, Project project) {
    return !em.createQuery(
            "select a.id from Application a where a.scene = :s and a.project = :p"
                + " and a.live = 1",
            Long.class)
        .setParameter("s", scene)
        .setParameter("p", project)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Takes one of the scene's slots, or answers false when none is left. One conditional update:
   * concurrent accepts, on any instance, queue on the scene's row, and each sees the count the
   * previous one committed; the check constraint accepted_count <= capacity backs it up.
   */
  public boolean takeSlot(Scene scene) {
    int updated =
        em.createNativeQuery(
                "update scene set accepted_count = accepted_count + 1"
                    + " where id = ? and accepted_count < capacity")
            .setParameter(1, scene.id())
            .executeUpdate();
    return updated == 1;
  }

  /**
   * Gives back the slot of a participant who withdrew from the scene, so another applicant can be
   * accepted; the count never goes below zero. A participant who finished (off the scene) keeps the
   * slot counted: it was used.
   */
  public void releaseSlot(Scene scene) {
    em.createNativeQuery(
            "update scene set accepted_count = accepted_count - 1"
                + " where id = ? and accepted_count > 0")
        .setParameter(1, scene.id())
        .executeUpdate();
  }

  /**
   * A scene's applications (for its hospital), newest first, optionally in one status. A scene has
   * at most some hundreds of applications, so the (scene, created_at, public_id) index serves the
   * status filter too.
   */
  public List<Application> forScene(Scene scene, ApplicationStatus status, PageRequest page) {
    return page(new JpqlWhere().when(true, "a.scene = :owner", "owner", scene), status, page);
  }

  /** An organisation's own applications (for the applicant), newest first. */
  public List<Application> forApplicant(long organisationRef, PageRequest page) {
    return page(
        new JpqlWhere().when(true, "a.applicant.id = :owner", "owner", organisationRef),
        null,
        page);
  }

  /**
   * The applications to a hospital's scenes (every hospital's for {@code hospitalRef} null, the
   * district's view), newest first, optionally of one scene and in one status. Served by the
   * (scene, created_at, public_id) index scene by scene: a hospital has tens of scenes with some
   * hundreds of applications each, so the merge stays small.
   */
  public List<Application> toHospital(
      Long hospitalRef, Scene scene, ApplicationStatus status, PageRequest page) {
    return page(
        new JpqlWhere()
            .ifSet(hospitalRef, "a.scene.hospital.id = :hospital", "hospital")
            .ifSet(scene, "a.scene = :scene", "scene"),
        status,
        page);
  }

  /**
   * One keyset page. The scene with its hospital, the project and the applicant come in the same
   * statement, and the threads of the whole page in one more (batch read), so a page costs the same
   * statements for one row as for fifty.
   */
  private List<Application> page(JpqlWhere where, ApplicationStatus status, PageRequest page) {
    TypedQuery<Application> q =
        where
            .ifSet(status, "a.status = :status", "status")
            .beforeCreated(page, CURSOR_TAG, "a.createdAt", "a.publicId")
            .query(
                em,
                "select a from Application a join fetch a.scene s join fetch s.hospital"
                    + " join fetch a.project join fetch a.applicant",
                "order by a.createdAt desc, a.publicId desc",
                Application.class);
    q.setHint(QueryHints.BATCH, "a.messages");
    q.setHint(QueryHints.BATCH_TYPE, "IN");
    return q.setMaxResults(page.limit() + 1).getResultList();
  }

  public static Cursor cursorOf(Application a) {
    return JpqlWhere.createdCursor(CURSOR_TAG, a.createdAt(), a.publicId());
  }

  /** What a scene asks for, as the fit rules read it. */
  public static SceneFit.Terms terms(Scene s) {
    return new SceneFit.Terms(
        s.publicId(),
        s.subcatalogues(),
        s.deviceClasses().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
        s.trlMin(),
        s.trlMax(),
        s.certificateRequired(),
        s.opensAt(),
        s.closesAt(),
        s.capacity(),
        s.acceptedCount());
  }

  /**
   * What a project offers; {@code certified}: it holds a registration certificate or filing in
   * force ({@link org.clinbridge.licensing.control.Certified}), the licences it has recorded.
   */
  public static SceneFit.Candidate candidate(Project p, boolean certified) {
    return candidate(
        p.publicId(),
        p.subcatalogueCode(),
        p.expectedClass() == null ? null : p.expectedClass().name(),
        p.trl(),
        certified);
  }

  /** The same from a project's summary (the pages read projects as the API's views). */
  public static SceneFit.Candidate candidate(
      UUID project, String subcatalogue, String expectedClass, int trl, boolean certified) {
    return new SceneFit.Candidate(project, subcatalogue, expectedClass, trl, certified);
  }
}
