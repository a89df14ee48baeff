package org.clinbridge.licensing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.clinbridge.projects.entity.Actor;

/**
 * A letter between the applicant and the authority, dated as sent or received. Append-only: a
 * letter that was sent stays sent. Created through {@link LicenceApplication#correspond}, which
 * checks the kinds that move the application.
 */
@Entity
@Table(name = "licence_correspondence")
public class Correspondence {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_corr_seq")
  @SequenceGenerator(
      name = "licence_corr_seq",
      sequenceName = "licence_correspondence_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private LicenceApplication application;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private CorrespondenceKind kind;

  @Column(name = "on_date", nullable = false, updatable = false)
  private LocalDate on;

  @Column(nullable = false, length = 500, updatable = false)
  private String subject;

  @Column(length = 10000, updatable = false)
  private String body;

  @Column(name = "authority_reference", length = 100, updatable = false)
  private String authorityReference;

  /** For a supplement request: the last day the applicant may answer. */
  @Column(name = "due_on", updatable = false)
  private LocalDate dueOn;

  @Embedded private Actor actor;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected Correspondence() {}

  public Correspondence(
      LicenceApplication application,
      CorrespondenceKind kind,
      LocalDate on,
      String subject,
      String body,
      String authorityReference,
      Actor actor,
      OffsetDateTime recordedAt) {
    this.publicId = UUID.randomUUID();
    this.application = Objects.requireNonNull(application, "application");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.on = Objects.requireNonNull(on, "on");
    this.subject = Objects.requireNonNull(subject, "subject").strip();
    this.body = body == null || body.isBlank() ? null : body.strip();
    this.authorityReference =
        authorityReference == null || authorityReference.isBlank()
            ? null
            : authorityReference.strip();
    this.dueOn =
        kind == CorrespondenceKind.SUPPLEMENT_REQUEST ? application.supplementDueOn() : null;
    this.actor = actor;
    this.recordedAt = recordedAt;
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public CorrespondenceKind kind() {
    return kind;
  }

  public LocalDate on() {
    return on;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String authorityReference() {
    return authorityReference;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public Actor actor() {
    return actor;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }
}
