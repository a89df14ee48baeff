package org.clinbridge.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A 510(k) decision code as the FDA publishes it (e.g. {@code SE}, substantially equivalent), the
 * outcome an FDA clearance records. Reference data, loaded at the first start.
 */
@Entity
@Table(name = "fda_decision_code")
public class FdaDecisionCode {
  @Id
  @Column(length = 2)
  private String code;

  @Column(nullable = false, length = 200)
  private String text;

  protected FdaDecisionCode() {}

  public FdaDecisionCode(String code, String text) {
    this.code = code;
    this.text = text;
  }

  public String code() {
    return code;
  }

  public String text() {
    return text;
  }
}
