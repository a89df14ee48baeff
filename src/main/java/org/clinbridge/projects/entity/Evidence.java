package org.clinbridge.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/**
 * A piece of evidence given for a move: its kind (a code a stage gate may ask for, such as {@code
 * POC_REPORT}) and a reference to the document (a file number, an archive id, a link).
 */
@Embeddable
public class Evidence {
  @Column(name = "kind", nullable = false, length = 40)
  private String kind;

  @Column(name = "reference", nullable = false, length = 500)
  private String reference;

  protected Evidence() {}

  public Evidence(String kind, String reference) {
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("Evidence needs a kind");
    }
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("Evidence needs a reference to its document");
    }
    this.kind = kind.trim().toUpperCase(Locale.ROOT);
    this.reference = reference.trim();
  }

  public String kind() {
    return kind;
  }

  public String reference() {
    return reference;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evidence e && e.kind.equals(kind) && e.reference.equals(reference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, reference);
  }
}
