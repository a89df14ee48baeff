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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * A biomedical project on its way from the lab to the market, owned by a start-up or a university.
 *
 * <p>The lifecycle lives here: the stage moves one gate at a time ({@link #moveTo}), back with a
 * reason; the status changes by {@link #hold}, {@link #resume}, {@link #terminate} and {@link
 * #graduate}; the TRL changes by {@link #assessTrl}. Each of these returns the dated record of the
 * change (a {@link ProjectEvent} or a {@link TrlAssessment}) for the caller to persist, so the
 * timeline is written in the same transaction as the change and never needs the whole history
 * loaded.
 */
@Entity
@Table(name = "project")
public class Project {
  /** Who may own a project: the ones who do the research. */
  public static final Set<OrganisationKind> OWNER_KINDS =
      Set.of(OrganisationKind.START_UP, OrganisationKind.UNIVERSITY);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
  @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @Column(nullable = false, unique = true, updatable = false, length = 20)
  private String code;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false, updatable = false)
  private Organisation owner;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  })
  private BilingualText title;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "summary_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "summary_en"))
  })
  private BilingualText summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProjectCategory category;

  @Column(name = "subcatalogue_code", length = 2)
  private String subcatalogueCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "expected_class", length = 3)
  private DeviceClass expectedClass;

  @Column(name = "source_institution", length = 200)
  private String sourceInstitution;

  /** The manager account's public id, as text (see V30 on nullable UUID columns). */
  @Column(name = "manager_account_id", length = 36)
  private String managerAccountId;

  @Column(nullable = false)
  private int trl;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Stage stage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProjectStatus status;

  /** The owner lets hospitals and matching find the project (scenes); off by default. */
  @Column(nullable = false)
  private boolean findable;

  @Column(name = "event_count", nullable = false)
  private int eventCount;

  /**
   * Code, titles, summaries and source institution in lower case, in one column, for the free-text
   * search and its indexes (see the text-search migration).
   */
  @Column(name = "search_text", nullable = false, length = 10000)
  private String searchText;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  /**
   * When the project entered its current stage: a stay's length is fixed on the event leaving it.
   */
  @Column(name = "stage_since", nullable = false)
  private OffsetDateTime stageSince;

  @Version private long version;

  protected Project() {}

  private Project(
      String code, Organisation owner, ProjectDetails details, int trl, OffsetDateTime at) {
    if (!code.matches(ProjectCode.PATTERN)) {
      throw new IllegalArgumentException("Not a project code: " + code);
    }
    if (!OWNER_KINDS.contains(owner.kind())) {
      throw new ProblemException(422, "project-owner-kind", "project-owner-kind.detail");
    }
    requireTrl(trl);
    this.publicId = UUID.randomUUID();
    this.code = code;
    this.owner = owner;
    this.trl = trl;
    this.stage = Stage.LAB_RESEARCH;
    this.status = ProjectStatus.ACTIVE;
    this.createdAt = at;
    this.stageSince = at;
    apply(details, at);
  }

  /** A new project and the first entries of its timeline and TRL history. */
  public record Registration(Project project, ProjectEvent event, TrlAssessment trl) {}

  /**
   * Registers a project in the first stage. The TRL given is the owner's starting assessment; its
   * evidence may be absent (later assessments need it). {@code today} is the district's date, which
   * is not always the date of {@code at} in UTC.
   */
  public static Registration register(
      String code,
      Organisation owner,
      ProjectDetails details,
      int trl,
      String trlEvidence,
      Actor by,
      OffsetDateTime at,
      LocalDate today) {
    Project p = new Project(code, owner, details, trl, at);
    ProjectEvent e =
        new ProjectEvent(
            p,
            ++p.eventCount,
            ProjectEventKind.REGISTERED,
            null,
            p.stage,
            null,
            p.status,
            null,
            List.of(),
            by,
            at);
    TrlAssessment t =
        new TrlAssessment(p, trl, null, today, blankToNull(trlEvidence), null, by, at);
    return new Registration(p, e, t);
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public String code() {
    return code;
  }

  public Organisation owner() {
    return owner;
  }

  public BilingualText title() {
    return title;
  }

  public BilingualText summary() {
    return summary;
  }

  public ProjectCategory category() {
    return category;
  }

  public String subcatalogueCode() {
    return subcatalogueCode;
  }

  public DeviceClass expectedClass() {
    return expectedClass;
  }

  public String sourceInstitution() {
    return sourceInstitution;
  }

  public UUID managerAccountId() {
    return managerAccountId == null ? null : UUID.fromString(managerAccountId);
  }

  public int trl() {
    return trl;
  }

  public Stage stage() {
    return stage;
  }

  public ProjectStatus status() {
    return status;
  }

  public boolean findable() {
    return findable;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public ProjectDetails details() {
    return new ProjectDetails(
        title, summary, category, subcatalogueCode, expectedClass, sourceInstitution);
  }

  /** The fields an audit entry records, without empty ones. */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("owner", owner.publicId().toString());
    m.put("title.zh", title.zh());
    m.put("title.en", title.en());
    m.put("summary.zh", summary.zh());
    m.put("summary.en", summary.en());
    m.put("category", category.name());
    putIfSet(m, "subcatalogue", subcatalogueCode);
    putIfSet(m, "expectedClass", expectedClass == null ? null : expectedClass.name());
    putIfSet(m, "sourceInstitution", sourceInstitution);
    putIfSet(m, "manager", managerAccountId);
    m.put("trl", trl);
    m.put("stage", stage.name());
    m.put("status", status.name());
    m.put("findable", findable);
    return m;
  }

  private static void putIfSet(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  /** Changes what the project is about; a closed project is a record and stays as it was. */
  public void revise(ProjectDetails details, OffsetDateTime at) {
    requireOpen();
    apply(details, at);
  }

  public void assignManager(UUID managerAccountId, OffsetDateTime at) {
    requireOpen();
    this.managerAccountId = managerAccountId == null ? null : managerAccountId.toString();
    this.updatedAt = at;
  }

  public void allowFinding(boolean findable, OffsetDateTime at) {
    this.findable = findable;
    this.updatedAt = at;
  }

  /**
   * Moves the project to another stage: forward only to the next stage and only through its gate
   * ({@code gate}, the one in front of {@code to}); back to any earlier stage with a reason.
   */
  public ProjectEvent moveTo(
      Stage to,
      StageGate gate,
      List<Evidence> evidence,
      String reason,
      Actor by,
      OffsetDateTime at) {
    if (!status.allowsStageMoves()) {
      throw ProjectMoveRefused.notActive(status);
    }
    ProjectEventKind kind =
        switch (stage.moveTo(to)) {
          case NONE -> throw ProjectMoveRefused.alreadyIn(stage);
          case SKIP -> throw ProjectMoveRefused.skip(stage, to);
          case BACK -> {
            requireReason(reason);
            yield ProjectEventKind.RETURNED;
          }
          case FORWARD -> {
            requireGate(gate, Gate.entering(to));
            gate.requireMetBy(trl, evidence);
            yield ProjectEventKind.ADVANCED;
          }
        };
    ProjectEvent e =
        new ProjectEvent(
            this,
            ++eventCount,
            kind,
            stage,
            to,
            status,
            status,
            blankToNull(reason),
            evidence,
            by,
            at);
    e.endsStayOf(stageSince);
    this.stage = to;
    this.stageSince = at;
    this.updatedAt = at;
    return e;
  }

  public ProjectEvent hold(String reason, Actor by, OffsetDateTime at) {
    return changeStatus(
        ProjectStatus.ON_HOLD, ProjectEventKind.PUT_ON_HOLD, reason, List.of(), by, at);
  }

  public ProjectEvent resume(String reason, Actor by, OffsetDateTime at) {
    return changeStatus(ProjectStatus.ACTIVE, ProjectEventKind.RESUMED, reason, List.of(), by, at);
  }

  public ProjectEvent terminate(String reason, Actor by, OffsetDateTime at) {
    return changeStatus(
        ProjectStatus.TERMINATED, ProjectEventKind.TERMINATED, reason, List.of(), by, at);
  }

  /** Graduation is the last gate: from the last stage, with the graduation gate's evidence. */
  public ProjectEvent graduate(
      StageGate gate, List<Evidence> evidence, String reason, Actor by, OffsetDateTime at) {
    if (!status.canChangeTo(ProjectStatus.GRADUATED)) {
      throw ProjectMoveRefused.status(status, ProjectStatus.GRADUATED);
    }
    if (stage != Stage.APPLICATION) {
      throw ProjectMoveRefused.graduateOnlyFromApplication(stage);
    }
    requireGate(gate, Gate.GRADUATION);
    gate.requireMetBy(trl, evidence);
    return changeStatus(
        ProjectStatus.GRADUATED, ProjectEventKind.GRADUATED, reason, evidence, by, at);
  }

  private ProjectEvent changeStatus(
      ProjectStatus to,
      ProjectEventKind kind,
      String reason,
      List<Evidence> evidence,
      Actor by,
      OffsetDateTime at) {
    if (!status.canChangeTo(to)) {
      throw ProjectMoveRefused.status(status, to);
    }
    if (to.needsReasonToEnter()) {
      requireReason(reason);
    }
    ProjectEvent e =
        new ProjectEvent(
            this,
            ++eventCount,
            kind,
            stage,
            stage,
            status,
            to,
            blankToNull(reason),
            evidence,
            by,
            at);
    if (kind == ProjectEventKind.GRADUATED) {
      // Graduating leaves the last stage for good: its stay ends here.
      e.endsStayOf(stageSince);
    }
    this.status = to;
    this.updatedAt = at;
    return e;
  }

  /** Records a new TRL assessment, with the evidence it rests on. */
  public TrlAssessment assessTrl(
      int level,
      LocalDate assessedOn,
      String evidence,
      String note,
      Actor by,
      OffsetDateTime at,
      LocalDate today) {
    requireOpen();
    requireTrl(level);
    if (evidence == null || evidence.isBlank()) {
      throw ProblemException.invalidField("evidence", "trl.evidence.required");
    }
    if (assessedOn.isAfter(today)) {
      throw ProblemException.invalidField("assessedOn", "date.future");
    }
    TrlAssessment t =
        new TrlAssessment(this, level, trl, assessedOn, evidence.trim(), blankToNull(note), by, at);
    this.trl = level;
    this.updatedAt = at;
    return t;
  }

  /** Plans a milestone of this project. */
  public Milestone planMilestone(
      BilingualText title,
      LocalDate plannedOn,
      LocalDate dueOn,
      String responsible,
      OffsetDateTime at) {
    requireOpen();
    return new Milestone(this, title, plannedOn, dueOn, responsible, at);
  }

  /** A graduated or terminated project is a closed record. */
  public void requireOpen() {
    if (status.terminal()) {
      throw ProjectMoveRefused.closed(status);
    }
  }

  private void apply(ProjectDetails d, OffsetDateTime at) {
    this.title = d.title();
    this.summary = d.summary();
    this.category = d.category();
    this.subcatalogueCode = d.subcatalogueCode();
    this.expectedClass = d.expectedClass();
    this.sourceInstitution = blankToNull(d.sourceInstitution());
    this.searchText = searchTextOf(code, d);
    this.updatedAt = at;
  }

  static String searchTextOf(String code, ProjectDetails d) {
    String text =
        String.join(
            " ",
            code,
            d.title().zh(),
            d.title().en(),
            d.summary().zh(),
            d.summary().en(),
            Objects.requireNonNullElse(d.sourceInstitution(), ""));
    text = text.toLowerCase(Locale.ROOT);
    return text.length() > 10000 ? text.substring(0, 10000) : text;
  }

  private static void requireTrl(int level) {
    if (level < 1 || level > 9) {
      throw ProblemException.invalidField("trl", "trl.range");
    }
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw ProblemException.invalidField("reason", "project.reason.required");
    }
  }

  private static void requireGate(StageGate gate, Gate expected) {
    if (gate == null || gate.gate() != expected) {
      throw new IllegalArgumentException("The move needs the gate " + expected);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
