package org.clinbridge.licensing.entity;

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
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.voiding.Voiding;
import org.clinbridge.projects.entity.Actor;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * A licence application of a project: what is applied for ({@link ApplicationType}), by which
 * route, for which device class and origin, and so to which {@link Authority} (derived, never
 * chosen). Its state changes only through {@link #moveTo} and the correspondence that moves it
 * ({@link #correspond}); each change returns the dated {@link ApplicationEvent} for the caller to
 * persist, so the history is written with the change.
 */
@Entity
@Table(name = "licence_application")
public class LicenceApplication {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_application_seq")
  @SequenceGenerator(
      name = "licence_application_seq",
      sequenceName = "licence_application_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private Project project;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ApplicationType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Route route;

  @Enumerated(EnumType.STRING)
  @Column(name = "device_class", length = 3, updatable = false)
  private DeviceClass deviceClass;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Origin origin;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Authority authority;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "product_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "product_en"))
  })
  private BilingualText product;

  @Column(name = "fda_product_code", length = 3)
  private String fdaProductCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ApplicationState state;

  /** The state a hold interrupted, where the application resumes. */
  @Enumerated(EnumType.STRING)
  @Column(name = "held_from")
  private ApplicationState heldFrom;

  /** The authority's number for the application (受理号, K-number, ...), once it gives one. */
  @Column(name = "authority_reference", length = 100)
  private String authorityReference;

  @Column(name = "correction_list_on")
  private LocalDate correctionListOn;

  @Column(name = "supplement_requested_on")
  private LocalDate supplementRequestedOn;

  @Column(name = "supplement_due_on")
  private LocalDate supplementDueOn;

  /** The date of the latest move, so that no move is dated before the one it follows. */
  @Column(name = "state_since", nullable = false)
  private LocalDate stateSince;

  @Column(name = "event_count", nullable = false)
  private int eventCount;

  @Embedded private Voiding voiding = Voiding.none();

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected LicenceApplication() {}

  /** A new application and the first entry of its history. */
  public record Planned(
      LicenceApplication application,
      ApplicationEvent event,
      List<ApplicationDocument> documents) {}

  /**
   * Plans an application; the authority follows from route, type, class and origin, or the
   * combination is refused naming the rule ({@link LicenceRouteRefused}).
   */
  public static Planned plan(
      Project project,
      ApplicationType type,
      Route route,
      DeviceClass deviceClass,
      Origin origin,
      BilingualText product,
      String fdaProductCode,
      Actor by,
      OffsetDateTime at,
      LocalDate today) {
    project.requireOpen();
    LicenceApplication a = new LicenceApplication();
    a.publicId = UUID.randomUUID();
    a.project = Objects.requireNonNull(project, "project");
    a.type = Objects.requireNonNull(type, "type");
    a.route = Objects.requireNonNull(route, "route");
    a.origin = origin == null ? Origin.DOMESTIC : origin;
    a.deviceClass = deviceClass;
    a.authority = Authority.of(route, type, deviceClass, a.origin);
    a.product = Objects.requireNonNull(product, "product");
    a.fdaProductCode = route.china() ? null : fdaProductCode;
    a.state = ApplicationState.PLANNED;
    a.stateSince = today;
    a.createdAt = at;
    ApplicationEvent e =
        new ApplicationEvent(a, ++a.eventCount, null, a.state, today, null, null, by, at);
    List<ApplicationDocument> docs =
        type.checklist().stream().map(k -> new ApplicationDocument(a, k, at)).toList();
    return new Planned(a, e, docs);
  }

  /**
   * Moves the application to {@code to} on {@code on} (the authority's date where it decides).
   * Refused, naming the rule, when the state table, the application's type or its open documents
   * forbid it; the supplement states are reached only through correspondence.
   */
  public ApplicationEvent moveTo(
      ApplicationState to,
      LocalDate on,
      String reason,
      String reference,
      List<ApplicationDocument> documents,
      Actor by,
      OffsetDateTime at,
      LocalDate today) {
    Objects.requireNonNull(to, "to");
    if (to == ApplicationState.SUPPLEMENT_REQUESTED
        || to == ApplicationState.SUPPLEMENT_SUBMITTED) {
      throw LicenceMoveRefused.supplementThroughCorrespondence();
    }
    requireMovable();
    checkMove(to);
    if (to == ApplicationState.SUBMITTED) {
      List<DocumentKind> open =
          documents.stream().filter(d -> !d.state().done()).map(ApplicationDocument::kind).toList();
      if (!open.isEmpty()) {
        throw LicenceMoveRefused.documentsOpen(open);
      }
    }
    return change(to, on, reason, reference, by, at, today);
  }

  private void checkMove(ApplicationState to) {
    if (state == ApplicationState.ON_HOLD) {
      if (to != heldFrom && to != ApplicationState.WITHDRAWN) {
        throw LicenceMoveRefused.held(heldFrom);
      }
      return;
    }
    if (!state.canChangeTo(to)) {
      throw LicenceMoveRefused.state(state, to);
    }
    if (type.filing() && to.review()) {
      throw LicenceMoveRefused.filingHasNoReview();
    }
    if (!type.filing() && state == ApplicationState.ACCEPTED && to == ApplicationState.APPROVED) {
      throw LicenceMoveRefused.reviewBeforeApproval();
    }
    if (to == ApplicationState.QMS_INSPECTION && !type.inspected(deviceClass)) {
      throw LicenceMoveRefused.qmsInspection();
    }
  }

  /**
   * Records correspondence dated {@code on}; the three kinds that move the application do so here
   * and return the event (else null). The correction list comes once while acceptance is decided;
   * the supplement request once during the technical review (the applicant then has a year); the
   * supplement before that year is out.
   */
  public ApplicationEvent correspond(
      CorrespondenceKind kind, LocalDate on, Actor by, OffsetDateTime at, LocalDate today) {
    requireMovable();
    switch (kind) {
      case CORRECTION_LIST -> {
        if (correctionListOn != null) {
          throw LicenceMoveRefused.correctionListOnce(correctionListOn);
        }
        requireState(kind, ApplicationState.SUBMITTED);
        checkDate(on, today);
        correctionListOn = on;
        return null;
      }
      case SUPPLEMENT_REQUEST -> {
        if (supplementRequestedOn != null) {
          throw LicenceMoveRefused.supplementOnce(supplementRequestedOn);
        }
        requireState(kind, ApplicationState.UNDER_TECHNICAL_REVIEW);
        ApplicationEvent e =
            change(ApplicationState.SUPPLEMENT_REQUESTED, on, null, null, by, at, today);
        supplementRequestedOn = on;
        supplementDueOn = on.plusYears(1);
        return e;
      }
      case SUPPLEMENT -> {
        requireState(kind, ApplicationState.SUPPLEMENT_REQUESTED);
        if (on.isAfter(supplementDueOn)) {
          throw LicenceMoveRefused.supplementLate(supplementDueOn);
        }
        return change(ApplicationState.SUPPLEMENT_SUBMITTED, on, null, null, by, at, today);
      }
      case CORRECTIONS -> {
        requireState(kind, ApplicationState.SUBMITTED);
        checkDate(on, today);
        return null;
      }
      default -> {
        checkDate(on, today);
        return null;
      }
    }
  }

  private void requireState(CorrespondenceKind kind, ApplicationState needed) {
    if (state != needed) {
      throw LicenceMoveRefused.correspondenceState(kind, state);
    }
  }

  private void requireMovable() {
    if (voiding.voided()) {
      throw LicenceMoveRefused.voided();
    }
    if (state.terminal()) {
      throw LicenceMoveRefused.closed(state);
    }
  }

  private ApplicationEvent change(
      ApplicationState to,
      LocalDate on,
      String reason,
      String reference,
      Actor by,
      OffsetDateTime at,
      LocalDate today) {
    checkDate(on, today);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (to.needsReason() && why == null) {
      throw ProblemException.invalidField("reason", "licence.move.reason-required");
    }
    ApplicationState from = state;
    heldFrom = to == ApplicationState.ON_HOLD ? from : null;
    state = to;
    stateSince = on;
    if (reference != null && !reference.isBlank()) {
      authorityReference = reference.strip();
    }
    return new ApplicationEvent(this, ++eventCount, from, to, on, why, authorityReference, by, at);
  }

  private void checkDate(LocalDate on, LocalDate today) {
    Objects.requireNonNull(on, "on");
    if (on.isAfter(today)) {
      throw ProblemException.invalidField("on", "date.future");
    }
    if (on.isBefore(stateSince)) {
      throw ProblemException.invalidField("on", "licence.move.before-last", stateSince.toString());
    }
  }

  /** Changes what the applicant may correct: the product's name and the authority's number. */
  public void revise(BilingualText product, String authorityReference) {
    if (voiding.voided()) {
      throw LicenceMoveRefused.voided();
    }
    this.product = Objects.requireNonNull(product, "product");
    this.authorityReference =
        authorityReference == null || authorityReference.isBlank()
            ? null
            : authorityReference.strip();
  }

  public void voidFor(String reason, String by, OffsetDateTime at) {
    voiding = voiding.voidFor(reason, by, at);
  }

  /** The fields an audit entry records. */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("project", project.publicId().toString());
    m.put("type", type.name());
    m.put("route", route.name());
    if (deviceClass != null) {
      m.put("deviceClass", deviceClass.name());
    }
    m.put("origin", origin.name());
    m.put("authority", authority.name());
    m.put("product.zh", product.zh());
    m.put("product.en", product.en());
    if (fdaProductCode != null) {
      m.put("fdaProductCode", fdaProductCode);
    }
    m.put("state", state.name());
    m.put("stateSince", stateSince.toString());
    if (authorityReference != null) {
      m.put("authorityReference", authorityReference);
    }
    if (supplementRequestedOn != null) {
      m.put("supplementRequestedOn", supplementRequestedOn.toString());
    }
    return m;
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

  public ApplicationType type() {
    return type;
  }

  public Route route() {
    return route;
  }

  public DeviceClass deviceClass() {
    return deviceClass;
  }

  public Origin origin() {
    return origin;
  }

  public Authority authority() {
    return authority;
  }

  public BilingualText product() {
    return product;
  }

  public String fdaProductCode() {
    return fdaProductCode;
  }

  public ApplicationState state() {
    return state;
  }

  public ApplicationState heldFrom() {
    return heldFrom;
  }

  public String authorityReference() {
    return authorityReference;
  }

  public LocalDate correctionListOn() {
    return correctionListOn;
  }

  public LocalDate supplementRequestedOn() {
    return supplementRequestedOn;
  }

  public LocalDate supplementDueOn() {
    return supplementDueOn;
  }

  public LocalDate stateSince() {
    return stateSince;
  }

  public Voiding voiding() {
    return voiding;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
