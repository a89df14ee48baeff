package org.clinbridge.consultation.entity;

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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.clinbridge.licensing.entity.LicenceApplication;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.reference.entity.Pause;

/**
 * A question from an organisation to the consultation station, optionally about one of its
 * projects, with its thread and the pauses of its clocks. The status moves only through the named
 * methods; the clocks' figures are computed from the times kept here ({@link ServiceClock}), and a
 * breach, once seen, is recorded here with the instant it happened, never moved again.
 */
@Entity
@Table(name = "consultation")
public class Consultation {
  public static final int MAX_TEXT = 4000;
  public static final int MAX_SUBJECT = 200;
  public static final int MAX_COMMENT = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_seq")
  @SequenceGenerator(
      name = "consultation_seq",
      sequenceName = "consultation_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "asker_org_id", nullable = false, updatable = false)
  private Organisation askerOrganisation;

  @Column(nullable = false, length = 64, updatable = false)
  private String asker;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "project_id", updatable = false)
  private Project project;

  /** The consultation this duplicate was merged into; null unless MERGED. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merged_into_id")
  private Consultation mergedInto;

  /** The licence application the question is about, if any; always one of {@link #project}'s. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "licence_application_id", updatable = false)
  private LicenceApplication licenceApplication;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private Topic topic;

  @Column(nullable = false, length = MAX_SUBJECT, updatable = false)
  private String subject;

  @Column(nullable = false, length = MAX_TEXT, updatable = false)
  private String question;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ConsultationStatus status;

  @Column(length = 64)
  private String assignee;

  /** The specialist group the question was routed to when asked. */
  @Column(name = "specialist_group", length = 64)
  private String specialistGroup;

  @Column private Integer rating;

  @Column(name = "rating_comment", length = MAX_COMMENT)
  private String ratingComment;

  @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL)
  @OrderBy("sentAt")
  private List<ConsultationMessage> messages = new ArrayList<>();

  @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL)
  @OrderBy("from")
  private List<ConsultationPause> pauses = new ArrayList<>();

  @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL)
  @OrderBy("addedAt")
  private List<Attachment> attachments = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "first_response_at")
  private OffsetDateTime firstResponseAt;

  @Column(name = "resolved_at")
  private OffsetDateTime resolvedAt;

  @Column(name = "first_response_breached_at")
  private OffsetDateTime firstResponseBreachedAt;

  @Column(name = "resolution_breached_at")
  private OffsetDateTime resolutionBreachedAt;

  /**
   * Where the next-update clock starts: the station's last message to the asker, or a reopening.
   */
  @Column(name = "update_clock_from")
  private OffsetDateTime updateClockFrom;

  @Column(name = "next_update_breached_at")
  private OffsetDateTime nextUpdateBreachedAt;

  @Column(name = "next_update_breaches", nullable = false)
  private int nextUpdateBreaches;

  /** Working minutes to the first response, fixed when it happens (null until then). */
  @Column(name = "first_response_minutes")
  private Integer firstResponseMinutes;

  /**
   * Working minutes to the resolution, fixed when resolved (null until then, again on reopening).
   */
  @Column(name = "resolution_minutes")
  private Integer resolutionMinutes;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Consultation() {}

  /**
   * A new question by {@code asker} of {@code organisation}; {@code project}, when given, is one of
   * that organisation's (the caller checks who may see it).
   */
  public Consultation(
      Organisation organisation,
      String asker,
      Project project,
      Topic topic,
      String subject,
      String question,
      OffsetDateTime now) {
    this.askerOrganisation = Objects.requireNonNull(organisation, "organisation");
    this.asker = Objects.requireNonNull(asker, "asker");
    this.project = project;
    this.topic = Objects.requireNonNull(topic, "topic");
    this.subject = required("subject", subject, MAX_SUBJECT);
    this.question = required("question", question, MAX_TEXT);
    this.publicId = UUID.randomUUID();
    this.status = ConsultationStatus.NEW;
    this.createdAt = micros(now);
    this.updatedAt = createdAt;
  }

  /**
   * A new question about one of the organisation's licence applications: its project is the
   * application's project.
   */
  public static Consultation about(
      LicenceApplication application,
      Organisation organisation,
      String asker,
      Topic topic,
      String subject,
      String question,
      OffsetDateTime now) {
    Consultation c =
        new Consultation(organisation, asker, application.project(), topic, subject, question, now);
    c.licenceApplication = application;
    return c;
  }

  /**
   * Routes the new question to {@code group}, to {@code specialist} if round-robin found one (else
   * the whole station sees it unassigned).
   */
  public void routeTo(String group, String specialist) {
    this.specialistGroup = group;
    this.assignee = specialist;
  }

  /**
   * A consultant hands the question to {@code consultant}; a finished one stays with whom it had.
   */
  public void assign(String consultant, OffsetDateTime now) {
    if (status.finished()) {
      throw ConsultationConflict.finished(status);
    }
    this.assignee = Objects.requireNonNull(consultant, "consultant");
    this.updatedAt = now;
  }

  /**
   * The station answers: the first answer stops the first-response clock and takes the consultation
   * (NEW or REOPENED becomes OPEN); the answering consultant becomes the assignee if there is none.
   */
  public ConsultationMessage answer(String consultant, String text, OffsetDateTime now) {
    if (status != ConsultationStatus.OPEN) {
      move(ConsultationStatus.OPEN, now);
    }
    ConsultationMessage m = post(ConsultationMessage.Side.STATION, false, consultant, text, now);
    responded(consultant, now);
    // The station answered while waiting on the asker: the wait is over.
    endPause(now);
    this.updateClockFrom = micros(now);
    return m;
  }

  /** A note only the station sees; changes nothing else. */
  public ConsultationMessage note(String consultant, String text, OffsetDateTime now) {
    return post(ConsultationMessage.Side.STATION, true, consultant, text, now);
  }

  /**
   * The station asks the asker for documents or facts: the message is posted and the clocks stand
   * still until the asker answers ({@link #askerWrites}).
   */
  public ConsultationMessage requestFromAsker(String consultant, String text, OffsetDateTime now) {
    move(ConsultationStatus.PENDING_CUSTOMER, now);
    ConsultationMessage m = post(ConsultationMessage.Side.STATION, false, consultant, text, now);
    responded(consultant, now);
    pauses.add(new ConsultationPause(this, micros(now)));
    this.updateClockFrom = micros(now);
    return m;
  }

  /** The asker writes in the thread; an answer to a request restarts the clocks (OPEN). */
  public ConsultationMessage askerWrites(String author, String text, OffsetDateTime now) {
    if (status == ConsultationStatus.RESOLVED) {
      // A resolved question is reopened explicitly, so a thank-you does not reopen it.
      throw ConsultationConflict.transition(status, ConsultationStatus.OPEN);
    }
    if (status == ConsultationStatus.PENDING_CUSTOMER) {
      move(ConsultationStatus.OPEN, now);
      endPause(now);
    }
    return post(ConsultationMessage.Side.ASKER, false, author, text, now);
  }

  /** The station gives its answer: the resolution clock stops. */
  public ConsultationMessage resolve(String consultant, String text, OffsetDateTime now) {
    move(ConsultationStatus.RESOLVED, now);
    ConsultationMessage m = post(ConsultationMessage.Side.STATION, false, consultant, text, now);
    responded(consultant, now);
    endPause(now);
    this.resolvedAt = micros(now);
    return m;
  }

  /**
   * Closes a resolved consultation once the asker has had their time to reopen it (the station's
   * rule, {@code consultation.auto-close-working-days}); the rating stays possible.
   */
  public void closeAfterResolution(OffsetDateTime now) {
    move(ConsultationStatus.CLOSED, now);
  }

  /**
   * Merges this duplicate into {@code target}, which goes on: this one's thread stays readable and
   * takes no more messages; a station message in it says where the question went. Both must be the
   * same organisation's question, and the target one still open.
   */
  public void mergeInto(Consultation target, String consultant, String reason, OffsetDateTime now) {
    if (target == this
        || !target.askerOrganisation().id().equals(askerOrganisation().id())
        || target.status().finished()) {
      throw ConsultationRuleViolation.mergeTarget(target.publicId());
    }
    if (!status.canMoveTo(ConsultationStatus.MERGED)) {
      throw ConsultationConflict.transition(status, ConsultationStatus.MERGED);
    }
    // The reason goes in while the thread still takes messages; then it is closed for good.
    post(
        ConsultationMessage.Side.STATION,
        false,
        consultant,
        required("reason", reason, MAX_TEXT),
        now);
    move(ConsultationStatus.MERGED, now);
    this.mergedInto = target;
  }

  public Consultation mergedInto() {
    return mergedInto;
  }

  /** The asker is not satisfied: the question is back with the station and its clock runs on. */
  public void reopen(String author, String reason, OffsetDateTime now) {
    move(ConsultationStatus.REOPENED, now);
    post(ConsultationMessage.Side.ASKER, false, author, reason, now);
    this.resolvedAt = null;
    this.resolutionMinutes = null;
    this.updateClockFrom = micros(now);
    this.rating = null;
    this.ratingComment = null;
  }

  /** The asker rates the resolved answer, 1-5, once. */
  public void rate(int stars, String comment, OffsetDateTime now) {
    if (status != ConsultationStatus.RESOLVED && status != ConsultationStatus.CLOSED
        || rating != null) {
      throw ConsultationConflict.rating(status);
    }
    if (stars < 1 || stars > 5) {
      throw ConsultationRuleViolation.ratingRange(stars);
    }
    this.rating = stars;
    this.ratingComment = optional("comment", comment, MAX_COMMENT);
    this.updatedAt = now;
  }

  /**
   * Records what these clocks show: each breach once (a breach already recorded keeps its instant;
   * each stretch of the next-update clock is counted once, by its later instant), and the working
   * time the first response and the resolution took, once they happened. Answers whether a breach
   * was recorded. {@code nextUpdate} is null while that clock has not started.
   */
  public boolean recordBreaches(
      ServiceClock firstResponse, ServiceClock resolution, ServiceClock nextUpdate) {
    boolean recorded = false;
    if (firstResponseBreachedAt == null && firstResponse.breachedAt() != null) {
      firstResponseBreachedAt = firstResponse.breachedAt().atOffset(ZoneOffset.UTC);
      recorded = true;
    }
    if (resolutionBreachedAt == null && resolution.breachedAt() != null) {
      resolutionBreachedAt = resolution.breachedAt().atOffset(ZoneOffset.UTC);
      recorded = true;
    }
    if (nextUpdate != null && nextUpdate.breachedAt() != null) {
      OffsetDateTime at = nextUpdate.breachedAt().atOffset(ZoneOffset.UTC);
      if (nextUpdateBreachedAt == null || at.isAfter(nextUpdateBreachedAt)) {
        nextUpdateBreachedAt = at;
        nextUpdateBreaches++;
        recorded = true;
      }
    }
    if (firstResponseAt != null
        && firstResponseMinutes == null
        && firstResponse.elapsed() != null) {
      firstResponseMinutes = (int) firstResponse.elapsed().toMinutes();
    }
    if (resolvedAt != null && resolutionMinutes == null && resolution.elapsed() != null) {
      resolutionMinutes = (int) resolution.elapsed().toMinutes();
    }
    return recorded;
  }

  /**
   * Where the next-update clock starts, or null while it has not (before the first answer) or no
   * longer runs (merged).
   */
  public Instant updateClockStart() {
    return updateClockFrom == null || status == ConsultationStatus.MERGED
        ? null
        : updateClockFrom.toInstant();
  }

  /**
   * Keeps the metadata of a file attached to the question ({@code message} null) or to one of its
   * messages, by {@code who}; a finished consultation takes none.
   */
  public Attachment attach(
      ConsultationMessage message,
      String fileName,
      String mediaType,
      long sizeBytes,
      String reference,
      String who,
      OffsetDateTime now) {
    if (status.finished()) {
      throw ConsultationConflict.finished(status);
    }
    Attachment a =
        new Attachment(this, message, fileName, mediaType, sizeBytes, reference, who, now);
    attachments.add(a);
    return a;
  }

  public List<Attachment> attachments() {
    return Collections.unmodifiableList(attachments);
  }

  /** The pauses as the working-hours arithmetic takes them, oldest first. */
  public List<Pause> clockPauses() {
    return pauses.stream().map(ConsultationPause::pause).toList();
  }

  public boolean paused() {
    return !pauses.isEmpty() && pauses.get(pauses.size() - 1).open();
  }

  /** What the audit trail keeps of it. */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("topic", topic.name());
    m.put("status", status.name());
    if (assignee != null) {
      m.put("assignee", assignee);
    }
    if (rating != null) {
      m.put("rating", rating);
    }
    return m;
  }

  private ConsultationMessage post(
      ConsultationMessage.Side side,
      boolean internal,
      String author,
      String text,
      OffsetDateTime now) {
    if (status.finished()) {
      throw ConsultationConflict.finished(status);
    }
    ConsultationMessage m =
        new ConsultationMessage(this, side, internal, author, text, micros(now));
    messages.add(m);
    this.updatedAt = now;
    return m;
  }

  private void responded(String consultant, OffsetDateTime now) {
    if (firstResponseAt == null) {
      firstResponseAt = micros(now);
    }
    if (assignee == null) {
      assignee = consultant;
    }
  }

  private void endPause(OffsetDateTime now) {
    if (paused()) {
      pauses.get(pauses.size() - 1).end(micros(now));
    }
  }

  private void move(ConsultationStatus target, OffsetDateTime now) {
    if (!status.canMoveTo(target)) {
      throw ConsultationConflict.transition(status, target);
    }
    this.status = target;
    this.updatedAt = now;
  }

  static String required(String field, String s, int max) {
    String t = optional(field, s, max);
    if (t == null) {
      throw ConsultationRuleViolation.emptyText(field);
    }
    return t;
  }

  /** The text stripped, null if blank; over {@code max} characters a 422 naming the field. */
  static String optional(String field, String s, int max) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    if (t.length() > max) {
      throw ConsultationRuleViolation.textTooLong(field, t.length(), max);
    }
    return t;
  }

  private static OffsetDateTime micros(OffsetDateTime t) {
    return t.truncatedTo(ChronoUnit.MICROS);
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public Organisation askerOrganisation() {
    return askerOrganisation;
  }

  public String asker() {
    return asker;
  }

  public Project project() {
    return project;
  }

  public LicenceApplication licenceApplication() {
    return licenceApplication;
  }

  public Topic topic() {
    return topic;
  }

  public String subject() {
    return subject;
  }

  public String question() {
    return question;
  }

  public ConsultationStatus status() {
    return status;
  }

  public String assignee() {
    return assignee;
  }

  public Integer rating() {
    return rating;
  }

  public String specialistGroup() {
    return specialistGroup;
  }

  public OffsetDateTime nextUpdateBreachedAt() {
    return nextUpdateBreachedAt;
  }

  public int nextUpdateBreaches() {
    return nextUpdateBreaches;
  }

  public Integer firstResponseMinutes() {
    return firstResponseMinutes;
  }

  public Integer resolutionMinutes() {
    return resolutionMinutes;
  }

  public String ratingComment() {
    return ratingComment;
  }

  public List<ConsultationMessage> messages() {
    return Collections.unmodifiableList(messages);
  }

  public Instant created() {
    return createdAt.toInstant();
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime firstResponseAt() {
    return firstResponseAt;
  }

  public OffsetDateTime resolvedAt() {
    return resolvedAt;
  }

  public OffsetDateTime firstResponseBreachedAt() {
    return firstResponseBreachedAt;
  }

  public OffsetDateTime resolutionBreachedAt() {
    return resolutionBreachedAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
