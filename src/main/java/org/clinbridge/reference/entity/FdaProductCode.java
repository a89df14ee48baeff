package org.clinbridge.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One FDA device product code (e.g. {@code DQA}, oximeter) with its device class and review panel,
 * as the FDA's product classification file publishes it. Written only by the import of such a file,
 * which adds a code or replaces its fields when a newer file changes them; nobody edits one by
 * hand. The three-letter code is the public id.
 */
@Entity
@Table(name = "fda_product_code")
public class FdaProductCode {
  /**
   * The longest value each of the file's 18 fields may hold, in file order (the columns' sizes of
   * V60): a longer value is reported, not cut.
   */
  public static final int[] MAX_LENGTHS = {
    2, 2, 3, 300, 1, 2, 1, 1, 1, 20, 1, 4000, 2000, 2000, 2000, 1, 1, 20
  };

  /** The fields of a record, in the file's order, blanks as null. */
  public record Fields(
      String productCode,
      String reviewPanel,
      String medicalSpecialty,
      String deviceName,
      String deviceClass,
      String unclassifiedReason,
      String gmpExempt,
      String thirdPartyReview,
      String reviewCode,
      String regulationNumber,
      String submissionType,
      String definition,
      String physicalState,
      String technicalMethod,
      String targetArea,
      boolean implant,
      boolean lifeSustaining,
      String summaryMalfunctionReporting) {}

  @Id
  @Column(name = "product_code", length = 3)
  private String productCode;

  @Column(name = "review_panel", length = 2)
  private String reviewPanel;

  @Column(name = "medical_specialty", length = 2)
  private String medicalSpecialty;

  @Column(name = "device_name", nullable = false, length = 300)
  private String deviceName;

  @Column(name = "device_class", nullable = false, length = 1)
  private String deviceClass;

  @Column(name = "unclassified_reason", length = 2)
  private String unclassifiedReason;

  @Column(name = "gmp_exempt", length = 1)
  private String gmpExempt;

  @Column(name = "third_party_review", length = 1)
  private String thirdPartyReview;

  @Column(name = "review_code", length = 1)
  private String reviewCode;

  @Column(name = "regulation_number", length = 20)
  private String regulationNumber;

  @Column(name = "submission_type", length = 1)
  private String submissionType;

  @Column(length = 4000)
  private String definition;

  @Column(name = "physical_state", length = 2000)
  private String physicalState;

  @Column(name = "technical_method", length = 2000)
  private String technicalMethod;

  @Column(name = "target_area", length = 2000)
  private String targetArea;

  @Column(nullable = false)
  private boolean implant;

  @Column(name = "life_sustaining", nullable = false)
  private boolean lifeSustaining;

  @Column(name = "summary_malfunction_reporting", length = 20)
  private String summaryMalfunctionReporting;

  protected FdaProductCode() {}

  public Fields fields() {
    return new Fields(
        productCode,
        reviewPanel,
        medicalSpecialty,
        deviceName,
        deviceClass,
        unclassifiedReason,
        gmpExempt,
        thirdPartyReview,
        reviewCode,
        regulationNumber,
        submissionType,
        definition,
        physicalState,
        technicalMethod,
        targetArea,
        implant,
        lifeSustaining,
        summaryMalfunctionReporting);
  }

  public String productCode() {
    return productCode;
  }
}
