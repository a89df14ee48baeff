package org.clinbridge.projects.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One dated entry of a project's timeline: a stage or status move with who made it, why and on what
 * evidence. Append-only; created by the project's own lifecycle methods, numbered in order.
 */
@Entity
@Table(name = "project_event")
public class ProjectEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_event_seq")
  @SequenceGenerator(
      name = "project_event_seq",
      sequenceName = "project_event_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private Project project;

  @Column(nullable = false, updatable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ProjectEventKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_stage", updatable = false)
  private Stage fromStage;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_stage", nullable = false, updatable = false)
  private Stage toStage;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private ProjectStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private ProjectStatus toStatus;

  @Column(updatable = false, length = 2000)
  private String reason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "project_event_evidence", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "position")
  private List<Evidence> evidence = new ArrayList<>();

  @Embedded private Actor actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  /**
   * On an event that leaves a stage (an advance, a return, graduation): the days spent in it, fixed
   * when it ends, so that the district's median time in a stage is read from an index rather than
   * recomputed from the whole history (V101).
   */
  @Column(name = "stay_days", updatable = false)
  private Double stayDays;

  protected ProjectEvent() {}

  ProjectEvent(
      Project project,
      int seq,
      ProjectEventKind kind,
      Stage fromStage,
      Stage toStage,
      ProjectStatus fromStatus,
      ProjectStatus toStatus,
      String reason,
      List<Evidence> evidence,
      Actor actor,
      OffsetDateTime occurredAt) {
    this.project = project;
    this.seq = seq;
    this.kind = kind;
    this.fromStage = fromStage;
    this.toStage = toStage;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.reason = reason;
    this.evidence.addAll(evidence);
    this.actor = Objects.requireNonNull(actor, "actor");
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** Records that this event ends the stay in its stage that began at {@code enteredAt}. */
  void endsStayOf(OffsetDateTime enteredAt) {
    this.stayDays = java.time.Duration.between(enteredAt, occurredAt).toMillis() / 86_400_000.0;
  }

  /** The days spent in the stage this event leaves; null when it leaves none. */
  public Double stayDays() {
    return stayDays;
  }

  public Project project() {
    return project;
  }

  public int seq() {
    return seq;
  }

  public ProjectEventKind kind() {
    return kind;
  }

  public Stage fromStage() {
    return fromStage;
  }

  public Stage toStage() {
    return toStage;
  }

  public ProjectStatus fromStatus() {
    return fromStatus;
  }

  public ProjectStatus toStatus() {
    return toStatus;
  }

  public String reason() {
    return reason;
  }

  public List<Evidence> evidence() {
    return List.copyOf(evidence);
  }

  public Actor actor() {
    return actor;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }
}
