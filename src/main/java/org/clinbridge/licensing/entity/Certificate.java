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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.voiding.Voiding;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * A registration certificate (valid five years) or a Class I filing of a project's device, with its
 * number read into parts ({@link CertificateNumber}). Its lifecycle: ACTIVE, EXPIRING_SOON from the
 * alert date, RENEWAL_SUBMITTED (at least six months before expiry), then ACTIVE again under the
 * renewed number (same year and serial, five more years from the old expiry) or EXPIRED; SUSPENDED,
 * CANCELLED and ARCHIVED with a reason. Archived and cancelled certificates raise no alerts.
 */
@Entity
@Table(name = "licence_certificate")
public class Certificate {
  /** Validity of a registration certificate. */
  public static final int VALID_YEARS = 5;

  /** A renewal is applied for at least this many months before expiry. */
  public static final int RENEWAL_LEAD_MONTHS = 6;

  /** Default alert: advisers start 12-18 months before expiry; the earlier end. */
  public static final int DEFAULT_ALERT_MONTHS = 18;

  private static final Set<CertificateState> LIVE =
      EnumSet.of(CertificateState.ACTIVE, CertificateState.EXPIRING_SOON);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_certificate_seq")
  @SequenceGenerator(
      name = "licence_certificate_seq",
      sequenceName = "licence_certificate_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private Project project;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "application_id", updatable = false)
  private LicenceApplication application;

  @Column(nullable = false, unique = true, length = 40)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private CertificateKind kind;

  @Column(name = "authority_prefix", nullable = false, length = 10)
  private String authorityPrefix;

  @Column(length = 1)
  private String marker;

  @Column(name = "number_year", nullable = false)
  private int numberYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "device_class", nullable = false, length = 3)
  private DeviceClass deviceClass;

  @Column(name = "catalogue_code", length = 2)
  private String catalogueCode;

  @Column(nullable = false, length = 4)
  private String serial;

  @Column(nullable = false, length = 200)
  private String holder;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "product_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "product_en"))
  })
  private BilingualText product;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  /** The last day of validity; none for a filing. */
  @Column(name = "expires_on")
  private LocalDate expiresOn;

  /** From this day an active certificate is EXPIRING_SOON; none for a filing. */
  @Column(name = "alert_on")
  private LocalDate alertOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CertificateState state;

  @Column(name = "state_reason", length = 2000)
  private String stateReason;

  @Column(name = "state_since", nullable = false)
  private LocalDate stateSince;

  @Column(nullable = false)
  private int renewals;

  @Embedded private Voiding voiding = Voiding.none();

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Certificate() {}

  /**
   * Records a certificate issued on {@code issuedOn}. The class stated, if any, must be the one in
   * the number; a registration expires five years less a day after issue, and alerts from {@code
   * alertOn} (default 18 months before expiry).
   */
  public Certificate(
      Project project,
      LicenceApplication application,
      CertificateNumber number,
      String holder,
      BilingualText product,
      DeviceClass statedClass,
      LocalDate issuedOn,
      LocalDate alertOn,
      OffsetDateTime at,
      LocalDate today) {
    Objects.requireNonNull(issuedOn, "issuedOn");
    if (statedClass != null && statedClass != number.deviceClass()) {
      throw ProblemException.invalidField(
          "deviceClass", "licence.certificate.class-mismatch", number.deviceClass());
    }
    if (issuedOn.isAfter(today)) {
      throw ProblemException.invalidField("issuedOn", "date.future");
    }
    if (issuedOn.getYear() < number.year()) {
      throw ProblemException.invalidField(
          "issuedOn", "licence.certificate.issued-before-number", number.year());
    }
    this.publicId = UUID.randomUUID();
    this.project = Objects.requireNonNull(project, "project");
    this.application = application;
    this.holder = Objects.requireNonNull(holder, "holder").strip();
    this.product = Objects.requireNonNull(product, "product");
    this.issuedOn = issuedOn;
    apply(number);
    if (kind == CertificateKind.REGISTRATION) {
      this.expiresOn = issuedOn.plusYears(VALID_YEARS).minusDays(1);
      this.alertOn = alertOn != null ? alertOn : expiresOn.minusMonths(DEFAULT_ALERT_MONTHS);
      if (!this.alertOn.isBefore(expiresOn)) {
        throw ProblemException.invalidField("alertOn", "licence.certificate.alert-after-expiry");
      }
    }
    this.state = CertificateState.ACTIVE;
    this.stateSince = issuedOn;
    this.createdAt = at;
  }

  private void apply(CertificateNumber n) {
    this.number = n.text();
    this.kind = n.kind();
    this.authorityPrefix = n.authorityPrefix();
    this.marker = n.marker();
    this.numberYear = n.year();
    this.deviceClass = n.deviceClass();
    this.catalogueCode = n.catalogueCode();
    this.serial = n.serial();
  }

  /** The state on {@code today}: an active certificate is expiring soon, then expired, by date. */
  public CertificateState stateOn(LocalDate today) {
    if (state != CertificateState.ACTIVE || expiresOn == null) {
      return state;
    }
    if (today.isAfter(expiresOn)) {
      return CertificateState.EXPIRED;
    }
    return today.isBefore(alertOn) ? CertificateState.ACTIVE : CertificateState.EXPIRING_SOON;
  }

  /** Whether reminders about this certificate are still due: not once it is closed or voided. */
  public boolean raisesAlerts() {
    return !voiding.voided()
        && kind == CertificateKind.REGISTRATION
        && (state == CertificateState.ACTIVE || state == CertificateState.RENEWAL_SUBMITTED);
  }

  /** The last day a renewal may be applied for. */
  public LocalDate renewalDeadline() {
    return expiresOn == null ? null : expiresOn.minusMonths(RENEWAL_LEAD_MONTHS);
  }

  /**
   * Moves the certificate on {@code on}: a renewal submitted (no later than six months before
   * expiry), suspended, reinstated (ACTIVE from SUSPENDED, or a renewal withdrawn), a renewal
   * refused (EXPIRED), cancelled or archived. Every move but the renewal needs a reason.
   */
  public void moveTo(CertificateState to, LocalDate on, String reason, LocalDate today) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(on, "on");
    if (voiding.voided()) {
      throw CertificateRefused.voided();
    }
    if (on.isAfter(today)) {
      throw ProblemException.invalidField("on", "date.future");
    }
    CertificateState from = stateOn(today);
    boolean allowed =
        switch (to) {
          case RENEWAL_SUBMITTED -> LIVE.contains(from);
          case SUSPENDED -> LIVE.contains(from) || from == CertificateState.RENEWAL_SUBMITTED;
          case ACTIVE ->
              from == CertificateState.SUSPENDED || from == CertificateState.RENEWAL_SUBMITTED;
          case EXPIRED -> from == CertificateState.RENEWAL_SUBMITTED;
          case CANCELLED ->
              LIVE.contains(from)
                  || from == CertificateState.RENEWAL_SUBMITTED
                  || from == CertificateState.SUSPENDED;
          case ARCHIVED -> from != CertificateState.ARCHIVED;
          case EXPIRING_SOON -> false;
        };
    if (!allowed) {
      throw CertificateRefused.state(from, to);
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (to == CertificateState.RENEWAL_SUBMITTED) {
      if (kind == CertificateKind.FILING) {
        throw CertificateRefused.filingNotRenewed();
      }
      if (on.isAfter(renewalDeadline())) {
        throw CertificateRefused.renewalLate(renewalDeadline());
      }
    } else if (why == null) {
      throw ProblemException.invalidField("reason", "licence.move.reason-required");
    }
    this.state = to;
    this.stateReason = why;
    this.stateSince = on;
  }

  /**
   * The renewal granted: the new number keeps year and serial, the new validity runs five years
   * from the day after the old expiry, and the alert date moves with it.
   */
  public void renew(CertificateNumber renewed, LocalDate decidedOn, LocalDate today) {
    if (voiding.voided()) {
      throw CertificateRefused.voided();
    }
    if (state != CertificateState.RENEWAL_SUBMITTED) {
      throw CertificateRefused.state(stateOn(today), CertificateState.ACTIVE);
    }
    if (!renewed.renews(parsedNumber())) {
      throw ProblemException.invalidField(
          "number", "licence.number.renewal-keeps", numberYear, serial);
    }
    if (decidedOn.isAfter(today)) {
      throw ProblemException.invalidField("decidedOn", "date.future");
    }
    apply(renewed);
    this.issuedOn = decidedOn;
    this.alertOn = alertOn.plusYears(VALID_YEARS);
    this.expiresOn = expiresOn.plusYears(VALID_YEARS);
    this.state = CertificateState.ACTIVE;
    this.stateReason = null;
    this.stateSince = decidedOn;
    this.renewals++;
  }

  public CertificateNumber parsedNumber() {
    return new CertificateNumber(
        number, kind, authorityPrefix, marker, numberYear, deviceClass, catalogueCode, serial);
  }

  public void voidFor(String reason, String by, OffsetDateTime at) {
    voiding = voiding.voidFor(reason, by, at);
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("project", project.publicId().toString());
    m.put("number", number);
    m.put("kind", kind.name());
    m.put("deviceClass", deviceClass.name());
    m.put("holder", holder);
    m.put("product.zh", product.zh());
    m.put("product.en", product.en());
    m.put("issuedOn", issuedOn.toString());
    if (expiresOn != null) {
      m.put("expiresOn", expiresOn.toString());
      m.put("alertOn", alertOn.toString());
    }
    m.put("state", state.name());
    if (stateReason != null) {
      m.put("stateReason", stateReason);
    }
    m.put("renewals", renewals);
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

  public LicenceApplication application() {
    return application;
  }

  public String number() {
    return number;
  }

  public CertificateKind kind() {
    return kind;
  }

  public DeviceClass deviceClass() {
    return deviceClass;
  }

  public String holder() {
    return holder;
  }

  public BilingualText product() {
    return product;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public LocalDate alertOn() {
    return alertOn;
  }

  public CertificateState recordedState() {
    return state;
  }

  public String stateReason() {
    return stateReason;
  }

  public LocalDate stateSince() {
    return stateSince;
  }

  public int renewals() {
    return renewals;
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
