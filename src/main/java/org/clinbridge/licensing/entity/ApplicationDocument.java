package org.clinbridge.licensing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.clinbridge.platform.problem.ProblemException;

/**
 * One document of an application's checklist and where it stands. The checklist is made with the
 * application from its type ({@link ApplicationType#checklist()}); a document is never removed,
 * only marked not applicable with the reason.
 */
@Entity
@Table(name = "licence_document")
public class ApplicationDocument {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_document_seq")
  @SequenceGenerator(
      name = "licence_document_seq",
      sequenceName = "licence_document_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private LicenceApplication application;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private DocumentKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentState state;

  @Enumerated(EnumType.STRING)
  @Column(name = "evaluation_path")
  private ClinicalEvaluationPath evaluationPath;

  /** Where the document is kept (a file name, a document number). */
  @Column(length = 500)
  private String reference;

  @Column(length = 2000)
  private String note;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected ApplicationDocument() {}

  ApplicationDocument(LicenceApplication application, DocumentKind kind, OffsetDateTime at) {
    this.application = Objects.requireNonNull(application, "application");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.state = DocumentState.MISSING;
    this.updatedAt = at;
  }

  /**
   * Records where the document stands. NOT_APPLICABLE needs a note saying why; a ready clinical
   * evaluation says its path (exemption catalogue, equivalence or trial); a closed application's
   * documents no longer change.
   */
  public void update(
      DocumentState state,
      ClinicalEvaluationPath path,
      String reference,
      String note,
      OffsetDateTime at) {
    Objects.requireNonNull(state, "state");
    if (application.voiding().voided()) {
      throw LicenceMoveRefused.voided();
    }
    if (application.state().terminal()) {
      throw LicenceMoveRefused.closed(application.state());
    }
    String n = note == null || note.isBlank() ? null : note.strip();
    if (state == DocumentState.NOT_APPLICABLE && n == null) {
      throw ProblemException.invalidField("note", "licence.document.not-applicable-reason");
    }
    if (path != null && kind != DocumentKind.CLINICAL_EVALUATION) {
      throw ProblemException.invalidField("evaluationPath", "licence.document.path-only-clinical");
    }
    if (kind == DocumentKind.CLINICAL_EVALUATION && state == DocumentState.READY && path == null) {
      throw ProblemException.invalidField("evaluationPath", "licence.document.path-required");
    }
    this.state = state;
    this.evaluationPath = path;
    this.reference = reference == null || reference.isBlank() ? null : reference.strip();
    this.note = n;
    this.updatedAt = at;
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind.name());
    m.put("state", state.name());
    if (evaluationPath != null) {
      m.put("evaluationPath", evaluationPath.name());
    }
    if (reference != null) {
      m.put("reference", reference);
    }
    if (note != null) {
      m.put("note", note);
    }
    return m;
  }

  public LicenceApplication application() {
    return application;
  }

  public DocumentKind kind() {
    return kind;
  }

  public DocumentState state() {
    return state;
  }

  public ClinicalEvaluationPath evaluationPath() {
    return evaluationPath;
  }

  public String reference() {
    return reference;
  }

  public String note() {
    return note;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
