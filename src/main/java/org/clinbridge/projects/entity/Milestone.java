package org.clinbridge.projects.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.problem.ProblemException;

/**
 * A milestone of a project: planned for a date, due by a (possibly later) date, with the person
 * responsible. It is reached with evidence or cancelled with a reason; while open past its due date
 * it is overdue. Reviews at the milestone decide whether money tied to it may be released.
 */
@Entity
@Table(name = "milestone")
public class Milestone {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "milestone_seq")
  @SequenceGenerator(name = "milestone_seq", sequenceName = "milestone_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private Project project;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  })
  private BilingualText title;

  @Column(name = "planned_on", nullable = false)
  private LocalDate plannedOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(nullable = false, length = 200)
  private String responsible;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MilestoneStatus status;

  @Column(name = "reached_on")
  private LocalDate reachedOn;

  @Column(length = 500)
  private String evidence;

  @Column(name = "cancel_reason", length = 2000)
  private String cancelReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "latest_decision")
  private ReviewDecision latestDecision;

  @Column(name = "latest_reviewed_on")
  private LocalDate latestReviewedOn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Milestone() {}

  Milestone(
      Project project,
      BilingualText title,
      LocalDate plannedOn,
      LocalDate dueOn,
      String responsible,
      OffsetDateTime at) {
    this.publicId = UUID.randomUUID();
    this.project = Objects.requireNonNull(project, "project");
    this.status = MilestoneStatus.OPEN;
    this.createdAt = at;
    this.plannedOn = Objects.requireNonNull(plannedOn, "plannedOn");
    revise(title, dueOn, responsible);
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public Project project() {
    return project;
  }

  public BilingualText title() {
    return title;
  }

  public LocalDate plannedOn() {
    return plannedOn;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public String responsible() {
    return responsible;
  }

  public MilestoneStatus status() {
    return status;
  }

  public LocalDate reachedOn() {
    return reachedOn;
  }

  public String evidence() {
    return evidence;
  }

  public String cancelReason() {
    return cancelReason;
  }

  public ReviewDecision latestDecision() {
    return latestDecision;
  }

  public LocalDate latestReviewedOn() {
    return latestReviewedOn;
  }

  public long version() {
    return version;
  }

  /** The fields an audit entry records, without empty ones. */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("project", project.publicId().toString());
    m.put("title.zh", title.zh());
    m.put("title.en", title.en());
    m.put("plannedOn", plannedOn.toString());
    m.put("dueOn", dueOn.toString());
    m.put("responsible", responsible);
    m.put("status", status.name());
    if (reachedOn != null) {
      m.put("reachedOn", reachedOn.toString());
      m.put("evidence", evidence);
    }
    if (cancelReason != null) {
      m.put("cancelReason", cancelReason);
    }
    if (latestDecision != null) {
      m.put("latestDecision", latestDecision.name());
      m.put("latestReviewedOn", latestReviewedOn.toString());
    }
    return m;
  }

  /** Open past its due date. */
  public boolean overdue(LocalDate today) {
    return status == MilestoneStatus.OPEN && dueOn.isBefore(today);
  }

  /** The latest review at this milestone was a go (with or without conditions). */
  public boolean releasesFunds() {
    return latestDecision != null && latestDecision.releasesFunds();
  }

  /** Changes title, due date and responsible person of an open milestone; the plan date stays. */
  public void revise(BilingualText title, LocalDate dueOn, String responsible) {
    if (status != MilestoneStatus.OPEN) {
      throw MilestoneRefused.notOpen(status);
    }
    Objects.requireNonNull(dueOn, "dueOn");
    if (dueOn.isBefore(plannedOn)) {
      throw ProblemException.invalidField("dueOn", "milestone.due.before-planned");
    }
    if (responsible == null || responsible.isBlank()) {
      throw ProblemException.invalidField("responsible", "field.required");
    }
    this.title = Objects.requireNonNull(title, "title");
    this.dueOn = dueOn;
    this.responsible = responsible.trim();
  }

  public void reach(LocalDate reachedOn, String evidence, LocalDate today) {
    if (status != MilestoneStatus.OPEN) {
      throw MilestoneRefused.notOpen(status);
    }
    if (evidence == null || evidence.isBlank()) {
      throw ProblemException.invalidField("evidence", "field.required");
    }
    if (reachedOn.isAfter(today)) {
      throw ProblemException.invalidField("reachedOn", "date.future");
    }
    this.status = MilestoneStatus.REACHED;
    this.reachedOn = reachedOn;
    this.evidence = evidence.trim();
  }

  public void cancel(String reason) {
    if (status != MilestoneStatus.OPEN) {
      throw MilestoneRefused.notOpen(status);
    }
    if (reason == null || reason.isBlank()) {
      throw ProblemException.invalidField("reason", "field.required");
    }
    this.status = MilestoneStatus.CANCELLED;
    this.cancelReason = reason.trim();
  }

  /**
   * Records a review. A go needs the milestone reached; a cancelled milestone is not reviewed; a
   * conditional go or a no-go says its conditions or reasons.
   */
  public MilestoneReview review(
      ReviewDecision decision,
      String note,
      LocalDate reviewedOn,
      Actor by,
      OffsetDateTime at,
      LocalDate today) {
    Objects.requireNonNull(decision, "decision");
    if (status == MilestoneStatus.CANCELLED) {
      throw MilestoneRefused.cancelled();
    }
    if (decision.releasesFunds() && status != MilestoneStatus.REACHED) {
      throw MilestoneRefused.notReached();
    }
    if (decision.needsNote() && (note == null || note.isBlank())) {
      throw ProblemException.invalidField("note", "milestone.review.note-required");
    }
    if (reviewedOn.isAfter(today)) {
      throw ProblemException.invalidField("reviewedOn", "date.future");
    }
    this.latestDecision = decision;
    this.latestReviewedOn = reviewedOn;
    return new MilestoneReview(
        this, decision, note == null || note.isBlank() ? null : note.trim(), reviewedOn, by, at);
  }
}
