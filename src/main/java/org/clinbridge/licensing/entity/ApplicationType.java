package org.clinbridge.licensing.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * What is applied for. Filings are recorded once accepted and have no technical review; the rest
 * are reviewed. Each type has its documents checklist.
 */
public enum ApplicationType {
  FILING,
  INITIAL_REGISTRATION,
  CHANGE_REGISTRATION,
  RENEWAL,
  PRODUCTION_LICENCE,
  PRODUCTION_FILING,
  CLINICAL_TRIAL_FILING,
  CLINICAL_TRIAL_APPROVAL,
  INNOVATIVE_REVIEW,
  PRIORITY_REVIEW;

  private static final Set<ApplicationType> FILINGS =
      EnumSet.of(FILING, PRODUCTION_FILING, CLINICAL_TRIAL_FILING);

  /** A filing (备案): complete on acceptance, no technical review, no decision step. */
  public boolean filing() {
    return FILINGS.contains(this);
  }

  /**
   * Whether the authority inspects the quality system before deciding: Class III registrations
   * (initial, change, renewal) and every production licence.
   */
  public boolean inspected(DeviceClass deviceClass) {
    return this == PRODUCTION_LICENCE
        || (deviceClass == DeviceClass.III
            && (this == INITIAL_REGISTRATION || this == CHANGE_REGISTRATION || this == RENEWAL));
  }

  /**
   * The documents an application of this type needs, in dossier order. The registration dossier of
   * the 2021 measures (risk analysis, technical requirements, type test report, clinical
   * evaluation, instructions and labels, quality-system documents) is the model; the others take
   * the part of it their step asks for.
   */
  public List<DocumentKind> checklist() {
    return switch (this) {
      case FILING ->
          List.of(
              DocumentKind.RISK_ANALYSIS,
              DocumentKind.TECHNICAL_REQUIREMENTS,
              DocumentKind.TYPE_TEST_REPORT,
              DocumentKind.CLINICAL_EVALUATION,
              DocumentKind.INSTRUCTIONS_AND_LABELS);
      case INITIAL_REGISTRATION ->
          List.of(
              DocumentKind.RISK_ANALYSIS,
              DocumentKind.TECHNICAL_REQUIREMENTS,
              DocumentKind.TYPE_TEST_REPORT,
              DocumentKind.CLINICAL_EVALUATION,
              DocumentKind.INSTRUCTIONS_AND_LABELS,
              DocumentKind.QMS_DOCUMENTS);
      case CHANGE_REGISTRATION ->
          List.of(
              DocumentKind.RISK_ANALYSIS,
              DocumentKind.TECHNICAL_REQUIREMENTS,
              DocumentKind.TYPE_TEST_REPORT,
              DocumentKind.INSTRUCTIONS_AND_LABELS);
      case RENEWAL -> List.of(DocumentKind.TECHNICAL_REQUIREMENTS, DocumentKind.QMS_DOCUMENTS);
      case PRODUCTION_LICENCE, PRODUCTION_FILING ->
          List.of(DocumentKind.TECHNICAL_REQUIREMENTS, DocumentKind.QMS_DOCUMENTS);
      case CLINICAL_TRIAL_FILING, CLINICAL_TRIAL_APPROVAL ->
          List.of(
              DocumentKind.RISK_ANALYSIS,
              DocumentKind.TECHNICAL_REQUIREMENTS,
              DocumentKind.TYPE_TEST_REPORT,
              DocumentKind.CLINICAL_TRIAL_PROTOCOL);
      case INNOVATIVE_REVIEW ->
          List.of(
              DocumentKind.PATENT_EVIDENCE,
              DocumentKind.RISK_ANALYSIS,
              DocumentKind.TECHNICAL_REQUIREMENTS);
      case PRIORITY_REVIEW ->
          List.of(DocumentKind.TECHNICAL_REQUIREMENTS, DocumentKind.CLINICAL_EVALUATION);
    };
  }
}
