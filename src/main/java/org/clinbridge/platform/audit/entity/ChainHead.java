package org.clinbridge.platform.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The one row that says where the audit chain ends: the last sequence number and hash. Every append
 * locks it ({@code SELECT ... FOR UPDATE}) and holds the lock to commit, so appends from any number
 * of transactions and application instances take turns, and the chain's order is the commit order
 * (docs/decisions.md explains why a row lock rather than anything else).
 */
@Entity
@Table(name = "audit_chain_head")
public class ChainHead {
  public static final short ID = 1;

  @Id private short id;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false)
  private String lastHash;

  protected ChainHead() {}

  /** A chain with no entries yet, as the migration creates it. */
  public static ChainHead genesis() {
    ChainHead head = new ChainHead();
    head.id = ID;
    head.lastSeq = 0;
    head.lastHash = AuditEntry.GENESIS;
    return head;
  }

  /** Makes the next link of the chain and moves the head onto it. */
  public AuditEntry append(OffsetDateTime at, Actor actor, Facts facts, String requestId) {
    AuditEntry entry = new AuditEntry(lastSeq + 1, at, actor, facts, requestId, lastHash);
    this.lastSeq = entry.seq();
    this.lastHash = entry.hash();
    return entry;
  }

  public long lastSeq() {
    return lastSeq;
  }

  public String lastHash() {
    return lastHash;
  }
}
