package org.clinbridge.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A party to a contract by name, with its unified social credit code where it has one. */
@Embeddable
public class ContractParty {
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 16)
  private PartyRole role;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "uscc", length = 18)
  private String uscc;

  protected ContractParty() {}

  public ContractParty(PartyRole role, String name, String uscc) {
    this.role = Objects.requireNonNull(role, "role");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A party needs a name");
    }
    this.name = name.trim();
    this.uscc = uscc == null || uscc.isBlank() ? null : uscc.trim();
  }

  public PartyRole role() {
    return role;
  }

  public String name() {
    return name;
  }

  public String uscc() {
    return uscc;
  }
}
