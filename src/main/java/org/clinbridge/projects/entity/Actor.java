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
  @Column(name = "actor_account_id")
  private UUID accountId;

  @Column(name = "actor_name")
  private String name;

  protected Actor() {}

  public Actor(UUID accountId, String name) {
    this.accountId = accountId;
    this.name = Objects.requireNonNull(name, "name");
  }

  public UUID accountId() {
    return accountId;
  }

  public String name() {
    return name;
  }
}
