package org.clinbridge.funding.entity;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.clinbridge.projects.entity.Actor;
import org.clinbridge.projects.entity.Milestone;

/**
 * A part of a grant paid when its milestone is passed: released only after a recorded go (or go
 * with conditions) at the milestone's latest review.
 */
@Entity
@Table(name = "grant_tranche")
public class Tranche {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grant_tranche_seq")
  @SequenceGenerator(
      name = "grant_tranche_seq",
      sequenceName = "grant_tranche_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_id", nullable = false, updatable = false)
  private Grant grant;

  @Column(nullable = false, updatable = false)
  private int seq;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "milestone_id", nullable = false, updatable = false)
  private Milestone milestone;

  @Column(nullable = false, precision = 18, scale = 2, updatable = false)
  private BigDecimal amount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TrancheStatus status;

  @Column(name = "released_on")
  private LocalDate releasedOn;

  @Embedded private Actor releasedBy;

  @Version private long version;

  protected Tranche() {}

  Tranche(Grant grant, int seq, Milestone milestone, BigDecimal amount) {
    this.publicId = UUID.randomUUID();
    this.grant = grant;
    this.seq = seq;
    this.milestone = milestone;
    this.amount = amount;
    this.status = TrancheStatus.PLANNED;
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public Grant grant() {
    return grant;
  }

  public int seq() {
    return seq;
  }

  public Milestone milestone() {
    return milestone;
  }

  public BigDecimal amount() {
    return amount;
  }

  public TrancheStatus status() {
    return status;
  }

  public LocalDate releasedOn() {
    return releasedOn;
  }

  public Actor releasedBy() {
    return releasedBy;
  }

  /**
   * Gives up a tranche not yet released (a no-go at its milestone, or the milestone cancelled); the
   * caller gives its amount back to the pool. False when there was nothing to withdraw.
   */
  public boolean withdraw() {
    if (status != TrancheStatus.PLANNED) {
      return false;
    }
    this.status = TrancheStatus.WITHDRAWN;
    return true;
  }

  /**
   * Plans a withdrawn tranche again (a go after a no-go); the caller has committed its amount in
   * the pool again. False when it was not withdrawn.
   */
  public boolean reinstate() {
    if (status != TrancheStatus.WITHDRAWN) {
      return false;
    }
    this.status = TrancheStatus.PLANNED;
    return true;
  }

  /** Pays the tranche out; the milestone's latest review must be a go. */
  public void release(LocalDate on, Actor by) {
    if (status == TrancheStatus.RELEASED) {
      throw TrancheRefused.alreadyReleased();
    }
    if (status == TrancheStatus.WITHDRAWN) {
      // Withdrawn by a no-go or a cancelled milestone: nothing is committed for it any more.
      throw TrancheRefused.noGo(milestone.title().view());
    }
    if (milestone.latestDecision() == null) {
      throw TrancheRefused.noReview(milestone.title().view());
    }
    if (!milestone.releasesFunds()) {
      throw TrancheRefused.noGo(milestone.title().view());
    }
    this.status = TrancheStatus.RELEASED;
    this.releasedOn = on;
    this.releasedBy = by;
  }
}
