package org.clinbridge.organisations.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.clinbridge.platform.i18n.BilingualText;

/**
 * An organisation taking part in the district's translation pipeline. Never deleted: it is
 * deactivated with a reason, since projects, scenes and licences keep referring to it.
 */
@Entity
@Table(name = "organisation")
public class Organisation {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
  @SequenceGenerator(
      name = "organisation_seq",
      sequenceName = "organisation_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private OrganisationKind kind;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  })
  private BilingualText name;

  @Column(nullable = false, unique = true, length = 18)
  private String uscc;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "contact_phone")
  private String contactPhone;

  private String address;

  private boolean active = true;

  @Column(name = "deactivated_reason")
  private String deactivatedReason;

  @Column(name = "deactivated_at")
  private OffsetDateTime deactivatedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Organisation() {}

  public Organisation(OrganisationKind kind, BilingualText name, String uscc, OffsetDateTime now) {
    this.publicId = UUID.randomUUID();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name");
    this.uscc = Uscc.require(uscc);
    this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public OrganisationKind kind() {
    return kind;
  }

  public BilingualText name() {
    return name;
  }

  public String uscc() {
    return uscc;
  }

  public String contactName() {
    return contactName;
  }

  public String contactEmail() {
    return contactEmail;
  }

  public String contactPhone() {
    return contactPhone;
  }

  public String address() {
    return address;
  }

  public boolean active() {
    return active;
  }

  public String deactivatedReason() {
    return deactivatedReason;
  }

  public OffsetDateTime deactivatedAt() {
    return deactivatedAt;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  /** The fields an audit entry records, without empty ones. */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind.name());
    m.put("name.zh", name.zh());
    m.put("name.en", name.en());
    m.put("uscc", uscc);
    putIfSet(m, "contactName", contactName);
    putIfSet(m, "contactEmail", contactEmail);
    putIfSet(m, "contactPhone", contactPhone);
    putIfSet(m, "address", address);
    m.put("active", active);
    putIfSet(m, "deactivatedReason", deactivatedReason);
    return m;
  }

  private static void putIfSet(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  public void rename(BilingualText name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  public void changeContact(String name, String email, String phone, String address) {
    this.contactName = name;
    this.contactEmail = email;
    this.contactPhone = phone;
    this.address = address;
  }

  /**
   * Deactivation replaces deletion; the reason is kept for the audit trail and the record. Its
   * people can no longer sign in, and external tokens naming it are refused.
   */
  public void deactivate(String reason, OffsetDateTime now) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A deactivation needs a reason");
    }
    if (!active) {
      throw new OrganisationStateException("organisation.already-inactive");
    }
    this.active = false;
    this.deactivatedReason = reason;
    this.deactivatedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** Undoes a deactivation; the earlier reason stays in the audit trail. */
  public void reactivate() {
    if (active) {
      throw new OrganisationStateException("organisation.already-active");
    }
    this.active = true;
    this.deactivatedReason = null;
    this.deactivatedAt = null;
  }
}
