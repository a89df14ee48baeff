package org.clinbridge.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/**
 * Who did something, as recorded on a dated event: the account's public id and the name shown at
 * the time (kept, so that the record still reads correctly after the account is renamed).
 */
@Embeddable
public class Actor {
  /** As text: a null UUID would be bound as varchar, which PostgreSQL refuses for a uuid column. */
  @Column(name = "actor_account_id", length = 36)
  private String accountId;

  @Column(name = "actor_name")
  private String name;

  protected Actor() {}

  public Actor(UUID accountId, String name) {
    this.accountId = accountId == null ? null : accountId.toString();
    this.name = Objects.requireNonNull(name, "name");
  }

  public UUID accountId() {
    return accountId == null ? null : UUID.fromString(accountId);
  }

  public String name() {
    return name;
  }
}
