package org.clinbridge.funding.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.platform.money.Money;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.projects.entity.Actor;
import org.clinbridge.projects.entity.Milestone;
import org.clinbridge.projects.entity.MilestoneStatus;
import org.clinbridge.projects.entity.Project;

/**
 * A grant from a pool to a project, paid in tranches each tied to one of the project's milestones.
 * Its amount is the sum of the tranches. Awarding it does not touch the pool's ledger: the caller
 * reserves the amount through the ledger in the same transaction.
 */
@Entity
@Table(name = "fund_grant")
public class Grant {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fund_grant_seq")
  @SequenceGenerator(name = "fund_grant_seq", sequenceName = "fund_grant_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pool_id", nullable = false, updatable = false)
  private FundPool pool;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private Project project;

  @Column(nullable = false, precision = 18, scale = 2, updatable = false)
  private BigDecimal amount;

  @Column(name = "awarded_on", nullable = false, updatable = false)
  private LocalDate awardedOn;

  @Embedded private Actor awardedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  @OneToMany(mappedBy = "grant", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("seq")
  private List<Tranche> tranches = new ArrayList<>();

  protected Grant() {}

  /**
   * A grant of the tranches in {@code plan}: each for a milestone of {@code project}, not
   * cancelled, each milestone once, each amount positive. The pool must be open on {@code
   * awardedOn} and the project open.
   */
  public static Grant award(
      FundPool pool,
      Project project,
      List<TranchePlan> plan,
      LocalDate awardedOn,
      Actor by,
      OffsetDateTime at) {
    pool.requireOpenOn(awardedOn);
    project.requireOpen();
    if (plan.isEmpty()) {
      throw ProblemException.invalidField("tranches", "grant.tranches.empty");
    }
    Grant g = new Grant();
    g.publicId = UUID.randomUUID();
    g.pool = pool;
    g.project = project;
    g.awardedOn = awardedOn;
    g.awardedBy = by;
    g.recordedAt = at;
    BigDecimal sum = BigDecimal.ZERO;
    Set<UUID> milestones = new HashSet<>();
    int seq = 0;
    for (TranchePlan t : plan) {
      String field = "tranches[" + seq + "]";
      Milestone m = t.milestone();
      if (!m.project().publicId().equals(project.publicId())) {
        throw ProblemException.invalidField(
            field + ".milestoneId", "grant.milestone.other-project");
      }
      if (m.status() == MilestoneStatus.CANCELLED) {
        throw ProblemException.invalidField(field + ".milestoneId", "grant.milestone.cancelled");
      }
      if (!milestones.add(m.publicId())) {
        throw ProblemException.invalidField(field + ".milestoneId", "grant.milestone.twice");
      }
      BigDecimal amount = Money.positive(field + ".amount", t.amount());
      sum = sum.add(amount);
      g.tranches.add(new Tranche(g, ++seq, m, amount));
    }
    g.amount = Money.positive("tranches", sum);
    return g;
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public FundPool pool() {
    return pool;
  }

  public Project project() {
    return project;
  }

  public BigDecimal amount() {
    return amount;
  }

  public LocalDate awardedOn() {
    return awardedOn;
  }

  public Actor awardedBy() {
    return awardedBy;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }

  public List<Tranche> tranches() {
    return List.copyOf(tranches);
  }

  public BigDecimal releasedAmount() {
    return tranches.stream()
        .filter(t -> t.status() == TrancheStatus.RELEASED)
        .map(Tranche::amount)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
