package org.clinbridge.funding.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.money.Money;
import org.clinbridge.platform.problem.ProblemException;

/**
 * A proof-of-concept fund pool: a total to be awarded within a period. The ledger columns ({@code
 * committed}, {@code released}) are never written through JPA: the ledger changes them with
 * conditional UPDATEs, so that concurrent awards on several instances can never overdraw the pool.
 * This entity only reads them.
 */
@Entity
@Table(name = "fund_pool")
public class FundPool {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fund_pool_seq")
  @SequenceGenerator(name = "fund_pool_seq", sequenceName = "fund_pool_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  })
  private BilingualText name;

  @Column(nullable = false, precision = 18, scale = 2, updatable = false)
  private BigDecimal total;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Column(nullable = false, precision = 18, scale = 2, updatable = false)
  private BigDecimal committed;

  @Column(nullable = false, precision = 18, scale = 2, updatable = false)
  private BigDecimal released;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected FundPool() {}

  public FundPool(
      BilingualText name,
      BigDecimal total,
      LocalDate periodStart,
      LocalDate periodEnd,
      OffsetDateTime at) {
    this.publicId = UUID.randomUUID();
    this.total = Money.positive("total", total);
    this.committed = BigDecimal.ZERO.setScale(2);
    this.released = BigDecimal.ZERO.setScale(2);
    this.createdAt = at;
    revise(name, periodStart, periodEnd);
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public BilingualText name() {
    return name;
  }

  public BigDecimal total() {
    return total;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  /** As read with the entity; the ledger's statement is the authoritative figure. */
  public BigDecimal committed() {
    return committed;
  }

  public BigDecimal released() {
    return released;
  }

  public long version() {
    return version;
  }

  public void revise(BilingualText name, LocalDate periodStart, LocalDate periodEnd) {
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    if (periodEnd.isBefore(periodStart)) {
      throw ProblemException.invalidField("periodEnd", "period.end-before-start");
    }
    this.name = Objects.requireNonNull(name, "name");
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
  }

  public boolean openOn(LocalDate day) {
    return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
  }

  /** Grants are awarded only within the pool's period. */
  public void requireOpenOn(LocalDate day) {
    if (!openOn(day)) {
      throw new ProblemException(
          409, "fund-pool-closed", "fund-pool-closed.detail", day, periodStart, periodEnd);
    }
  }
}
