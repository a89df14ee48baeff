package org.clinbridge.licensing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clinbridge.licensing.entity.ApplicationDocument;
import org.clinbridge.licensing.entity.ApplicationEvent;
import org.clinbridge.licensing.entity.ApplicationState;
import org.clinbridge.licensing.entity.ApplicationType;
import org.clinbridge.licensing.entity.Certificate;
import org.clinbridge.licensing.entity.CertificateState;
import org.clinbridge.licensing.entity.Correspondence;
import org.clinbridge.licensing.entity.DocumentKind;
import org.clinbridge.licensing.entity.LicenceApplication;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.persistence.JpqlWhere;
import org.clinbridge.projects.entity.Project;

/**
 * Queries over licence applications and certificates, each list a keyset page in creation order on
 * public keys.
 */
@ApplicationScoped
public class Licences {
  public static final String APPLICATIONS = "licapp";
  public static final String CERTIFICATES = "licert";
  public static final String CORRESPONDENCE = "licorr";

  @PersistenceContext EntityManager em;
  @Inject LicenceAccess access;

  public static Cursor cursorOf(LicenceApplication a) {
    return JpqlWhere.createdCursor(APPLICATIONS, a.createdAt(), a.publicId());
  }

  public static Cursor cursorOf(Certificate c) {
    return JpqlWhere.createdCursor(CERTIFICATES, c.createdAt(), c.publicId());
  }

  public static Cursor cursorOf(Correspondence c) {
    return JpqlWhere.createdCursor(CORRESPONDENCE, c.recordedAt(), c.publicId());
  }

  /** The list filters of applications; null for unset. */
  public record ApplicationFilter(
      Project project, ApplicationState state, ApplicationType type, boolean includeVoided) {}

  /** Up to {@code limit + 1} applications after the cursor, among those the caller sees. */
  public List<LicenceApplication> applications(ApplicationFilter f, PageRequest request) {
    JpqlWhere where =
        new JpqlWhere()
            .ifSet(f.project(), "a.project = :project", "project")
            .ifSet(f.state(), "a.state = :state", "state")
            .ifSet(f.type(), "a.type = :type", "type")
            .when(!f.includeVoided(), "a.voiding.voided = false")
            .afterCreated(request, APPLICATIONS, "a.createdAt", "a.publicId");
    return access
        .scoped(where, "a.project")
        .query(
            em,
            "select a from LicenceApplication a join fetch a.project p join fetch p.owner",
            "order by a.createdAt, a.publicId",
            LicenceApplication.class)
        .setMaxResults(request.limit() + 1)
        .getResultList();
  }

  public List<ApplicationEvent> history(LicenceApplication a) {
    return em.createQuery(
            "select e from ApplicationEvent e where e.application = :a order by e.seq",
            ApplicationEvent.class)
        .setParameter("a", a)
        .getResultList();
  }

  /** Every letter of an application, in the order recorded (the timeline export). */
  public List<Correspondence> allCorrespondence(LicenceApplication a) {
    return em.createQuery(
            "select c from Correspondence c where c.application = :a"
                + " order by c.recordedAt, c.publicId",
            Correspondence.class)
        .setParameter("a", a)
        .getResultList();
  }

  public List<ApplicationDocument> documents(LicenceApplication a) {
    return em.createQuery(
            "select d from ApplicationDocument d where d.application = :a order by d.id",
            ApplicationDocument.class)
        .setParameter("a", a)
        .getResultList();
  }

  public Optional<ApplicationDocument> document(LicenceApplication a, DocumentKind kind) {
    return em.createQuery(
            "select d from ApplicationDocument d where d.application = :a and d.kind = :k",
            ApplicationDocument.class)
        .setParameter("a", a)
        .setParameter("k", kind)
        .getResultStream()
        .findFirst();
  }

  public List<Correspondence> correspondence(LicenceApplication a, PageRequest request) {
    return new JpqlWhere()
        .when(true, "c.application = :a", "a", a)
        .afterCreated(request, CORRESPONDENCE, "c.recordedAt", "c.publicId")
        .query(
            em,
            "select c from Correspondence c",
            "order by c.recordedAt, c.publicId",
            Correspondence.class)
        .setMaxResults(request.limit() + 1)
        .getResultList();
  }

  /**
   * The list filters of certificates; null for unset. {@code state} is the state on {@code today}:
   * EXPIRING_SOON and EXPIRED of an active certificate follow from its dates.
   */
  public record CertificateFilter(
      Project project,
      CertificateState state,
      LocalDate today,
      LocalDate expiringBy,
      boolean includeVoided) {}

  public List<Certificate> certificates(CertificateFilter f, PageRequest request) {
    CertificateState s = f.state();
    JpqlWhere where =
        new JpqlWhere()
            .ifSet(f.project(), "c.project = :project", "project")
            .when(
                s == CertificateState.ACTIVE,
                "c.state = :active and (c.alertOn is null or c.alertOn > :today)",
                "active",
                CertificateState.ACTIVE,
                "today",
                f.today())
            .when(
                s == CertificateState.EXPIRING_SOON,
                "c.state = :active and c.alertOn <= :today and c.expiresOn >= :today",
                "active",
                CertificateState.ACTIVE,
                "today",
                f.today())
            .when(
                s == CertificateState.EXPIRED,
                "(c.state = :expired or (c.state = :active and c.expiresOn < :today))",
                "expired",
                CertificateState.EXPIRED,
                "active",
                CertificateState.ACTIVE,
                "today",
                f.today())
            .when(
                s != null
                    && s != CertificateState.ACTIVE
                    && s != CertificateState.EXPIRING_SOON
                    && s != CertificateState.EXPIRED,
                "c.state = :state",
                "state",
                s)
            .ifSet(f.expiringBy(), "c.expiresOn <= :by", "by")
            .when(!f.includeVoided(), "c.voiding.voided = false")
            .afterCreated(request, CERTIFICATES, "c.createdAt", "c.publicId");
    return access
        .scoped(where, "c.project")
        .query(
            em,
            "select c from Certificate c join fetch c.project p join fetch p.owner",
            "order by c.createdAt, c.publicId",
            Certificate.class)
        .setMaxResults(request.limit() + 1)
        .getResultList();
  }

  public boolean numberTaken(String number) {
    return !em.createQuery("select c.id from Certificate c where c.number = :n", Long.class)
        .setParameter("n", number)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
