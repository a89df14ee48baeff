package org.clinbridge.scenes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A person start-ups may contact about a scene. */
@Embeddable
public class SceneContact {
  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 100)
  private String role;

  @Column(length = 254)
  private String email;

  @Column(length = 40)
  private String phone;

  protected SceneContact() {}

  public SceneContact(String name, String role, String email, String phone) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A contact has a name");
    }
    this.name = name;
    this.role = role;
    this.email = email;
    this.phone = phone;
  }

  public String name() {
    return name;
  }

  public String role() {
    return role;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SceneContact c
        && name.equals(c.name)
        && Objects.equals(role, c.role)
        && Objects.equals(email, c.email)
        && Objects.equals(phone, c.phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, role, email, phone);
  }
}
