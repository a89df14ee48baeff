package org.clinbridge.scenes.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.projects.entity.Project;

/**
 * A start-up's application to a scene with one of its projects, and after acceptance its
 * participation on the scene. The status moves only through the named methods; the capacity of the
 * scene is held by the database (see {@code Scenes.takeSlot}), not here, since several instances
 * accept at once.
 */
@Entity
@Table(name = "scene_application")
public class Application {
  public static final int MAX_TEXT = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scene_application_seq")
  @SequenceGenerator(
      name = "scene_application_seq",
      sequenceName = "scene_application_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "scene_id", nullable = false, updatable = false)
  private Scene scene;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private Project project;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "applicant_id", nullable = false, updatable = false)
  private Organisation applicant;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private ApplicationStatus status;

  /**
   * 1 while the application is live, null once rejected or withdrawn: a unique constraint on
   * (scene, project, live) then allows one live application per project and scene, in any database
   * (NULLs never collide), without a partial index.
   */
  @Column(name = "live")
  private Integer live;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Participation participation;

  @Column(length = MAX_TEXT)
  private String pitch;

  @Column(length = MAX_TEXT)
  private String conditions;

  @Column(name = "decision_reason", length = MAX_TEXT)
  private String decisionReason;

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
  @OrderBy("sentAt")
  private List<ApplicationMessage> messages = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Application() {}

  /** A draft by the project's owner, for a published scene. */
  public Application(Scene scene, Project project, String pitch, OffsetDateTime now) {
    this.scene = Objects.requireNonNull(scene, "scene");
    this.project = Objects.requireNonNull(project, "project");
    if (scene.publication() != Publication.ACTIVE) {
      throw ApplicationRuleViolation.sceneNotOpen();
    }
    if (scene.progress().finished()) {
      throw ApplicationRuleViolation.sceneFinished(scene.progress());
    }
    this.applicant = project.owner();
    this.publicId = UUID.randomUUID();
    this.status = ApplicationStatus.DRAFT;
    this.live = 1;
    this.pitch = text(pitch);
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    this.updatedAt = createdAt;
  }

  /** Sends it to the hospital: inside the window the first time; any time after more info. */
  public void submit(OffsetDateTime now) {
    if (status == ApplicationStatus.DRAFT && scene.progress().finished()) {
      throw ApplicationRuleViolation.sceneFinished(scene.progress());
    }
    if (status == ApplicationStatus.DRAFT && !scene.windowOpenAt(now)) {
      throw ApplicationRuleViolation.windowClosed(scene);
    }
    move(ApplicationStatus.SUBMITTED, now);
    if (submittedAt == null) {
      submittedAt = now;
    }
  }

  public void requestMoreInfo(OffsetDateTime now) {
    move(ApplicationStatus.MORE_INFO_REQUESTED, now);
  }

  public void startReview(OffsetDateTime now) {
    move(ApplicationStatus.UNDER_REVIEW, now);
  }

  /**
   * Records the acceptance. The caller has already taken one of the scene's slots in the same
   * transaction; with {@code conditions} it is an acceptance with conditions.
   */
  public void accept(String conditions, OffsetDateTime now) {
    String c = text(conditions);
    move(c == null ? ApplicationStatus.ACCEPTED : ApplicationStatus.ACCEPTED_WITH_CONDITIONS, now);
    this.conditions = c;
    this.decidedAt = now;
    this.participation = Participation.ON_SCENE;
  }

  /**
   * Whether {@link #accept} would be allowed, checked before a slot is taken: a retired scene
   * accepts no one, whatever was pending in it.
   */
  public boolean acceptable() {
    if (scene.publication() != Publication.ACTIVE) {
      throw ApplicationRuleViolation.sceneNotOpen();
    }
    return status.canMoveTo(ApplicationStatus.ACCEPTED);
  }

  public void reject(String reason, OffsetDateTime now) {
    String r = text(reason);
    if (r == null) {
      throw ApplicationRuleViolation.reasonRequired();
    }
    move(ApplicationStatus.REJECTED, now);
    this.decisionReason = r;
    this.decidedAt = now;
  }

  /** By the applicant, at any point before a decision. */
  public void withdraw(String reason, OffsetDateTime now) {
    move(ApplicationStatus.WITHDRAWN, now);
    this.decisionReason = text(reason);
  }

  public void moveParticipation(Participation target, OffsetDateTime now) {
    if (participation == null || !participation.canMoveTo(target)) {
      throw ApplicationConflict.participation(participation, target);
    }
    this.participation = target;
    this.updatedAt = now;
  }

  public ApplicationMessage post(
      ApplicationMessage.Side side, String author, String text, OffsetDateTime now) {
    if (status == ApplicationStatus.WITHDRAWN) {
      throw ApplicationConflict.closed(status);
    }
    ApplicationMessage m = new ApplicationMessage(this, side, author, text, now);
    messages.add(m);
    this.updatedAt = now;
    return m;
  }

  private void move(ApplicationStatus target, OffsetDateTime now) {
    if (!status.canMoveTo(target)) {
      throw ApplicationConflict.transition(status, target);
    }
    this.status = target;
    this.live = target.live() ? 1 : null;
    this.updatedAt = now;
  }

  private static String text(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    if (t.length() > MAX_TEXT) {
      throw ApplicationRuleViolation.textTooLong(t.length());
    }
    return t;
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public Scene scene() {
    return scene;
  }

  public Project project() {
    return project;
  }

  public Organisation applicant() {
    return applicant;
  }

  public ApplicationStatus status() {
    return status;
  }

  public Participation participation() {
    return participation;
  }

  public String pitch() {
    return pitch;
  }

  public String conditions() {
    return conditions;
  }

  public String decisionReason() {
    return decisionReason;
  }

  public List<ApplicationMessage> messages() {
    return Collections.unmodifiableList(messages);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime submittedAt() {
    return submittedAt;
  }

  public OffsetDateTime decidedAt() {
    return decidedAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
