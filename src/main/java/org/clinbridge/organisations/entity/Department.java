package org.clinbridge.organisations.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.clinbridge.platform.i18n.BilingualText;

/**
 * A clinical department of a hospital (a "site" where scenes can be opened). Only hospitals have
 * departments. Deactivated with a reason, never deleted, since scenes refer to it.
 */
@Entity
@Table(name = "department")
public class Department {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
  @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  })
  private BilingualText name;

  private boolean active = true;

  @Column(name = "deactivated_reason")
  private String deactivatedReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Department() {}

  public Department(Organisation hospital, BilingualText name, OffsetDateTime now) {
    if (hospital.kind() != OrganisationKind.HOSPITAL) {
      throw new OrganisationStateException("department.only-hospitals");
    }
    this.publicId = UUID.randomUUID();
    this.organisation = hospital;
    this.name = Objects.requireNonNull(name, "name");
    this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public UUID publicId() {
    return publicId;
  }

  public Organisation organisation() {
    return organisation;
  }

  public BilingualText name() {
    return name;
  }

  public boolean active() {
    return active;
  }

  public String deactivatedReason() {
    return deactivatedReason;
  }

  public long version() {
    return version;
  }

  public void rename(BilingualText name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  public void deactivate(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A deactivation needs a reason");
    }
    if (!active) {
      throw new OrganisationStateException("department.already-inactive");
    }
    active = false;
    deactivatedReason = reason;
  }
}
