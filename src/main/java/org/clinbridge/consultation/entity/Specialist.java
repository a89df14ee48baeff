package org.clinbridge.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.clinbridge.organisations.entity.Account;

/**
 * A consultant's membership of a specialist group, and when the group last handed them a question
 * (round-robin gives the next one to whoever waited longest).
 */
@Entity
@Table(name = "consultation_specialist")
@IdClass(Specialist.Key.class)
public class Specialist {
  public static final int MAX_GROUP = 64;

  /** The primary key: group, then account. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String specialistGroup;
    private Long accountId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(k.specialistGroup, specialistGroup)
          && Objects.equals(k.accountId, accountId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(specialistGroup, accountId);
    }
  }

  @Id
  @Column(name = "specialist_group", nullable = false, length = MAX_GROUP)
  private String specialistGroup;

  @Id
  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", insertable = false, updatable = false)
  private Account account;

  @Column(name = "last_assigned_at")
  private OffsetDateTime lastAssignedAt;

  protected Specialist() {}

  public Specialist(String group, Account account) {
    this.specialistGroup = Objects.requireNonNull(group, "group");
    this.account = account;
    this.accountId = Objects.requireNonNull(account.id(), "account");
  }

  public String group() {
    return specialistGroup;
  }

  public Account account() {
    return account;
  }

  public OffsetDateTime lastAssignedAt() {
    return lastAssignedAt;
  }
}
