package org.clinbridge.projects.entity;

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
import java.util.UUID;

/**
 * A recorded go / go-with-conditions / no-go at a milestone. Append-only: a later review (after a
 * no-go is worked off, say) adds a row, and the milestone remembers the latest decision.
 */
@Entity
@Table(name = "milestone_review")
public class MilestoneReview {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "milestone_review_seq")
  @SequenceGenerator(
      name = "milestone_review_seq",
      sequenceName = "milestone_review_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "milestone_id", nullable = false, updatable = false)
  private Milestone milestone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ReviewDecision decision;

  @Column(updatable = false, length = 2000)
  private String note;

  @Column(name = "reviewed_on", nullable = false, updatable = false)
  private LocalDate reviewedOn;

  @Embedded private Actor actor;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected MilestoneReview() {}

  MilestoneReview(
      Milestone milestone,
      ReviewDecision decision,
      String note,
      LocalDate reviewedOn,
      Actor actor,
      OffsetDateTime recordedAt) {
    this.publicId = UUID.randomUUID();
    this.milestone = milestone;
    this.decision = decision;
    this.note = note;
    this.reviewedOn = reviewedOn;
    this.actor = actor;
    this.recordedAt = recordedAt;
  }

  public UUID publicId() {
    return publicId;
  }

  public Milestone milestone() {
    return milestone;
  }

  public ReviewDecision decision() {
    return decision;
  }

  public String note() {
    return note;
  }

  public LocalDate reviewedOn() {
    return reviewedOn;
  }

  public Actor actor() {
    return actor;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }
}
